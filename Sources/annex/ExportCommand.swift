import AnnexDomain
import Foundation
import AnnexStore
import ArgumentParser

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a register as CSV, JSON or Markdown, or the risk treatment plan or an audit report as Markdown or HTML, to standard output.",
        discussion: """
        Findings are those in force: withdrawn findings are left out, edited ones appear in their latest version.
        'risks --format md' puts the inherent and residual heat maps above the register.
        'treatment-plan' is the risk treatment plan of ISO/IEC 27001 clause 6.1.3 e), as a document: the matrix, the heat maps, \
        a summary, then every open risk, highest residual level first, with its controls, plan, dates and acceptance. \
        It is Markdown by default; '--format html' gives one self-contained page that prints well.
        'audit ID' is the report of one audit: its plan, a summary of findings by classification, checklist coverage \
        and time spent, every finding in force by checklist item, the nonconformities numbered NC-1, NC-2 … with their \
        corrective actions, the items not audited, the follow-up of a previous audit, and the conclusion. \
        Markdown by default, or '--format html'. \
        "Today" for overdue dates is ANNEX_TODAY when set.
        """
    )

    enum Register: String, ExpressibleByArgument, CaseIterable {
        case soa, risks, findings, actions
        case treatmentPlan = "treatment-plan"
        case audit

        /// Exported as a document (md or html) rather than as a table.
        var isDocument: Bool { self == .treatmentPlan || self == .audit }
    }

    /// What `--format` accepts: the register formats, and HTML for the documents.
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, md, html }

    @Argument(help: "What to export: soa, risks, findings, actions, treatment-plan, or audit followed by the audit's id.")
    var register: Register

    @Argument(help: "The audit to report on, after 'audit'.")
    var auditID: String?

    @Option(help: "csv, json or md for a register (default csv); md or html for the treatment plan or an audit report (default md).")
    var format: Format?

    @Option(help: "Only the findings or actions of this audit.")
    var audit: String?

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
        if register == .audit, let format, format != .md, format != .html {
            let id = auditID ?? "ID"
            throw ValidationError("the audit report is a document: use --format md or html (the findings as data are 'annex export findings --audit \(id) --format \(format.rawValue)')")
        }
        if !register.isDocument, format == .html {
            throw ValidationError("--format html applies to the treatment plan and the audit report only; registers export as csv, json or md")
        }
    }

    func run() throws {
        try reportingErrors {
            let store = try options.store()
            let loaded = try store.load(cached: true)
            let workspace = loaded.workspace
            if let audit, !workspace.audits.contains(where: { $0.id == audit }) {
                throw fail(UnknownAudit(id: audit, known: workspace.audits.map(\.id)).description)
            }
            if register == .audit, auditID == nil {
                let known = workspace.audits.map(\.id)
                throw fail("name the audit to report on: annex export audit ID; \(known.isEmpty ? "the workspace has no audits" : "audits: " + known.joined(separator: ", "))")
            }
            if !loaded.unreadable.isEmpty {
                let files = loaded.unreadable.sorted().joined(separator: ", ")
                Output.error("annex: warning: left out unreadable files (run 'annex check'): \(files)")
            }
            Output.print(try document(workspace, unreadable: loaded.unreadable), terminator: "")
        }
    }

    private func document(_ workspace: Workspace, unreadable: Set<String>) throws -> String {
        let tableFormat: ExportFormat = switch format ?? .csv {
        case .csv: .csv
        case .json: .json
        case .md, .html: .md // html is refused for registers in validate()
        }
        switch register {
        case .soa: return tableFormat.render(Exports.soa(workspace))
        case .findings: return tableFormat.render(Exports.findings(workspace, audit: audit))
        case .actions: return tableFormat.render(Exports.actions(workspace, audit: audit))
        case .risks:
            let table = tableFormat.render(Exports.risks(workspace))
            return tableFormat == .md ? Exports.riskHeatMapsMarkdown(workspace) + table : table
        case .treatmentPlan:
            let report = TreatmentPlanReport(workspace: workspace, today: Clock.today(), omittedFiles: Array(unreadable))
            return format == .html ? report.html() : report.markdown()
        case .audit:
            do {
                let report = try AuditReport(workspace: workspace, audit: auditID ?? "", today: Clock.today(), omittedFiles: Array(unreadable))
                return format == .html ? report.html() : report.markdown()
            } catch let unknown as UnknownAudit {
                throw fail(unknown.description)
            }
        }
    }
}

