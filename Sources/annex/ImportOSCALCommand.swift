import AnnexDomain
import AnnexStore
import ArgumentParser
import Foundation

struct ImportOSCAL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oscal",
        abstract: "Add a framework from an OSCAL catalog in JSON (a full catalog or a resolved profile catalog).",
        discussion: """
        The file is kept as given in catalogs/<id>.json; the id is --id, else made from the catalog's \
        title. A problem in the file is named by its JSON path ($.catalog.groups[3].controls[7]: id is \
        missing) and nothing is added. Importing a catalog with an id the workspace has replaces it and \
        lists the controls added, removed and withdrawn; when it would remove or withdraw controls that \
        the framework's status file, a mapping or an audit cites, it names those files and imports \
        nothing, unless --force.
        """
    )

    @Argument(help: "The OSCAL catalog (.json).")
    var file: String

    @Option(help: "The framework id (default: from the catalog's title).")
    var id: String?

    @Option(help: "The framework's title (default: the catalog's metadata title).")
    var title: String?

    @Flag(help: "Replace the catalog even when it removes or withdraws controls the workspace cites.")
    var force = false

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        try reportingErrors {
            let store = try workspace.store()
            guard let data = FileManager.default.contents(atPath: file) else {
                throw fail("\(file): cannot be read (does it exist, and may you read it?)")
            }
            let result: CatalogImport
            do {
                result = try store.importCatalog(data, id: id, title: title, force: force)
            } catch let error as OSCALError {
                throw fail("\(file): \(error.description): nothing was imported")
            } catch let refusal as CatalogReplacementRefused {
                throw fail(refusal.description)
            }
            for line in CatalogImportSummary.lines(result) { Output.print(line) }
        }
    }
}

enum CatalogImportSummary {
    static func lines(_ result: CatalogImport) -> [String] {
        let framework = result.framework
        let withdrawn = framework.controls.filter(\.isWithdrawn).count
        let enhancements = framework.controls.filter { $0.parent != nil }.count
        let shape = "\(framework.controls.count) controls (\(enhancements) enhancements, \(withdrawn) withdrawn) in \(framework.allGroups.count) groups"
        guard let changes = result.changes else {
            return ["added \(framework.id) (\(framework.title)): \(shape), as \(result.path)"]
        }
        var lines = ["replaced \(framework.id) (\(framework.title)): \(shape), in \(result.path)"]
        if changes.isEmpty { lines.append("  no control was added, removed, withdrawn or retitled") }
        lines += listed("added", changes.added) + listed("removed", changes.removed)
            + listed("withdrawn", changes.withdrawn) + listed("retitled", changes.retitled)
        return lines
    }

    private static func listed(_ what: String, _ ids: [String]) -> [String] {
        guard !ids.isEmpty else { return [] }
        let shown = ids.prefix(20).joined(separator: ", ") + (ids.count > 20 ? ", … (\(ids.count - 20) more)" : "")
        return ["  \(ids.count) \(what): \(shown)"]
    }
}
