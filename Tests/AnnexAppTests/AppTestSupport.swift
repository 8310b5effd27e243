@testable import AnnexApp
import AnnexDomain
import XCTest

let testDay = Day("2026-11-29")!

/// A small workspace: the full ISO catalog SoA with two people and a few entries set.
func sampleState(height: Int = 24) -> AppState {
    var workspace = Workspace.new(organisation: "Test GmbH")
    workspace.config.people = [Person(id: "anna", name: "Anna"), Person(id: "ben", name: "Ben")]
    for (index, entry) in workspace.soa.entries.enumerated() {
        var changed = entry
        changed.owner = index % 2 == 0 ? "anna" : "ben"
        changed.justification = "Needed"
        changed.status = index % 3 == 0 ? .implemented : .planned
        workspace.soa.upsert(changed)
    }
    var state = AppState(workspace: workspace, today: testDay, themeNames: ["default", "light"])
    state.height = height
    return state
}

/// Sends keys through the reducer like the runtime does, performing saves in memory.
struct Driver {
    var state: AppState
    var saved: [SoAEntry] = []
    var savedRisks: [Risk] = []
    var deletedRisks: [Risk] = []
    var savedActions: [CorrectiveAction] = []
    var deletedActions: [CorrectiveAction] = []
    let reducer: AppReducer

    init(_ state: AppState, reducer: AppReducer = AppReducer()) {
        self.state = state
        self.reducer = reducer
    }

    mutating func send(_ keys: KeyPress...) {
        for key in keys { dispatch(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { dispatch(.key(.character(character))) }
    }

    mutating func dispatch(_ action: AppAction) {
        for effect in reducer.reduce(&state, action) {
            switch effect {
            case .saveSoAEntry(let entry, _, let describe):
                saved.append(entry)
                _ = reducer.reduce(&state, .saved(describe))
            case .saveRisk(let risk, _, let describe):
                savedRisks.append(risk)
                _ = reducer.reduce(&state, .saved(describe))
            case .deleteRisk(let risk, let describe):
                deletedRisks.append(risk)
                _ = reducer.reduce(&state, .saved(describe))
            case .saveMatrix(_, _, _, _, let describe):
                _ = reducer.reduce(&state, .saved(describe))
            case .quit:
                break
            case .saveAction(let action, _, let describe):
                savedActions.append(action)
                _ = reducer.reduce(&state, .saved(describe))
            case .deleteAction(let action, let describe):
                deletedActions.append(action)
                _ = reducer.reduce(&state, .saved(describe))
            }
        }
    }
}
