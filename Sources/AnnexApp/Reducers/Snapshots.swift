import AnnexDomain

/// Taking and putting back snapshots of records: the one mechanism behind undo and failed saves.
enum Snapshots {
    static func take(_ snapshot: Snapshot, from state: AppState) -> Snapshot {
        switch snapshot {
        case .soa(let entry):
            return .soa(state.workspace.entry(entry.control, in: entry.framework) ?? entry.undecided)
        case .risk(let id, _):
            return .risk(id: id, state.workspace.risks.first { $0.id == id })
        case .matrix:
            return .matrix(state.workspace.config, risks: state.workspace.risks)
        case .config:
            return .config(state.workspace.config)
        case .group(let snapshots):
            return .group(snapshots.map { take($0, from: state) })
        case .audit(let id, _):
            return .audit(id: id, state.workspace.audits.first { $0.id == id })
        case .action(let id, _):
            return .action(id: id, state.workspace.actions.first { $0.id == id })
        case .evidence(let id, _):
            return .evidence(id: id, state.workspace.evidence.first { $0.id == id })
        }
    }

    static func apply(_ snapshot: Snapshot, to state: inout AppState) {
        switch snapshot {
        case .soa(let entry):
            state.workspace.upsert(entry)
        case .risk(let id, let risk):
            if let risk {
                if let index = state.workspace.risks.firstIndex(where: { $0.id == id }) {
                    state.workspace.risks[index] = risk
                } else {
                    state.workspace.risks.append(risk)
                }
            } else {
                state.workspace.risks.removeAll { $0.id == id }
            }
        case .matrix(let config, let risks):
            state.workspace.config = config
            state.workspace.risks = risks
        case .config(let config):
            state.workspace.config = config
        case .group(let snapshots):
            for snapshot in snapshots { apply(snapshot, to: &state) }
        case .audit(let id, let audit):
            if let audit {
                if let index = state.workspace.audits.firstIndex(where: { $0.id == id }) {
                    state.workspace.audits[index] = audit
                } else {
                    state.workspace.audits.append(audit)
                }
            } else {
                state.workspace.audits.removeAll { $0.id == id }
            }
        case .action(let id, let action):
            ActionEditing.restore(action, id: id, in: &state.workspace)
        case .evidence(let id, let record):
            if let record {
                if let index = state.workspace.evidence.firstIndex(where: { $0.id == id }) {
                    state.workspace.evidence[index] = record
                } else {
                    state.workspace.evidence.append(record)
                }
            } else {
                state.workspace.evidence.removeAll { $0.id == id }
            }
        }
    }

    /// Records a change for undo: `before` is what undo will put back, `after` what the change
    /// made, so an undo reverts only the fields this change touched (others' later edits stay).
    static func remember(_ before: Snapshot, after: Snapshot, in state: inout AppState) {
        state.undoStack.append(UndoStep(before: before, after: after))
        if state.undoStack.count > 100 { state.undoStack.removeFirst() }
    }

    /// Undo: puts the last snapshot back in memory and asks for it to be saved. The save merges
    /// against what the change wrote: a field someone else changed since is a conflict, not lost.
    static func undo(_ state: inout AppState) -> [Effect] {
        guard let step = state.undoStack.last else {
            state.status = StatusMessage(.info, ShellNotice.nothingToUndo)
            return []
        }
        let snapshot = step.before
        apply(snapshot, to: &state)
        state.undoInFlight = true
        state.status = StatusMessage(.info, ShellNotice.saving)
        switch (snapshot, step.after) {
        case (.soa(let entry), .soa(let now)):
            return [.saveSoAEntry(entry, previous: now, describe: ShellNotice.undone(entry.control).notice)]
        case (.risk(_, let risk?), .risk(_, let now)):
            return [.saveRisk(risk, previous: now, describe: ShellNotice.undone(risk.id).notice)]
        case (.risk(_, nil), .risk(_, let now?)):
            return [.deleteRisk(now, describe: ShellNotice.undoneRemoved(now.id).notice)]
        case (.matrix(let config, let risks), .matrix(let nowConfig, let nowRisks)):
            return [.saveMatrix(config, previous: nowConfig, risks: risks, previousRisks: nowRisks, describe: ShellNotice.undone("risk matrix").notice)]
        case (.config(let config), .config(let now)):
            return [.saveConfig(config, previous: now, describe: ShellNotice.undone("SoA document").notice)]
        case (.group(let earlier), .group(let now)):
            let saves = zip(earlier, now).flatMap { saving($0, base: $1, describe: ShellNotice.undone("import").notice) }
            return [.saveGroup(saves, describe: ShellNotice.undone("the import of \(earlier.count) records").notice)]
        case (.audit(_, let audit?), .audit(_, let now)):
            return [.saveAudit(audit, previous: now, describe: ShellNotice.undone("\(audit.id) plan").notice)]
        case (.audit(let id, nil), .audit(_, let now?)):
            return [.deleteAudit(now, describe: ShellNotice.undoneRemoved("audit \(id)").notice)]
        case (.action(_, let earlier), .action(_, let now)):
            return ActionEditing.undo(to: earlier, from: now)
        case (.evidence(_, let earlier?), .evidence(_, let now)):
            return [.saveEvidence(earlier, previous: now, describe: ShellNotice.undone(earlier.id).notice)]
        case (.evidence(_, nil), .evidence(_, let now?)):
            return [.deleteEvidence(now, describe: ShellNotice.undoneRemoved(now.id).notice)]
        default:
            return []
        }
    }
}

/// One change, for undo: the record before and after it.
public struct UndoStep: Sendable, Equatable {
    public var before: Snapshot
    public var after: Snapshot

    public init(before: Snapshot, after: Snapshot) {
        self.before = before
        self.after = after
    }
}

extension Snapshots {
    /// The effects that write `snapshot` to disk, merged against `base`.
    static func saving(_ snapshot: Snapshot, base: Snapshot, describe: Notice) -> [Effect] {
        switch (snapshot, base) {
        case (.soa(let entry), .soa(let previous)):
            return [.saveSoAEntry(entry, previous: previous, describe: describe)]
        case (.risk(_, let risk?), .risk(_, let previous)):
            return [.saveRisk(risk, previous: previous, describe: describe)]
        case (.risk(_, nil), .risk(_, let previous?)):
            return [.deleteRisk(previous, describe: describe)]
        case (.matrix(let config, let risks), .matrix(let previous, let previousRisks)):
            return [.saveMatrix(config, previous: previous, risks: risks, previousRisks: previousRisks, describe: describe)]
        case (.config(let config), .config(let previous)):
            return [.saveConfig(config, previous: previous, describe: describe)]
        case (.group(let snapshots), .group(let previous)):
            return [.saveGroup(zip(snapshots, previous).flatMap { saving($0, base: $1, describe: describe) }, describe: describe)]
        case (.audit(_, let audit?), .audit(_, let previous)):
            return [.saveAudit(audit, previous: previous, describe: describe)]
        case (.action(_, let action?), .action(_, let previous)):
            return [.saveAction(action, previous: previous, describe: describe)]
        case (.action(_, nil), .action(_, let previous?)):
            return [.deleteAction(previous, describe: describe)]
        case (.evidence(_, let record?), .evidence(_, let previous)):
            return [.saveEvidence(record, previous: previous, describe: describe)]
        case (.evidence(_, nil), .evidence(_, let previous?)):
            return [.deleteEvidence(previous, describe: describe)]
        default:
            return []
        }
    }
}
