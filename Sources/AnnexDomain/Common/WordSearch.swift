/// Filter-as-you-type over text lowercased once: a query's words each occur somewhere in a
/// haystack, compared as UTF-8 bytes. Bytes, not Characters: over thousands of records per
/// keystroke the grapheme-aware String search is what the user would wait for.
public enum WordSearch {
    /// The searchable text of a record: its parts, lowercased, as UTF-8.
    public static func haystack(_ parts: [String]) -> [UInt8] {
        Array(parts.joined(separator: " ").lowercased().utf8)
    }

    /// The words of what was typed, lowercased.
    public static func words(_ query: String) -> [[UInt8]] {
        query.lowercased().split(separator: " ").map { Array($0.utf8) }
    }

    /// Every word occurs in the haystack.
    public static func containsAll(_ words: [[UInt8]], in haystack: [UInt8]) -> Bool {
        words.allSatisfy { word in
            guard !word.isEmpty, word.count <= haystack.count else { return word.isEmpty }
            let first = word[0]
            var start = 0
            let last = haystack.count - word.count
            while start <= last {
                if haystack[start] == first, haystack[start..<(start + word.count)].elementsEqual(word) { return true }
                start += 1
            }
            return false
        }
    }
}
