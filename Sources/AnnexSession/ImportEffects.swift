import AnnexApp
import AnnexDomain
import AnnexStore
import Foundation

/// Importing a spreadsheet from the UI: the plan is the one `annex import` prints, read from the
/// file and the workspace on disk; writing it is the store's one change of several files.
extension EffectRunner {
    func planImport(_ kind: ImportPreview.Kind, path: String) -> [AppAction] {
        do {
            let loaded = try store.load(cached: true)
            let sheet = try WorkspaceStore.readSheet(path, sheet: nil)
            var preview: ImportPreview
            switch kind {
            case .soa:
                let plan = SoAImport.plan(sheet, file: path, map: [:], workspace: loaded.workspace)
                preview = Self.preview(kind, plan)
                preview.before = plan.changes.map { .soa($0.before ?? SoAEntry(control: $0.after.control)) }
                preview.after = plan.changes.map { .soa($0.after) }
            case .risks:
                let plan = RiskImport.plan(sheet, file: path, map: [:], workspace: loaded.workspace)
                preview = Self.preview(kind, plan)
                preview.before = plan.changes.map { .risk(id: $0.after.id, $0.before) }
                preview.after = plan.changes.map { .risk(id: $0.after.id, $0.after) }
            }
            if !loaded.unreadable.isEmpty, !preview.after.isEmpty {
                preview.problems.append("the workspace has files that cannot be read (\(loaded.unreadable.sorted().joined(separator: ", "))): fix them first (annex check)")
            }
            return [.importPlanned(preview)]
        } catch {
            return [.importPlanned(ImportPreview(kind: kind, file: path, problems: [Self.message(error)]))]
        }
    }

    private static func preview<Record>(_ kind: ImportPreview.Kind, _ plan: ImportPlan<Record>) -> ImportPreview {
        var lines: [String] = []
        for change in plan.changes {
            let rows = "row\(change.rows.count == 1 ? "" : "s") \(change.rows.map(String.init).joined(separator: ", "))"
            lines.append("\(change.name)\(change.isNew ? " (new)" : ""), \(rows):")
            lines += change.fields.map { "  \($0)" }
        }
        let problems = plan.errors.sorted { ($0.row ?? 0) < ($1.row ?? 0) }.map(\.description)
        return ImportPreview(kind: kind, file: plan.file, lines: lines, problems: problems, notes: plan.notes.map { "note: \($0.description)" },
                             unchanged: plan.unchanged)
    }

    func applyImport(_ preview: ImportPreview, describe: Notice) -> [AppAction] {
        do {
            switch preview.kind {
            case .soa:
                try store.importEntries(preview.after.compactMap { if case .soa(let entry) = $0 { entry } else { nil } })
            case .risks:
                try store.importRisks(preview.after.compactMap { if case .risk(_, let risk?) = $0 { risk } else { nil } })
            }
            return [.recordSaved(.group(preview.after), describe: describe)]
        } catch {
            return [.saveFailed(Self.message(error), restore: .group(preview.before))]
        }
    }

    /// The saves of one step, in turn: what was written is reported as one group; the first
    /// save refused stops the rest, and what it and the others would have changed is put back.
    func saveGroup(_ effects: [Effect], describe: Notice) -> [AppAction] {
        var written: [Snapshot] = []
        for (index, effect) in effects.enumerated() {
            let outcome = perform(effect)
            switch outcome.first {
            case .recordSaved(let snapshot, _)?:
                written.append(snapshot)
            case .saveFailed(let message, let restore)?:
                let rest = effects[(index + 1)...].compactMap(\.restoredOnFailure)
                return [.recordSaved(.group(written), describe: describe), .saveFailed(message, restore: .group([restore] + rest))]
            case .saveConflict(let conflict)?:
                let rest = effects[(index + 1)...].compactMap(\.restoredOnFailure)
                let reason = "\(conflict.conflict.record) changed on disk meanwhile (\(conflict.conflict.fields.map(\.field).joined(separator: ", "))): the rest of the step was not saved"
                return [.recordSaved(.group(written), describe: describe), .saveFailed(reason, restore: .group([conflict.theirs] + rest))]
            default:
                continue
            }
        }
        return [.recordSaved(.group(written), describe: describe)]
    }
}
