import TerminalCore

/// The themes on offer: the built-in ones, then any the user supplies (same name replaces).
/// A theme that fails to parse becomes a warning and is left out; the default always exists.
public struct ThemeCatalog: Sendable {
    public private(set) var themes: [Theme] = []
    public private(set) var warnings: [String] = []

    /// `extra` are (source path, text) pairs read from disk by the caller.
    public init(extra: [(source: String, text: String)] = []) {
        for (file, text) in BuiltInThemes.sources {
            // Built-ins are checked by the tests; a failure here would be a build defect.
            if let theme = try? ThemeParser.parse(text, source: "themes/" + file) { add(theme) }
        }
        for (source, text) in extra {
            do {
                add(try ThemeParser.parse(text, source: source))
            } catch let error as ThemeError {
                warnings.append("\(error.description); using the built-in themes")
            } catch {
                warnings.append("\(source): unreadable theme")
            }
        }
    }

    private mutating func add(_ theme: Theme) {
        if let index = themes.firstIndex(where: { $0.name == theme.name }) {
            themes[index] = theme
        } else {
            themes.append(theme)
        }
    }

    public var names: [String] { themes.map(\.name) }

    public func theme(named name: String) -> Theme? { themes.first { $0.name == name } }

    /// Index of the theme to start with: the requested one if it exists (else a warning), the
    /// monochrome one where colour is off, otherwise the default.
    public func startIndex(requested: String?, colour: Bool) -> (index: Int, warning: String?) {
        var warning: String?
        if let requested, !requested.isEmpty, !names.contains(requested) {
            warning = "No theme named '\(requested)' (have: \(names.joined(separator: ", "))); using \(colour ? "default" : "monochrome")"
        }
        if !colour, let mono = names.firstIndex(of: "monochrome") { return (mono, warning) }
        let fallback = names.firstIndex(of: "default") ?? 0
        guard let requested, let index = names.firstIndex(of: requested) else { return (fallback, warning) }
        return (index, nil)
    }
}
