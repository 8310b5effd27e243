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
        // The same two frameworks in both files: `catalog map` reads each direction from its own.
        for mapping in mappings where mapping.from < mapping.to && mappings.contains(where: { $0.from == mapping.to && $0.to == mapping.from }) {
            let other = (try? path(from: mapping.to, to: mapping.from)) ?? ""
            issues.append(FileIssue(.warning, path: (try? path(from: mapping.from, to: mapping.to)) ?? "", line: 1,
                                    "\(other) maps the same two frameworks the other way: keep one file, each direction reads its own"))
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
        var seen: [String: Int] = [:]
        // A label or a short form typed by hand (`AC-6`, `5.15`) is named with the id it means.
        func hint(_ typed: String, in framework: String) -> String {
            catalog.framework(framework)?.resolve(typed).map { " (did you mean \($0.id)?)" } ?? ""
        }
        for entry in try reader.maps("mappings") {
            issues += entry.unknownKeys(known: ["from", "to", "relation", "note"])
            let source = try entry.requiredString("from")
            let target = try entry.requiredString("to")
            let relation: MappingRelation = try entry.choice("relation")
            let note = try entry.optionalString("note")
            var fine = true
            if !knownFrom(source) { issues.append(FileIssue(.error, path: path, line: entry.lineOf("from"), "'\(source)' is not a control of \(from)\(hint(source, in: from))")); fine = false }
            if !knownTo(target) { issues.append(FileIssue(.error, path: path, line: entry.lineOf("to"), "'\(target)' is not a control of \(to)\(hint(target, in: to))")); fine = false }
            if let first = seen[source + "\u{0}" + target] {
                issues.append(FileIssue(.warning, path: path, line: entry.line, "\(source) to \(target) is mapped twice (first at line \(first)): coverage reads both"))
            } else {
                seen[source + "\u{0}" + target] = entry.line
            }
            if fine { entries.append(MappingEntry(from: source, to: target, relation: relation, note: note, line: entry.line)) }
        }
        return (FrameworkMapping(from: from, to: to, entries: entries), issues)
    }
}
