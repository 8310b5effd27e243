@testable import AnnexApp
import AnnexDomain
import Foundation
import XCTest

/// A deterministic id source counting up a character at a time: CA-012345, then CA-6789AB.
func sequentialIDs() -> IDGenerator {
    final class Counter: @unchecked Sendable { var value: UInt8 = 0 }
    let counter = Counter()
    return IDGenerator(randomByte: {
        defer { counter.value &+= 1 }
        return counter.value
    })
}

/// The sample workspace with two audits, their nonconformities and an action at every stage:
/// CA-1 open and overdue with nothing written yet, CA-2 in progress, CA-3 done, CA-4 verified
/// (of an older audit). F-3 and F-5 have no action yet; F-6 is only an observation.
func actionsState() -> AppState {
    var state = sampleState(height: 24)
    state.workspace.config.people.append(Person(id: "carla", name: "Carla Verifier"))
    let at = Date(timeIntervalSince1970: 1_790_000_000)
    func finding(_ id: String, _ item: String, _ classification: FindingClass, _ statement: String) -> AuditEvent {
        .logged(Finding(id: id, item: item, classification: classification, statement: statement, evidence: "Seen on screen", auditor: "carla", at: at))
    }
    state.workspace.audits = [Audit(id: "IA-0", title: "Last year's audit"), Audit(id: "IA-1", title: "This year's audit")]
    state.workspace.auditLogs = [
        "IA-0": AuditLog(events: [finding("F-0", "A.5.15", .minor, "Access rules are not written down.")]),
        "IA-1": AuditLog(events: [
            finding("F-1", "A.5.18", .major, "Leavers keep their accounts for weeks."),
            finding("F-2", "A.8.8", .minor, "Critical patches are applied late."),
            finding("F-3", "7.5.3", .minor, "An obsolete policy is still on the intranet."),
            finding("F-4", "A.6.3", .minor, "Training is not followed up."),
            finding("F-5", "A.5.23", .minor, "Cloud services are not registered."),
            finding("F-6", "A.7.7", .observation, "Screens left unlocked."),
        ]),
    ]
    state.workspace.actions = [
        CorrectiveAction(id: "CA-1", audit: "IA-1", finding: "F-1", owner: "anna", due: Day("2026-11-01")),
        CorrectiveAction(id: "CA-2", audit: "IA-1", finding: "F-2", rootCause: "Deadline counted from the ticket",
                         action: "Scanner opens tickets", owner: "ben", due: Day("2026-12-15"), status: .inProgress),
        CorrectiveAction(id: "CA-3", audit: "IA-1", finding: "F-4", rootCause: "Nobody told managers",
                         action: "Manager dashboard", owner: "anna", due: Day("2026-10-01"), status: .done),
        CorrectiveAction(id: "CA-4", audit: "IA-0", finding: "F-0", rootCause: "No policy", action: "Access policy written",
                         owner: "ben", due: Day("2026-03-01"), status: .verified,
                         verification: EffectivenessReview(by: "carla", on: Day("2026-06-01")!, effective: true)),
    ]
    return state
}

extension Driver {
    /// The Actions screen with `id` selected in the list.
    mutating func selectAction(_ id: String, file: StaticString = #filePath, line: UInt = #line) {
        if state.screen != .actions { send(.character("5")) }
        send(.character("g"))
        for _ in 0..<ActionsState.shown(state).count where state.actions.selected != id { send(.character("j")) }
        XCTAssertEqual(state.actions.selected, id, "\(id) is listed", file: file, line: line)
    }

    func action(_ id: String) -> CorrectiveAction? { state.workspace.actions.first { $0.id == id } }

    var shownActions: [String] { ActionsState.shown(state).map(\.id) }
}
