import AnnexDomain
import Foundation
import AnnexStore
import ArgumentParser

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a register as CSV, JSON or Markdown to standard output.",
        discussion: "Findings are those in force: withdrawn findings are left out, edited ones appear in their latest version."
    )

    enum Register: String, ExpressibleByArgument, CaseIterable { case soa, risks, findings, actions }

    @Argument(help: "What to export: soa, risks, findings or actions.")
    var register: Register

    @Option(help: "csv, json or md.")
    var format: ExportFormat = .csv

    @Option(help: "Only the findings or actions of this audit.")
    var audit: String?

    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        if audit != nil, register != .findings, register != .actions {
            throw ValidationError("--audit applies to findings and actions only")
        }
    }

    func run() throws {
        try reportingErrors {
            let store = try options.store()
            let loaded = try store.load()
            let workspace = loaded.workspace
            if let audit, !workspace.audits.contains(where: { $0.id == audit }) {
                throw fail("unknown audit '\(audit)'; audits: \(workspace.audits.map(\.id).joined(separator: ", "))")
            }
            if !loaded.unreadable.isEmpty {
                let files = loaded.unreadable.sorted().joined(separator: ", ")
                FileHandle.standardError.write(Data("annex: warning: left out unreadable files (run 'annex check'): \(files)\n".utf8))
            }
            let table = switch register {
            case .soa: Exports.soa(workspace)
            case .risks: Exports.risks(workspace)
            case .findings: Exports.findings(workspace, audit: audit)
            case .actions: Exports.actions(workspace, audit: audit)
            }
            print(format.render(table), terminator: "")
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
