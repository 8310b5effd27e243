import Foundation

/// Reading what `capture-pane` returns.
enum Screen {
    /// One string per row (capture-pane ends every row, the last one too, with a newline).
    static func rows(_ screen: String) -> [String] {
        var rows = screen.components(separatedBy: "\n")
        if rows.last == "" { rows.removeLast() }
        return rows
    }

    /// The bottom row with anything on it: the status line while annex runs.
    static func statusLine(_ screen: String) -> String {
        rows(screen).last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    }

    /// The parameters of every SGR sequence (`ESC [ … m`) in a `capture-pane -e` text; an empty
    /// parameter list means 0 (reset).
    static func sgrParameters(_ screen: String) -> [[Int]] {
        var result: [[Int]] = []
        let scalars = Array(screen.unicodeScalars)
        var index = 0
        while index + 1 < scalars.count {
            guard scalars[index] == "\u{1B}", scalars[index + 1] == "[" else { index += 1; continue }
            var end = index + 2
            while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
            if end < scalars.count, scalars[end] == "m" {
                let body = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
                result.append(body.isEmpty ? [0] : body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? -1 })
            }
            index = end + 1
        }
        return result
    }

    /// SGR parameters that set a colour: 30–38, 40–48 (38/48 also with their 5;n or 2;r;g;b),
    /// 90–97, 100–107. 39 and 49 only return to the terminal's default colours.
    static func isColour(_ parameter: Int) -> Bool {
        (30...38).contains(parameter) || (40...48).contains(parameter) || (90...97).contains(parameter) || (100...107).contains(parameter)
    }

    /// The text with SGR sequences removed.
    static func withoutEscapes(_ screen: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(screen.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
                var end = index + 2
                while end < scalars.count, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
                index = end + 1
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }
}

/// Reading `soa.yaml` as text: the tests check the bytes annex wrote, not a parse of them.
enum SoAFile {
    /// The lines of one control's entry, from `- control: ID` up to the next entry.
    static func entry(_ control: String, in text: String) -> [String] {
        var lines: [String] = []
        var inside = false
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("- control: ") {
                inside = line == "- control: \(control)"
            } else if !line.hasPrefix(" ") {
                inside = false
            }
            if inside { lines.append(line) }
        }
        return lines
    }

    static func status(of control: String, in text: String) -> String? {
        entry(control, in: text)
            .first { $0.hasPrefix("  status: ") }
            .map { String($0.dropFirst("  status: ".count)) }
    }
}
