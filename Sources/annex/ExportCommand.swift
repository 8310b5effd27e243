import AnnexDomain
import Foundation
import AnnexStore
import ArgumentParser
import TerminalCore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a register as CSV, JSON, Markdown or XLSX, or the risk treatment plan or an audit report as Markdown or HTML.",
        discussion: """
        Findings are those in force: withdrawn findings are left out, edited ones appear in their latest version.
        'soa --format md|html' is the Statement of Applicability as a document: organisation, scope, framework, \
        version, date, draft or approved with the approval (see 'annex soa'), a summary, then every control with its \
        applicability, reasons for inclusion, justification, status, owner, the risks that link it and its evidence. \
        csv, json and xlsx give the SoA as a register. 'soa --framework ID' gives another framework's         applicability and status (status/ID.yaml) as a register: every control not withdrawn, undecided ones         as 'not decided' (csv, json, md or xlsx).
        'risks --format md' puts the inherent and residual heat maps above the register.
        'treatment-plan' is the risk treatment plan of ISO/IEC 27001 clause 6.1.3 e), as a document: the matrix, the heat maps, \
        a summary, then every open risk, highest residual level first, with its controls, plan, dates and acceptance. \
        It is Markdown by default; '--format html' gives one self-contained page that prints well.
        When files cannot be read, what they hold is left out, said in the document, and the command exits 1. \
        'audit ID' is the report of one audit: its plan, a summary of findings by classification, checklist coverage \
        and time spent, every finding in force by checklist item, the nonconformities numbered NC-1, NC-2 … with their \
        corrective actions, the items not audited, the follow-up of a previous audit, and the conclusion. \
        Markdown by default, or '--format html'; '--format oscal' gives the audit as an OSCAL 1.1 assessment-results \
        document (JSON) for OSCAL tools. \
        '--format xlsx' gives a workbook of one sheet (header row frozen, dates as dates, text never a formula); \
        it is binary, so it needs --output FILE or a pipe. --output writes any format to FILE atomically. \
        "Today" for overdue dates is ANNEX_TODAY when set.
        """
    )

    enum Register: String, ExpressibleByArgument, CaseIterable {
        case soa, risks, findings, actions
        case treatmentPlan = "treatment-plan"
        case audit

        /// Exported as a document (md or html) rather than as a table.
        var isDocument: Bool { self == .treatmentPlan || self == .audit }

        var sheetName: String {
            switch self {
            case .soa: "Statement of Applicability"
            case .risks: "Risk register"
            case .findings: "Findings"
            case .actions: "Corrective actions"
            case .treatmentPlan, .audit: rawValue
            }
        }
    }

    /// What `--format` accepts: the register formats, and HTML for the documents.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, md, html, xlsx, oscal

        var isBinary: Bool { self == .xlsx }
    }

    @Argument(help: "What to export: soa, risks, findings, actions, treatment-plan, or audit followed by the audit's id.")
    var register: Register

    @Argument(help: "The audit to report on, after 'audit'.")
    var auditID: String?

    @Option(help: "csv, json, md or xlsx for a register (default csv), md or html for the SoA document; md or html for the treatment plan or an audit report (default md); oscal for an audit.")
    var format: Format?

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Only the findings or actions of this audit.")
    var audit: String?

    @Option(help: "With soa: the register of another framework of the workspace (annex catalog frameworks lists them).")
    var framework: String?

    @Flag(help: "Mask people (stable pseudonyms), notes, finding statements and evidence text, as presenter mode does on screen.")
    var redact = false

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        if register == .audit, let audit {
            throw ValidationError("write the audit's id after 'audit', without --audit: annex export audit \(audit)")
        }
        if audit != nil, register != .findings, register != .actions {
            throw ValidationError("--audit applies to findings and actions only")
        }
        if let auditID, register != .audit {
            let hint = register == .findings || register == .actions ? " (for the \(register.rawValue) of one audit, use --audit \(auditID))" : ""
            throw ValidationError("unexpected '\(auditID)': only 'export audit' takes an id\(hint)")
        }
        if register == .treatmentPlan, let format, format != .md, format != .html {
            throw ValidationError("the treatment plan is a document: use --format md or html (the risk register as data is 'annex export risks --format \(format.rawValue)')")
        }
        if format == .oscal, register != .audit {
            throw ValidationError("--format oscal applies to an audit only: annex export audit ID --format oscal")
        }
        if register == .audit, let format, format != .md, format != .html, format != .oscal {
            let id = auditID ?? "ID"
            throw ValidationError("the audit report is a document: use --format md, html or oscal (the findings as data are 'annex export findings --audit \(id) --format \(format.rawValue)')")
        }
        if register.isDocument, format == .xlsx {
            throw ValidationError("xlsx applies to the registers soa, risks, findings and actions")
        }
        if framework != nil, register != .soa {
            throw ValidationError("--framework applies to soa only: annex export soa --framework ID")
        }
        if let framework, framework != ISO27001.frameworkID, format == .html {
            throw ValidationError("the SoA document is ISO/IEC 27001's; \(framework) exports as a register: --format csv, json, md or xlsx")
        }
        if !register.isDocument, register != .soa, format == .html {
            throw ValidationError("--format html applies to the SoA, the treatment plan and the audit report only; registers export as csv, json, md or xlsx")
        }
    }

    func run() throws {
        try reportingErrors {
            let store = try options.store()
            let loaded = try store.load(cached: true)
            var redaction = Redaction()
            let workspace = redact ? redaction.workspace(loaded.workspace) : loaded.workspace
            if let audit, !workspace.audits.contains(where: { $0.id == audit }) {
                throw fail(UnknownAudit(id: audit, known: workspace.audits.map(\.id)).description)
            }
            if register == .audit, auditID == nil {
                let known = workspace.audits.map(\.id)
                throw fail("name the audit to report on: annex export audit ID; \(known.isEmpty ? "the workspace has no audits" : "audits: " + known.joined(separator: ", "))")
            }
            if let framework, workspace.catalog.framework(framework) == nil {
                let known = workspace.catalog.frameworks.map(\.id).joined(separator: ", ")
                throw fail("no framework '\(framework)' in this workspace; frameworks: \(known)")
            }
            if format?.isBinary == true, output == nil, isatty(STDOUT_FILENO) == 1 {
                throw fail("xlsx is a binary file: write it with --output FILE, or redirect standard output to a file")
            }

            let data: Data
            if format == .xlsx {
                data = try table(workspace).xlsx(sheetName: otherFramework(in: workspace) == nil ? register.sheetName : "Status")
            } else {
                // Text is made safe to print as Output does, so a file gets what a terminal would show.
                data = Data(Sanitize.keepingLayout(try document(workspace, unreadable: loaded.unreadable)).utf8)
            }
            if let output {
                try OutputFile.write(data, to: output)
            } else {
                FileHandle.standardOutput.write(data)
            }
            // The export is written (it says what it left out), but a script must not take it for whole.
            if !loaded.unreadable.isEmpty {
                let files = loaded.unreadable.sorted().joined(separator: ", ")
                throw fail("the export is incomplete: left out unreadable files (run 'annex check'): \(files)")
            }
        }
    }

    /// The framework of `--framework` when it is not ISO/IEC 27001 (whose register is the SoA).
    private func otherFramework(in workspace: Workspace) -> Framework? {
        framework.flatMap { $0 == ISO27001.frameworkID ? nil : workspace.catalog.framework($0) }
    }

    private func table(_ workspace: Workspace) -> ExportTable {
        switch register {
        case .soa: otherFramework(in: workspace).map { Exports.status(workspace, framework: $0) } ?? Exports.soa(workspace)
        case .risks: Exports.risks(workspace)
        case .findings: Exports.findings(workspace, audit: audit)
        case .actions: Exports.actions(workspace, audit: audit)
        case .treatmentPlan, .audit: ExportTable(columns: []) // refused in validate()
        }
    }

    private func document(_ workspace: Workspace, unreadable: Set<String>) throws -> String {
        let tableFormat: ExportFormat = switch format ?? .csv {
        case .csv: .csv
        case .json: .json
        case .md, .html, .xlsx, .oscal: .md // html and oscal are refused for registers in validate(), xlsx is not text
        }
        switch register {
        case .soa where (format == .md || format == .html) && otherFramework(in: workspace) == nil:
            let soa = SoADocument(workspace: workspace, today: Clock.today(), omittedFiles: Array(unreadable))
            return format == .html ? soa.html() : soa.markdown()
        case .soa, .findings, .actions: return tableFormat.render(table(workspace))
        case .risks:
            let table = tableFormat.render(table(workspace))
            return tableFormat == .md ? Exports.riskHeatMapsMarkdown(workspace) + table : table
        case .treatmentPlan:
            let report = TreatmentPlanReport(workspace: workspace, today: Clock.today(), omittedFiles: Array(unreadable))
            return format == .html ? report.html() : report.markdown()
        case .audit:
            do {
                if format == .oscal { return try AuditAssessmentResults(workspace: workspace, audit: auditID ?? "", generated: Date()).json() }
                let report = try AuditReport(workspace: workspace, audit: auditID ?? "", today: Clock.today(), omittedFiles: Array(unreadable))
                return format == .html ? report.html() : report.markdown()
            } catch let unknown as UnknownAudit {
                throw fail(unknown.description)
            }
        }
    }
}

