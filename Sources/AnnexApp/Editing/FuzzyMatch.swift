/// Subsequence matching for the command palette and filters: every query character must appear
/// in order; consecutive runs and word starts score higher, so "cs" ranks "Cycle status" above
/// "Clear selection filters".
public enum FuzzyMatch {
    /// A score (higher is better) or nil when the query does not match. Case-insensitive.
    public static func score(_ query: String, in candidate: String) -> Int? {
        let needle = Array(query.lowercased().filter { $0 != " " })
        guard !needle.isEmpty else { return 0 }
        let haystack = Array(candidate.lowercased())
        var score = 0
        var position = 0
        var previous = -2
        for character in needle {
            guard let found = haystack[position...].firstIndex(of: character) else { return nil }
            score += 1
            if found == previous + 1 { score += 5 }
            if found == 0 || !(haystack[found - 1].isLetter || haystack[found - 1].isNumber) { score += 8 }
            previous = found
            position = found + 1
        }
        // A candidate that starts with the query is what was meant ("filt": Filter by text).
        if haystack.starts(with: needle) { score += 50 }
        // Prefer shorter candidates among equals.
        return score * 100 - haystack.count
    }

    /// Plain case-insensitive containment of every word of the query, for filter-as-you-type.
    public static func containsAllWords(_ query: String, in candidate: String) -> Bool {
        let words = query.lowercased().split(separator: " ")
        let text = candidate.lowercased()
        return words.allSatisfy { text.contains($0) }
    }
}
