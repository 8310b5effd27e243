import AnnexDomain
import Foundation

/// `mappings/<from>--<to>.yaml`: how the controls of two frameworks relate, written by hand.
///
///     # ISO/IEC 27001:2022 to our customer's control set
///     mappings:
///       - from: A.5.15
///         to: ac-2
///         relation: superset      # equivalent, subset, superset or intersects
///         note: our access policy covers their account rules
///
/// Problems are `path:line`; an entry naming a control neither framework has is an error and
/// is left out, and a file that cannot be parsed is left out whole.
public enum MappingFiles {
    public static let folder = "mappings"

    public static func path(from: String, to: String) throws -> String {
        "\(folder)/\(try WorkspaceLayout.checked(from))--\(try WorkspaceLayout.checked(to)).yaml"
    }

    static func load(in store: WorkspaceStore, catalog: Catalog) -> (mappings: [FrameworkMapping], issues: [FileIssue], unreadable: Set<String>) {
        var mappings: [FrameworkMapping] = []
        var issues: [FileIssue] = []
        var unreadable: Set<String> = []
        if let problem = store.folderProblem(folder) { issues.append(problem) }
        for path in store.files(in: folder, suffix: ".yaml") {
            do {
                guard let text = try store.read(path) else { continue }
                let (mapping, problems) = try read(text, path: path, catalog: catalog)
                issues += problems
                mappings.append(mapping)
            } catch let error as StoreError {
                unreadable.insert(path)
                issues.append(error.issue)
            } catch {
                unreadable.insert(path)
                issues.append(FileIssue(.error, path: path, "\(error)"))
            }
        }
        return (mappings, issues, unreadable)
    }

    /// The ids a side of a mapping may use: a framework's controls, or the 2013 Annex A ids.
    static func ids(of framework: String, in catalog: Catalog) -> ((String) -> Bool)? {
        if framework == ISO27001.edition2013ID { return { ISO27001.mapping2013To2022[$0] != nil } }
        guard let found = catalog.framework(framework) else { return nil }
        return { found.item($0)?.kind == .control }
    }

    public static func read(_ text: String, path: String, catalog: Catalog) throws -> (FrameworkMapping, [FileIssue]) {
        let name = (path as NSString).lastPathComponent.dropLast(".yaml".count)
        let sides = name.components(separatedBy: "--")
        guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else {
            throw StoreError(path: path, line: 1, "the file name must be <from>--<to>.yaml, naming two frameworks (annex catalog frameworks lists them)")
        }
        let (from, to) = (sides[0], sides[1])
        for side in [from, to] where ids(of: side, in: catalog) == nil {
            throw StoreError(path: path, line: 1, "no framework '\(side)' in the workspace (annex catalog frameworks lists them)")
        }
        let knownFrom = ids(of: from, in: catalog)!, knownTo = ids(of: to, in: catalog)!
        let reader = try NodeReader.document(text, path: path, what: "a mapping file")
        var issues = reader.unknownKeys(known: ["mappings"])
        var entries: [MappingEntry] = []
        for entry in try reader.maps("mappings") {
            issues += entry.unknownKeys(known: ["from", "to", "relation", "note"])
            let source = try entry.requiredString("from")
            let target = try entry.requiredString("to")
            let relation: MappingRelation = try entry.choice("relation")
            let note = try entry.optionalString("note")
            var fine = true
            if !knownFrom(source) { issues.append(FileIssue(.error, path: path, line: entry.lineOf("from"), "'\(source)' is not a control of \(from)")); fine = false }
            if !knownTo(target) { issues.append(FileIssue(.error, path: path, line: entry.lineOf("to"), "'\(target)' is not a control of \(to)")); fine = false }
            if fine { entries.append(MappingEntry(from: source, to: target, relation: relation, note: note, line: entry.line)) }
        }
        return (FrameworkMapping(from: from, to: to, entries: entries), issues)
    }
}
