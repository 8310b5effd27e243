import AnnexDomain

/// Navigation, filters and SoA edits on the Controls screen.
enum ControlsReducer {
    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        if state.focus == .detail, [.moveDown, .moveUp, .pageDown, .pageUp].contains(command) {
            scrollDetail(command, &state)
            return []
        }
        switch command {
        case .moveDown: move(by: 1, &state)
        case .moveUp: move(by: -1, &state)
        case .pageDown: move(by: state.frame.pageRows(.rows(.catalog)) - 1, &state)
        case .pageUp: move(by: -(state.frame.pageRows(.rows(.catalog)) - 1), &state)
        case .moveTop: select(index: 0, &state)
        case .moveBottom: select(index: CatalogTree.rows(state).count - 1, &state)
        case .expand, .collapse, .toggleGroup: setGroup(command, &state)
        case .expandAll:
            state.controls.collapsed = []
        case .collapseAll:
            let framework = state.shownFramework
            state.controls.collapsed.formUnion(framework.allGroups.map(\.group.id))
            // The selection goes to the outermost group, the only kind of row left.
            if let selected = state.controls.selected {
                let group = CatalogTree.groupID(of: selected) ?? CatalogTree.group(of: selected, in: framework)?.id
                if let top = group.flatMap(framework.outermostGroup) { state.controls.selected = "group:" + top.id }
            }
        case .nextFramework:
            switchFramework(&state)
        case .filter:
            state.popup = .filter(LineEditor(state.controls.filter.text), previous: state.controls.filter.text)
        case .filterStatus:
            let all: [ImplementationStatus?] = [nil] + ImplementationStatus.allCases
            state.controls.filter.status = ListScrolling.next(after: state.controls.filter.status, in: all)
            reselect(&state)
        case .filterApplicable:
            // A catalog's controls may be undecided as well: the cycle gains "not decided".
            var filter = state.controls.filter
            switch (filter.applicable, filter.undecided) {
            case (nil, false): filter.applicable = true
            case (true?, _): filter.applicable = false
            case (false?, _) where state.shownFramework.id != ISO27001.frameworkID: (filter.applicable, filter.undecided) = (nil, true)
            default: (filter.applicable, filter.undecided) = (nil, false)
            }
            state.controls.filter = filter
            reselect(&state)
        case .filterOwner:
            let owners = Array(Set(state.workspace.statement(of: state.shownFramework.id).entries.map(\.owner).filter { !$0.isEmpty })).sorted()
            state.controls.filter.owner = ListScrolling.next(after: state.controls.filter.owner, in: [nil] + owners.map(Optional.some))
            reselect(&state)
        case .filterTheme:
            // ISO/IEC 27001 has themes; another framework is filtered by its top-level groups (families).
            let framework = state.shownFramework
            if framework.id == ISO27001.frameworkID {
                state.controls.filter.theme = ListScrolling.next(after: state.controls.filter.theme, in: [nil] + ControlTheme.allCases.map(Optional.some))
            } else {
                state.controls.filter.group = ListScrolling.next(after: state.controls.filter.group, in: [nil] + framework.groups.map { Optional.some($0.reference) })
            }
            reselect(&state)
        case .clearFilters:
            state.controls.filter = ControlFilter()
            reselect(&state)
        case .importSpreadsheet:
            return ImportEditing.open(.soa, &state)
        case .editSoADocument:
            state.popup = .of(SoADocumentForm(config: state.workspace.config, user: state.user))
            return []
        case .cycleStatus, .toggleApplicable, .editOwner, .editJustification, .editEvidence, .editNotes, .editReasons, .markReviewed:
            return SoAEditing.perform(command, &state)
        case .undo:
            return Snapshots.undo(&state)
        default:
            break
        }
        if state.controls.filter.isActive, [.filterStatus, .filterApplicable, .filterOwner, .filterTheme].contains(command) {
            let shown = CatalogTree.itemCount(CatalogTree.rows(state))
            state.status = StatusMessage(.info, ControlsNotice.filtered(summary: state.controls.filter.summary, shown: shown))
        }
        return []
    }

    static func move(by delta: Int, _ state: inout AppState) {
        let rows = CatalogTree.rows(state)
        let current = rows.firstIndex { $0.id == state.controls.selected } ?? 0
        select(index: current + delta, &state, rows: rows)
    }

    static func select(index: Int, _ state: inout AppState, rows given: [CatalogRow]? = nil) {
        let rows = given ?? CatalogTree.rows(state)
        guard !rows.isEmpty else {
            state.controls.selected = nil
            return
        }
        let clamped = min(max(0, index), rows.count - 1)
        if state.controls.selected != rows[clamped].id { state.controls.detailScroll = 0 }
        state.controls.selected = rows[clamped].id
    }

    /// After the rows change (filter, collapse), keep the selection if it is still shown,
    /// otherwise select the first control shown.
    static func reselect(_ state: inout AppState) {
        CatalogTree.refresh(&state)
        let rows = CatalogTree.rows(state)
        if rows.contains(where: { $0.id == state.controls.selected }) {
        } else {
            select(index: rows.firstIndex { $0.isItem } ?? 0, &state, rows: rows)
        }
    }

    private static func setGroup(_ command: Command, _ state: inout AppState) {
        guard let selected = state.controls.selected else { return }
        if let group = CatalogTree.groupID(of: selected) {
            let collapsed = state.controls.collapsed.contains(group)
            switch command {
            case .expand where collapsed, .toggleGroup where collapsed: state.controls.collapsed.remove(group)
            case .collapse where !collapsed, .toggleGroup where !collapsed: state.controls.collapsed.insert(group)
            case .expand: move(by: 1, &state)
            default: break
            }
        } else if command == .collapse, let group = CatalogTree.group(of: selected, in: state.shownFramework) {
            // Left on an item goes to its group, as in a file tree.
            state.controls.selected = "group:" + group.id
        } else if command == .toggleGroup || command == .expand {
            state.focus = .detail
        }
    }

    /// The next framework of the workspace, each keeping its own selection; filters that only
    /// make sense in one framework (themes, families) are dropped.
    static func switchFramework(_ state: inout AppState) {
        let frameworks = state.workspace.catalog.frameworks
        guard frameworks.count > 1 else {
            state.status = StatusMessage(.info, ControlsNotice.onlyOneFramework)
            return
        }
        let current = frameworks.firstIndex { $0.id == state.shownFramework.id } ?? 0
        let next = frameworks[(current + 1) % frameworks.count]
        if let selected = state.controls.selected { state.controls.selections[state.controls.framework] = selected }
        state.controls.framework = next.id
        state.controls.filter.theme = nil
        state.controls.filter.group = nil
        state.controls.scroll = 0
        state.controls.detailScroll = 0
        state.controls.selected = state.controls.selections[next.id]
        reselect(&state)
        state.status = StatusMessage(.info, ControlsNotice.frameworkShown(next.title, controls: next.controls.count))
    }

    private static func scrollDetail(_ command: Command, _ state: inout AppState) {
        // The detail pane's rows on screen, less its border and a line of overlap.
        let page = max(1, (state.frame.rows(of: .pane(.detail)) ?? FrameLayout.rowsBeforeFirstFrame) - 3)
        let delta = switch command {
        case .moveDown: 1
        case .moveUp: -1
        case .pageDown: page
        default: -page
        }
        state.controls.detailScroll = max(0, state.controls.detailScroll + delta)
    }
}
