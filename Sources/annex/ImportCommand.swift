import AnnexDomain
import AnnexStore
import ArgumentParser
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import the SoA or the risk register from a spreadsheet (.xlsx) or CSV, or a framework from an OSCAL catalog.",
        subcommands: [ImportSoA.self, ImportRisks.self, ImportOSCAL.self]
    )
}

/// What both imports take.
struct ImportOptions: ParsableArguments {
    @Argument(help: "The .xlsx or .csv file.")
    var file: String

    @Option(help: "The sheet of an .xlsx to read (default: the first).")
    var sheet: String?

    @Option(name: .customLong("map"), help: ArgumentHelp("Read FIELD from the column headed HEADER (repeatable), where the header is not recognised.", valueName: "FIELD=HEADER"))
    var mappings: [String] = []

    @Flag(help: "Print what would change and write nothing.")
    var dryRun = false

    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        for mapping in mappings where !mapping.contains("=") || mapping.hasPrefix("=") {
            throw ValidationError("--map takes FIELD=HEADER, such as --map status=\"Implementation status\" (got '\(mapping)')")
        }
    }

    var map: [String: String] {
        Dictionary(mappings.map { mapping in
            let parts = mapping.split(separator: "=", maxSplits: 1)
            return (ImportHeader.normalize(String(parts[0])).replacingOccurrences(of: " ", with: "_"), parts.count > 1 ? String(parts[1]) : "")
        }, uniquingKeysWith: { _, last in last })
    }

    /// Reads the file, plans the import, prints it, and writes it only when it has no error.
    func run<Record>(what: String, plan makePlan: (ImportedSheet, Workspace) -> ImportPlan<Record>, write: (WorkspaceStore, ImportPlan<Record>) throws -> Void) throws {
        let store = try workspace.store()
        let loaded = try store.load()
        let sheet = try WorkspaceStore.readSheet(file, sheet: sheet)
        let plan = makePlan(sheet, loaded.workspace)
        if !plan.errors.isEmpty {
            for error in plan.errors.sorted(by: { ($0.row ?? 0) < ($1.row ?? 0) }) { Output.error(error.description) }
            throw fail("\(plan.errors.count) \(plan.errors.count == 1 ? "error" : "errors") in \(file): nothing was imported")
        }
        for note in plan.notes { Output.print("note: \(note.description)") }
        for change in plan.changes {
            let rows = "row\(change.rows.count == 1 ? "" : "s") \(change.rows.map(String.init).joined(separator: ", "))"
            Output.print("\(change.name)\(change.isNew ? " (new)" : ""), \(rows):")
            for field in change.fields { Output.print("  \(field)") }
        }
        let changed = "\(plan.changes.count) \(what) \(dryRun ? "would change" : "changed"), \(plan.unchanged) unchanged"
        if dryRun {
            Output.print("\(changed) (dry run: nothing written)")
            return
        }
        if !loaded.unreadable.isEmpty, !plan.changes.isEmpty {
            throw fail("the workspace has files that cannot be read (\(loaded.unreadable.sorted().joined(separator: ", "))): fix them first (annex check)")
        }
        try write(store, plan)
        Output.print(changed)
    }
}

struct ImportSoA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "soa",
        abstract: "Import Statement of Applicability entries from a spreadsheet or CSV.",
        discussion: """
        Columns are found by their header (case, punctuation and common template names do not matter), \
        or named with --map FIELD=HEADER. The fields:
        \(SoAImport.fields.map { "  \($0.name)\($0.required ? " (required)" : ""): \($0.help)" }.joined(separator: "\n"))
        Other columns (title, theme, …) are left aside. A field whose column is absent keeps its value; \
        an empty cell empties a text field. 2013 ids are mapped to 2022 with a note per row; several 2013 \
        controls into one 2022 control are merged, and said. Errors are listed as FILE:ROW: column: reason, \
        all at once, and nothing is written unless the whole file is valid: then soa.yaml is rewritten \
        once, atomically, changing only the lines of the fields that change.
        """
    )

    @OptionGroup var options: ImportOptions

    func run() throws {
        try reportingErrors {
            try options.run(what: "controls", plan: { SoAImport.plan($0, file: options.file, map: options.map, workspace: $1) }, write: { try $0.apply($1) })
        }
    }
}

struct ImportRisks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risks",
        abstract: "Import risks into the register from a spreadsheet or CSV.",
        discussion: """
        Columns are found by their header, or named with --map FIELD=HEADER. The fields:
        \(RiskImport.fields.map { "  \($0.name)\($0.required ? " (required)" : ""): \($0.help)" }.joined(separator: "\n"))
        A row whose id is in the register updates that risk; a row without an id is a new risk with a new id. \
        Ratings are numbers on the matrix's scales or their names (Likely, Major). Errors are listed as \
        FILE:ROW: column: reason, all at once, and nothing is written unless the whole file is valid.
        """
    )

    @OptionGroup var options: ImportOptions

    func run() throws {
        try reportingErrors {
            try options.run(what: "risks", plan: { RiskImport.plan($0, file: options.file, map: options.map, workspace: $1) }, write: { try $0.apply($1) })
        }
    }
}
