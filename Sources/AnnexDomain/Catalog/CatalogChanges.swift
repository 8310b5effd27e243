/// What a newer version of a framework changes, as said before it replaces the old one.
public struct CatalogChanges: Sendable, Equatable {
    public var added: [String] = []
    public var removed: [String] = []
    /// In both, withdrawn only in the newer one.
    public var withdrawn: [String] = []
    public var retitled: [String] = []

    public init(from old: Framework, to new: Framework) {
        for item in new.items {
            guard let before = old.item(item.id) else { added.append(item.id); continue }
            if item.isWithdrawn, !before.isWithdrawn { withdrawn.append(item.id) }
            if item.title != before.title { retitled.append(item.id) }
        }
        removed = old.items.filter { !new.contains($0.id) }.map(\.id)
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && withdrawn.isEmpty && retitled.isEmpty }
}
