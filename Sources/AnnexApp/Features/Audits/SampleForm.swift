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
    public var error: Notice?
    /// Set when redrawing a finding's recorded sample to check it: the draw is compared, not kept.
    public var checking: (finding: String, sample: AuditSample)?

    public init(item: String, seed: UInt64, size: Int = 5) {
        self.item = item
        population = TextArea(limit: SampleForm.pasteLimit)
        self.size = LineEditor(String(size))
        self.seed = LineEditor(String(seed))
    }

    /// The form to draw a finding's sample again from the same population, size and seed. A
    /// population that was a workspace file is filled in; a pasted one must be pasted again.
    public static func redraw(_ sample: AuditSample, of finding: Finding) -> SampleForm {
        var form = SampleForm(item: finding.item, seed: sample.seed ?? 0, size: sample.size)
        if !sample.population.hasPrefix("pasted list"), !sample.population.contains(" "), !sample.population.isEmpty {
            form.population = TextArea("@" + sample.population, limit: pasteLimit)
        }
        form.checking = (finding.id, sample)
        return form
    }

    public static func == (lhs: SampleForm, rhs: SampleForm) -> Bool {
        lhs.item == rhs.item && lhs.population == rhs.population && lhs.size == rhs.size && lhs.seed == rhs.seed
            && lhs.field == rhs.field && lhs.error == rhs.error
            && lhs.checking?.finding == rhs.checking?.finding && lhs.checking?.sample == rhs.checking?.sample
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
