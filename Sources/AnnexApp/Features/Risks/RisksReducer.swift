import AnnexDomain

/// The Risks screen: moving on the heat map, filtering and sorting the register.
enum RisksReducer {
    static func perform(_ command: Command, _ state: inout AppState, ids: IDGenerator) -> [Effect] {
        let matrix = state.workspace.config.riskMatrix
        switch command {
        case .cellUp: moveCursor(likelihood: 1, impact: 0, &state, matrix: matrix)
        case .cellDown: moveCursor(likelihood: -1, impact: 0, &state, matrix: matrix)
        case .cellLeft: moveCursor(likelihood: 0, impact: -1, &state, matrix: matrix)
        case .cellRight: moveCursor(likelihood: 0, impact: 1, &state, matrix: matrix)
        case .filterCell:
            let cursor = state.risks.cursor
            state.risks.query.cell = state.risks.query.cell == cursor ? nil : cursor
            reselect(&state)
            if state.risks.query.cell != nil { state.focus = .register }
            describeFilter(&state)
        case .toggleRiskView:
            state.risks.query.view = state.risks.query.view == .inherent ? .residual : .inherent
            reselect(&state)
            state.status = StatusMessage(.info, RisksNotice.showing(state.risks.query.view))
        case .moveDown: move(by: 1, &state)
        case .moveUp: move(by: -1, &state)
        case .pageDown: move(by: state.frame.pageRows(.rows(.register)) - 1, &state)
        case .pageUp: move(by: -(state.frame.pageRows(.rows(.register)) - 1), &state)
        case .moveTop: select(index: 0, &state)
        case .moveBottom: select(index: Int.max / 2, &state)
        case .sortNext, .sortPrevious:
            let columns = RiskColumn.allCases
            let index = columns.firstIndex(of: state.risks.query.sort) ?? 0
            let step = command == .sortNext ? 1 : columns.count - 1
            state.risks.query.sort = columns[(index + step) % columns.count]
            state.status = StatusMessage(.info, RisksNotice.sortedBy(state.risks.query.sort))
        case .reverseSort:
            state.risks.query.ascending.toggle()
            state.status = StatusMessage(.info, RisksNotice.ascending(state.risks.query.ascending))
        case .filterOwner:
            let owners = Array(Set(state.workspace.risks.map(\.owner).filter { !$0.isEmpty })).sorted()
            state.risks.query.owner = ListScrolling.next(after: state.risks.query.owner, in: [nil] + owners.map(Optional.some))
            filtered(&state)
        case .filterLevel:
            state.risks.query.level = ListScrolling.next(after: state.risks.query.level, in: [nil] + matrix.levels.map { Optional.some($0.id) })
            filtered(&state)
        case .filterTreatment:
            state.risks.query.treatment = ListScrolling.next(after: state.risks.query.treatment, in: [nil] + RiskTreatment.allCases.map(Optional.some))
            filtered(&state)
        case .filterRiskStatus:
            state.risks.query.status = ListScrolling.next(after: state.risks.query.status, in: [nil] + RiskStatus.allCases.map(Optional.some))
            filtered(&state)
        case .filterOverdue:
            state.risks.query.overdueOnly.toggle()
            filtered(&state)
        case .clearFilters:
            let view = state.risks.query.view, sort = state.risks.query.sort, ascending = state.risks.query.ascending
            state.risks.query = RiskQuery()
            state.risks.query.view = view
            state.risks.query.sort = sort
            state.risks.query.ascending = ascending
            reselect(&state)
            state.status = StatusMessage(.info, RisksNotice.filtersCleared)
        case .filter:
            state.popup = .filter(LineEditor(state.risks.query.text), previous: state.risks.query.text)
        case .addRisk, .editRisk, .deleteRisk:
            return RiskEditing.perform(command, &state, ids: ids)
        case .importSpreadsheet:
            return ImportEditing.open(.risks, &state)
        case .editMatrix:
            state.popup = .of(MatrixForm(matrix: matrix))
        case .undo:
            let effects = Snapshots.undo(&state)
            reselect(&state)
            return effects
        default:
            break
        }
        return []
    }

    private static func moveCursor(likelihood: Int, impact: Int, _ state: inout AppState, matrix: RiskMatrix) {
        let cursor = state.risks.cursor
        state.risks.cursor = RiskRating(
            likelihood: min(max(1, cursor.likelihood + likelihood), matrix.likelihood.count),
            impact: min(max(1, cursor.impact + impact), matrix.impact.count)
        )
    }

    private static func filtered(_ state: inout AppState) {
        reselect(&state)
        describeFilter(&state)
    }

    static func describeFilter(_ state: inout AppState) {
        let shown = rows(&state).count
        let summary = RiskFilterSummary.text(state.risks.query, matrix: state.workspace.config.riskMatrix)
        state.status = StatusMessage(.info, summary.isEmpty ? RisksNotice.all(shown) : .filtered(shown, summary: summary))
    }

    /// The register as shown, refreshing the cache when its inputs changed.
    static func rows(_ state: inout AppState) -> RiskRows {
        if let cache = state.risks.cache, cache.isCurrent(for: state) { return cache.shown }
        let fresh = RegisterCache(state, reusing: state.risks.cache)
        state.risks.cache = fresh
        return fresh.shown
    }

    static func move(by delta: Int, _ state: inout AppState) {
        let rows = rows(&state)
        let current = rows.firstIndex { $0.id == state.risks.selected } ?? 0
        select(index: current + delta, &state, rows: rows)
    }

    static func select(index: Int, _ state: inout AppState, rows given: RiskRows? = nil) {
        let rows = given ?? rows(&state)
        guard !rows.isEmpty else {
            state.risks.selected = nil
            state.risks.scroll = 0
            return
        }
        state.risks.selected = rows[min(max(0, index), rows.count - 1)].id
    }

    /// Keeps the selection if it is still shown, else selects the first risk shown.
    static func reselect(_ state: inout AppState) {
        let rows = rows(&state)
        if rows.contains(where: { $0.id == state.risks.selected }) {
        } else {
            select(index: 0, &state, rows: rows)
        }
    }
}

/// The register's filters in words, for the status line and the pane title.
public enum RiskFilterSummary {
    public static func text(_ query: RiskQuery, matrix: RiskMatrix) -> String {
        var parts: [String] = []
        if let cell = query.cell { parts.append("cell L\(cell.likelihood)×I\(cell.impact)") }
        if !query.text.isEmpty { parts.append("\"\(query.text)\"") }
        if let owner = query.owner { parts.append("owner \(owner)") }
        if let level = query.level { parts.append(matrix.levels.first { $0.id == level }?.name.lowercased() ?? level) }
        if let treatment = query.treatment { parts.append(treatment.rawValue) }
        if let status = query.status { parts.append(status.rawValue) }
        if query.overdueOnly { parts.append("review overdue") }
        return parts.joined(separator: ", ")
    }
}
