import AnnexDomain

/// The workspace files that cite some controls of a framework: its status file, the mapping
/// files that name it, and the audits drawn from it (checklists and findings). What a
/// re-import that removes or withdraws those controls would leave pointing at nothing.
public struct CatalogCitation: Sendable, Equatable {
    public var path: String
    public var controls: [String]
}

enum CatalogCitations {
    static func of(_ controls: Set<String>, in framework: String, workspace: Workspace) -> [CatalogCitation] {
        guard !controls.isEmpty else { return [] }
        var citations: [CatalogCitation] = []
        func cite(_ path: String?, _ ids: [String]) {
            var seen: Set<String> = []
            let cited = ids.filter { controls.contains($0) && seen.insert($0).inserted }
            if let path, !cited.isEmpty { citations.append(CatalogCitation(path: path, controls: cited)) }
        }
        cite(try? WorkspaceLayout.status(framework: framework), workspace.statement(of: framework).entries.map(\.control))
        for mapping in workspace.mappings where mapping.from == framework || mapping.to == framework {
            let ids = mapping.entries.flatMap { [mapping.from == framework ? $0.from : nil, mapping.to == framework ? $0.to : nil].compactMap { $0 } }
            cite(try? MappingFiles.path(from: mapping.from, to: mapping.to), ids)
        }
        for audit in workspace.audits where audit.framework == framework {
            let findings = workspace.log(of: audit.id).activeFindings.map(\.item)
            cite("audits/\(audit.id)", audit.checklist + findings)
        }
        return citations
    }
}

/// A re-import refused: it would remove or withdraw controls these files cite.
public struct CatalogReplacementRefused: Error, CustomStringConvertible, Sendable {
    public var framework: String
    public var citations: [CatalogCitation]

    public var description: String {
        let listed = citations.map { citation in
            let ids = citation.controls.prefix(5).joined(separator: ", ") + (citation.controls.count > 5 ? " (and \(citation.controls.count - 5) more)" : "")
            return "\(citation.path) cites \(ids)"
        }
        return "the new \(framework) removes or withdraws controls the workspace cites: " + listed.joined(separator: "; ")
            + ". Nothing was imported: fix those files first, or import again with --force to replace it anyway"
    }
}
