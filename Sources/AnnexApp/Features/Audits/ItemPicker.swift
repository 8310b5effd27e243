import AnnexDomain

/// Picking a catalog item to add to a checklist, filtering as you type.
public struct ItemPicker: Sendable, Equatable {
    public var audit: String
    public var editor = LineEditor()
    public var selected = 0

    public init(audit: String) { self.audit = audit }

    /// Catalog items not on the checklist yet that match what was typed.
    public func matches(excluding checklist: [String], in framework: Framework) -> [CatalogItem] {
        let taken = Set(checklist)
        return (framework.clauses + framework.controls).filter {
            !taken.contains($0.id) && !$0.isWithdrawn && FuzzyMatch.containsAllWords(editor.text, in: "\($0.number) \($0.id) \($0.title)")
        }
    }

    /// The matches among the items of the audit's framework (what the reducer picks from and
    /// the view lists, so the two agree).
    public func matches(in state: AppState) -> (framework: Framework, items: [CatalogItem]) {
        let audit = state.workspace.audits.first { $0.id == self.audit }
        let catalog = state.workspace.catalog
        let framework = audit.flatMap { catalog.framework($0.framework) } ?? catalog.iso27001
        return (framework, matches(excluding: audit?.checklist ?? [], in: framework))
    }
}
