import AnnexDomain

/// The one place state changes. Pure: returns the effects for the runtime to perform.
public struct AppReducer: Sendable {
    public var keymap: Keymap
    /// Where new record ids come from; tests inject a predictable one.
    public var ids: IDGenerator

    public init(keymap: Keymap = .standard, ids: IDGenerator = IDGenerator()) {
        self.keymap = keymap
        self.ids = ids
    }

    public func reduce(_ state: inout AppState, _ action: AppAction) -> [Effect] {
        let effects = apply(action, &state)
        // The view draws from the derived lists: bring them up to date once per action.
        DerivedValues.refresh(&state)
        return effects
    }

    private func apply(_ action: AppAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .key(let key):
            return handle(key, &state)
        case .command(let command):
            return perform(command, &state)
        case .saved(let message):
            saved(message, &state)
            return []
        case .recordSaved(let record, let message):
            Snapshots.apply(record, to: &state)
            saved(message, &state)
            return []
        case .saveConflict(let conflict):
            ConflictResolution.refused(conflict, &state)
            return []
        case .workspaceChanged(let changes):
            WorkspaceSync.apply(changes, &state)
            return []
        case .saveFailed(let message, let restore):
            Snapshots.apply(restore, to: &state)
            // The editor comes back with the user's text: a failed save must not cost the typing.
            if let editor = state.editorAwaitingSave, state.popup == nil { state.popup = editor }
            state.editorAwaitingSave = nil
            // A failed undo keeps its step for another try; a failed change leaves nothing to undo.
            if state.undoInFlight {
                state.undoInFlight = false
            } else if state.undoStack.last?.before == restore {
                state.undoStack.removeLast()
            }
            state.status = StatusMessage(.error, ShellNotice.notSaved(reason: message))
            return []
        case .tick(let now):
            state.now = now
            return []
        case .warmUp:
            for feature in ScreenFeatures.all { feature.refreshDerived(&state) }
            RisksByControl.refresh(&state)
            DashboardRisks.refresh(&state)
            DashboardCoverage.refresh(&state)
            CatalogIndex.warmAll(&state)
            return []
        case .framed(let layout):
            state.frame = layout
            Self.takeScrolls(from: layout, into: &state)
            return []
        case .eventAppended(let event, let audit, let describe):
            return FindingEditing.appended(event, audit: audit, describe: describe, &state)
        case .eventFailed(let message, let draft):
            FindingEditing.failed(message, draft: draft, &state)
            return []
        case .draftLoaded(let draft):
            return FindingEditing.restore(draft, &state)
        case .journalClaimed(let audit, let auditor, let holder):
            return AuditSessionReducer.claimed(audit: audit, auditor: auditor, heldBy: holder, &state)
        case .populationLoaded(let entries, let source, let form):
            return SampleDrawing.draw(from: entries, source: source, size: Int(form.size.text.trimmingWhitespace) ?? 1, form, &state)
        case .populationFailed(let message, let form):
            return SampleDrawing.reject(form, .population, .population(message), &state)
        case .importPlanned(let preview):
            ImportEditing.planned(preview, &state)
            return []
        case .warning(let message):
            state.status = StatusMessage(.warning, ShellNotice.problem(message))
            return []
        case .typeAheadDropped(let count):
            state.status = StatusMessage(state.status?.kind ?? .info, ShellNotice.typeAheadDropped(count, after: state.status?.notice))
            return []
        }
    }

    /// The lists scrolled where the frame showed them.
    private static func takeScrolls(from layout: FrameLayout, into state: inout AppState) {
        let feature = state.feature
        for (target, scroll) in layout.scrolls { feature.drawn(target, scroll: scroll, &state) }
    }

    private func saved(_ message: Notice, _ state: inout AppState) {
        if state.undoInFlight, !state.undoStack.isEmpty { state.undoStack.removeLast() }
        state.undoInFlight = false
        state.editorAwaitingSave = nil
        state.status = StatusMessage(.saved, message)
    }

    private func handle(_ key: KeyPress, _ state: inout AppState) -> [Effect] {
        if case .resize(let width, let height) = key {
            state.width = width
            state.height = height
            state.frame = FrameLayout()
            return []
        }
        if let editor = state.popup {
            let effects = PopupReducer(keymap: keymap, ids: ids).handle(key, &state, perform: { perform($0, &$1) })
            if state.popup == nil, editor.isEditor, effects.contains(where: \.savesRecord) { state.editorAwaitingSave = editor }
            return effects
        }
        if case .wheel(_, let x, let y) = key { MouseReducer.focusUnderWheel(x: x, y: y, &state) }
        if let command = keymap.command(for: key.name, in: .global) ?? keymap.command(for: key.name, in: state.context) {
            return perform(command, &state)
        }
        if case .click(let x, let y) = key { return MouseReducer.click(x: x, y: y, &state, perform: { perform($0, &$1) }) }
        state.status = StatusMessage(.info, ShellNotice.keyDoesNothing(key.name))
        return []
    }

    /// Carries out a command in the current context; commands that do not apply say why.
    func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        state.status = nil
        if ReadOnlyGate.refuses(command, &state) { return [] }
        switch command {
        case .quit where state.popup == nil && !(state.audits.session?.readOnly ?? true):
            let audit = state.audits.session?.audit ?? ""
            state.popup = .confirm(Confirmation(message: AuditsNotice.quitSession(audit).notice, action: .quit))
        case .quit, .quitNow:
            state.quitting = true
            // The time on the item being audited goes to the journal before the program ends.
            let time = AuditsState.sessionAudit(state).map { AuditSessionReducer.recordTime(&state, audit: $0) } ?? []
            return time + [.quit]
        case .help: state.popup = .help(scroll: 0)
        case .palette: state.popup = .palette(PaletteState())
        case .nextTheme:
            state.themeIndex = (state.themeIndex + 1) % state.themeNames.count
            state.status = StatusMessage(.info, ShellNotice.theme(state.themeName))
        case .focusNext, .focusPrevious:
            state.feature.focusStep(forward: command == .focusNext, &state)
        case .back:
            return state.feature.back(&state, ids: ids)
        case .confirm, .cancel:
            break
        default:
            if let screen = ScreenFeatures.all.first(where: { $0.show == command })?.screen { return show(screen, &state) }
            return state.feature.perform(command, &state, ids: ids)
        }
        return []
    }

    /// Switches screens; the focus goes to the screen's first pane unless it is already on one.
    private func show(_ screen: Screen, _ state: inout AppState) -> [Effect] {
        guard screen != state.screen else { return [] }
        let effects = state.feature.leaving(&state)
        state.screen = screen
        let feature = state.feature
        if let first = feature.panes.first, !feature.panes.contains(state.focus) { state.focus = first }
        feature.entered(&state)
        return effects
    }
}
