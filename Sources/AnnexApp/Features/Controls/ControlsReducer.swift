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
            state.controls.collapsed = Set(state.workspace.catalog.iso27001.groups.map(\.id))
            if let selected = state.controls.selected, CatalogTree.groupID(of: selected) == nil,
               let group = state.workspace.catalog.iso27001.groups.first(where: { $0.items.contains { $0.id == selected } }) {
                state.controls.selected = "group:" + group.id
            }
        case .filter:
            state.popup = .filter(LineEditor(state.controls.filter.text), previous: state.controls.filter.text)
        case .filterStatus:
            let all: [ImplementationStatus?] = [nil] + ImplementationStatus.allCases
            state.controls.filter.status = ListScrolling.next(after: state.controls.filter.status, in: all)
            reselect(&state)
        case .filterApplicable:
            let all: [Bool?] = [nil, true, false]
            state.controls.filter.applicable = ListScrolling.next(after: state.controls.filter.applicable, in: all)
            reselect(&state)
        case .filterOwner:
            let owners = Array(Set(state.workspace.soa.entries.map(\.owner).filter { !$0.isEmpty })).sorted()
            state.controls.filter.owner = ListScrolling.next(after: state.controls.filter.owner, in: [nil] + owners.map(Optional.some))
            reselect(&state)
        case .filterTheme:
            state.controls.filter.theme = ListScrolling.next(after: state.controls.filter.theme, in: [nil] + ControlTheme.allCases.map(Optional.some))
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
            let shown = CatalogTree.rows(state).filter { $0.itemID != nil }.count
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
        let rows = CatalogTree.rows(state)
        if rows.contains(where: { $0.id == state.controls.selected }) {
        } else {
            select(index: rows.firstIndex { $0.itemID != nil } ?? 0, &state, rows: rows)
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
        } else if command == .collapse,
                  let group = state.workspace.catalog.iso27001.groups.first(where: { $0.items.contains { $0.id == selected } }) {
            // Left on an item goes to its group, as in a file tree.
            state.controls.selected = "group:" + group.id
        } else if command == .toggleGroup || command == .expand {
            state.focus = .detail
        }
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
