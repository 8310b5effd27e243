@testable import AnnexApp
import AnnexDomain
import Foundation
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
    var savedAudits: [Audit] = []
    /// Journal events in the order they were "made durable".
    var appended: [AuditEvent] = []
    /// The draft file as the store would hold it: the last one saved, nil once deleted.
    var draftOnDisk: FindingDraft?
    var draftWrites = 0
    var reportsWritten: [String] = []
    /// Set to make the next journal append fail, as a full disk would.
    var failNextAppend: String?
    /// Lists "in the workspace" for sampling from a file.
    var files: [String: String] = [:]
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
        for effect in reducer.reduce(&state, action) { perform(effect) }
    }

    mutating func perform(_ effect: Effect) {
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
            case .saveAudit(let audit, _, let describe, let then):
                savedAudits.append(audit)
                dispatch(.saved(describe))
                for next in then { perform(next) }
            case .deleteAudit(_, let describe):
                dispatch(.saved(describe))
            case .appendEvent(let event, let audit, let describe, let draft):
                if let failure = failNextAppend {
                    failNextAppend = nil
                    dispatch(.eventFailed(failure, draft: draft))
                } else {
                    appended.append(event)
                    dispatch(.eventAppended(event, audit: audit, describe: describe))
                }
            case .saveDraft(let draft):
                draftOnDisk = draft
                draftWrites += 1
            case .deleteDraft:
                draftOnDisk = nil
            case .loadDraft:
                dispatch(.draftLoaded(draftOnDisk))
            case .loadPopulation(let path, let form):
                if let text = files[path] {
                    dispatch(.populationLoaded(AuditSampler.population(from: text), source: path, form: form))
                } else {
                    dispatch(.populationFailed("\(path): no such file in the workspace", form: form))
                }
            case .writeReport(let audit, _):
                reportsWritten.append(audit)
                dispatch(.saved("Report written"))
            case .quit:
                break
            case .saveAction(let action, _, let describe):
                savedActions.append(action)
                _ = reducer.reduce(&state, .saved(describe))
            case .deleteAction(let action, let describe):
                deletedActions.append(action)
                _ = reducer.reduce(&state, .saved(describe))
            case .claimJournal(let audit, let auditor):
                dispatch(.journalClaimed(audit: audit, auditor: auditor, heldBy: nil))
            case .releaseJournal:
                break
            }
    }

    /// Moves the clock on, as the runtime does before each key.
    mutating func advance(seconds: TimeInterval) {
        dispatch(.tick(state.now.addingTimeInterval(seconds)))
    }

    mutating func press(_ names: String...) {
        for name in names { send(name.count == 1 ? .character(name.first!) : .named(name)) }
    }
}
