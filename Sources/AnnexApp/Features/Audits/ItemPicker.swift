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
            !taken.contains($0.id) && FuzzyMatch.containsAllWords(editor.text, in: "\($0.id) \($0.title)")
        }
    }
}
