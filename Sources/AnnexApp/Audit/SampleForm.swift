import AnnexDomain

/// Drawing a sample for the current checklist item.
public struct SampleForm: Sendable, Equatable {
    public enum Field: String, Sendable, CaseIterable {
        case population, size, seed

        public var label: String {
            switch self {
            case .population: "Population"
            case .size: "Sample size"
            case .seed: "Seed"
            }
        }
    }

    public var item: String
    /// Pasted entries (one per line), or `@path` of a list file in the workspace.
    public var population: TextArea
    public var size: LineEditor
    public var seed: LineEditor
    public var field = Field.population
    public var error: String?

    public init(item: String, seed: UInt64, size: Int = 5) {
        self.item = item
        population = TextArea(limit: SampleForm.pasteLimit)
        self.size = LineEditor(String(size))
        self.seed = LineEditor(String(seed))
    }

    /// Longest pasted population: a longer list belongs in a file (`@path`).
    public static let pasteLimit = 200_000

    /// `@lists/leavers.txt` names a file in the workspace instead of pasted entries.
    public var populationFile: String? {
        let text = population.text.trimmingWhitespace
        guard text.hasPrefix("@"), !text.contains("\n") else { return nil }
        let path = String(text.dropFirst()).trimmingWhitespace
        return path.isEmpty ? nil : path
    }
}
