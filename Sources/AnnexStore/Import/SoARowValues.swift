import AnnexDomain

extension SoAImport {
    /// The values one row gives, each nil where its column is absent (or, for applicable and
    /// status, empty): those fields keep what the workspace has.
    struct RowValues {
        var applicable: Bool?
        var reasons: [InclusionReason]?
        var justification: String?
        var status: ImplementationStatus?
        var owner: String?
        var evidence: [String]?
        var notes: String?
        var reviewed: Day??

        func apply(to entry: SoAEntry) -> SoAEntry {
            var entry = entry
            if let applicable { entry.applicable = applicable }
            if let reasons { entry.reasons = Array(Set(reasons)).sorted() }
            if let justification { entry.justification = justification }
            if let status { entry.status = status }
            if let owner { entry.owner = owner }
            if let evidence { entry.evidence = evidence }
            if let notes { entry.notes = notes }
            if let reviewed { entry.reviewed = reviewed }
            return entry
        }

        /// Several 2013 controls into one 2022 control.
        static func merged(_ all: [RowValues]) -> RowValues {
            func joined(_ texts: [String?]) -> String? {
                let present = texts.compactMap { $0 }
                guard !present.isEmpty else { return nil }
                var seen: [String] = []
                for text in present where !text.isEmpty && !seen.contains(text) { seen.append(text) }
                return seen.joined(separator: "\n")
            }
            var merged = RowValues()
            let flags = all.compactMap(\.applicable)
            merged.applicable = flags.isEmpty ? nil : flags.contains(true)
            let reasons = all.compactMap(\.reasons)
            merged.reasons = reasons.isEmpty ? nil : Array(Set(reasons.flatMap { $0 })).sorted()
            merged.justification = joined(all.map(\.justification))
            merged.status = all.compactMap(\.status).min()
            merged.owner = all.compactMap(\.owner).first { !$0.isEmpty } ?? all.compactMap(\.owner).first
            let lists = all.compactMap(\.evidence)
            merged.evidence = lists.isEmpty ? nil : lists.flatMap { $0 }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            merged.notes = joined(all.map(\.notes))
            let days = all.compactMap(\.reviewed)
            merged.reviewed = days.isEmpty ? nil : .some(days.compactMap { $0 }.max())
            return merged
        }
    }
}
