import AnnexDomain
import AnnexStore
import ArgumentParser
import Foundation

struct SoACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "soa",
        abstract: "The Statement of Applicability as a document: name a version, approve it.",
        discussion: """
        The version and its approval live in annex.yaml (soa_document) and appear at the top of \
        'annex export soa --format md|html'.
        """,
        subcommands: [SoADraft.self, SoAApprove.self]
    )
}

struct SoADraft: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Start a new version of the SoA: a draft dated today, any earlier approval cleared."
    )

    @Option(help: "The new version, such as 1.4.")
    var version: String

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingErrors {
            let trimmed = version.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw fail("--version needs a version, such as 1.4") }
            try SoADocumentChange.save(options) { document, today in
                document = SoADocumentInfo(version: trimmed, date: today, approval: nil)
                return "SoA version \(trimmed) of \(today) is a draft"
            }
        }
    }
}

struct SoAApprove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Approve the SoA's current version, recording who, in what role and when.",
        discussion: "Approving is deliberate: the approver is a person of annex.yaml, the day is today (ANNEX_TODAY when set)."
    )

    @Option(help: "The approver's person id in annex.yaml.")
    var by: String

    @Option(help: "The role they approve in, such as \"Chief Executive Officer\".")
    var role: String

    @Option(help: "Name the version approved (default: the current one).")
    var version: String?

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try reportingErrors {
            let role = role.trimmingCharacters(in: .whitespaces)
            guard !role.isEmpty else { throw fail("--role needs the role the approval is given in") }
            try SoADocumentChange.save(options) { document, today in
                if let version { document.version = version.trimmingCharacters(in: .whitespaces) }
                guard !document.version.isEmpty else {
                    throw fail("the SoA has no version yet: give one with --version, such as --version 1.0")
                }
                if document.date == nil { document.date = today }
                document.approval = SoAApproval(by: by, role: role, on: today)
                return "SoA version \(document.version) approved by \(by) (\(role)) on \(today)"
            }
        }
    }
}

/// Loads `annex.yaml`, changes its SoA document block, and saves it merged with the file.
enum SoADocumentChange {
    static func save(_ options: WorkspaceOptions, _ change: (inout SoADocumentInfo, Day) throws -> String) throws {
        let store = try options.store()
        let loaded = try store.load()
        if loaded.unreadable.contains("annex.yaml") { throw fail("annex.yaml cannot be read: fix it first (annex check)") }
        var config = loaded.workspace.config
        let said = try change(&config.soaDocument, Clock.today())
        if let approver = config.soaDocument.approval?.by, config.person(approver) == nil {
            let known = config.people.map(\.id)
            throw fail("'\(approver)' is not a person in annex.yaml\(known.isEmpty ? "" : "; people: " + known.joined(separator: ", "))")
        }
        switch try store.saveConfig(config, base: loaded.workspace.config) {
        case .written: Output.print(said)
        case .conflict: throw fail("annex.yaml changed on disk meanwhile: run the command again")
        }
    }
}
