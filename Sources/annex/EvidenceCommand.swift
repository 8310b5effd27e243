import AnnexDomain
import AnnexStore
import ArgumentParser
import Foundation

struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "The evidence register: add evidence, list it, verify it.",
        subcommands: [EvidenceAdd.self, EvidenceList.self, EvidenceVerify.self]
    )
}

struct EvidenceAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register a file or a URL as evidence, with its SHA-256 when it is a file.",
        discussion: """
        A file inside the workspace is referenced where it lies; a file outside it needs --copy, which keeps a \
        copy under evidence/files/. --controls adds the new id to those controls' SoA entries.
        """
    )

    @Argument(help: "The file or URL.")
    var source: String

    @Option(help: "What the evidence is.")
    var title: String

    @Option(help: "Its owner's person id in annex.yaml.")
    var owner: String?

    @Option(help: "The day it took effect (YYYY-MM-DD).")
    var effective: String?

    @Option(help: "The day it runs out (YYYY-MM-DD).")
    var expires: String?

    @Option(help: "Controls it is evidence for, separated by commas: A.5.15,A.8.5.")
    var controls: String?

    @Flag(help: "Copy a file from outside the workspace under evidence/files/.")
    var copy = false

    @Option(help: "The record's id (default: EV- and a random part).")
    var id: String?

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--title needs the evidence's title") }
        for (name, value) in [("--effective", effective), ("--expires", expires)] {
            if let value, Day(value) == nil { throw ValidationError("\(name) takes a date as YYYY-MM-DD, not '\(value)'") }
        }
        if let id, let problem = RecordID.problem(with: id) { throw ValidationError("--id \(id): \(problem)") }
    }

    func run() throws {
        try reportingErrors {
            let store = try options.store()
            let loaded = try store.load()
            let workspace = loaded.workspace
            if let id, workspace.evidence.contains(where: { $0.id == id }) { throw fail("\(id) is already in the evidence register") }
            if let owner, workspace.config.person(owner) == nil {
                throw fail("'\(owner)' is not a person in annex.yaml; people: \(workspace.config.people.map(\.id).joined(separator: ", "))")
            }
            let linked = try controlIDs()
            if !linked.isEmpty, loaded.unreadable.contains("soa.yaml") { throw fail("soa.yaml cannot be read: fix it first (annex check)") }
            let newID = id ?? IDGenerator().make(prefix: "EV", avoiding: Set(workspace.evidence.map(\.id)))
            var record = try store.evidenceRecord(for: source, copy: copy, id: newID, title: title.trimmingCharacters(in: .whitespaces))
            record.owner = owner ?? ""
            record.effective = effective.flatMap(Day.init)
            record.expires = expires.flatMap(Day.init)
            try store.save(record)
            if !linked.isEmpty { try store.link(evidence: newID, to: linked, in: workspace.soa) }
            let hash = record.sha256.map { ", SHA-256 \($0.prefix(12))…" } ?? ""
            let controls = linked.isEmpty ? "" : "; linked to \(linked.joined(separator: ", "))"
            Output.print("\(newID) registered: \(record.title) at \(record.location)\(hash)\(controls)")
        }
    }

    private func controlIDs() throws -> [String] {
        let texts = (controls ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var ids: [String] = []
        for text in texts {
            let id = text.hasPrefix("A.") ? text : "A." + text
            guard ISO27001.framework.controls.contains(where: { $0.id == id }) else {
                throw fail("--controls: '\(text)' is not an Annex A control (such as A.5.15)")
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }
}

struct EvidenceList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "The evidence register with each record's state and the controls that claim it."
    )

    enum Format: String, ExpressibleByArgument { case table, csv, json }

    @Option(help: "table, csv or json.")
    var format: Format = .table

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingErrors {
            let store = try options.store()
            let workspace = try store.load().workspace
            let table = EvidenceTable.make(workspace, store: store, today: Clock.today())
            switch format {
            case .table: Output.print(TextTable.render(table, columns: ["id", "state", "expires", "controls", "title"]), terminator: "")
            case .csv: Output.print(ExportFormat.csv.render(table), terminator: "")
            case .json: Output.print(ExportFormat.json.render(table), terminator: "")
            }
        }
    }
}

struct EvidenceVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every piece of evidence: missing, changed since registered, expired or expiring within 30 days.",
        discussion: "Exits 1 when any needs attention, so it can run in CI. \"Today\" is ANNEX_TODAY when set."
    )

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingErrors {
            let store = try options.store()
            let workspace = try store.load().workspace
            let today = Clock.today()
            var attention = 0
            for record in workspace.evidence {
                let state = store.state(of: record, today: today)
                guard state.needsAttention else { continue }
                attention += 1
                Output.print("\(record.id): \(EvidenceTable.describe(state, record)): \(record.title)")
            }
            let total = workspace.evidence.count
            if attention > 0 {
                Output.print("\(attention) of \(total) evidence records need attention")
                throw ExitCode(1)
            }
            Output.print("\(total) evidence \(total == 1 ? "record" : "records"): every file present and unchanged, nothing expired or expiring within \(EvidenceState.warningDays) days")
        }
    }
}

enum EvidenceTable {
    static func make(_ workspace: Workspace, store: WorkspaceStore, today: Day) -> ExportTable {
        var table = ExportTable(columns: ["id", "title", "state", "location", "sha256", "owner", "effective", "expires", "controls"])
        for record in workspace.evidence {
            let controls = workspace.soa.entries.filter { $0.evidence.contains(record.id) }.map(\.control)
            table.rows.append([
                .text(record.id), .text(record.title), .text(store.state(of: record, today: today).rawValue), .text(record.location),
                .optional(record.sha256), .text(record.owner), .optional(record.effective), .optional(record.expires), .list(controls),
            ])
        }
        return table
    }

    static func describe(_ state: EvidenceState, _ record: EvidenceRecord) -> String {
        switch state {
        case .missing: "missing (\(record.location) is not there)"
        case .changed: "changed since registered (\(record.location) has another SHA-256)"
        case .outside: "outside the workspace (\(record.location))"
        case .expired: "expired on \(record.expires?.description ?? "")"
        case .expiring: "expires on \(record.expires?.description ?? "")"
        case .current, .link: state.rawValue
        }
    }
}
