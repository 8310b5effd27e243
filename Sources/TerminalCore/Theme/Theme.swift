/// Named styles for semantic roles (`selection`, `status.implemented`, `risk.critical`). Screens
/// ask for roles, never colours, so a theme file restyles everything.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var description: String
    public var roles: [String: Style]

    public init(name: String, description: String = "", roles: [String: Style]) {
        self.name = name
        self.description = description
        self.roles = roles
    }

    /// The role's style; an unknown `a.b.c` falls back to `a.b`, then `a`, then plain text.
    public func style(_ role: String) -> Style {
        var key = Substring(role)
        while true {
            if let style = roles[String(key)] { return style }
            guard let dot = key.lastIndex(of: ".") else { break }
            key = key[..<dot]
        }
        return roles["text"] ?? .plain
    }

    /// The same theme with every style reduced to what the terminal can show.
    public func degraded(to depth: ColorDepth) -> Theme {
        Theme(name: name, description: description, roles: roles.mapValues { $0.degraded(to: depth) })
    }
}

public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var message: String

    public var description: String { "\(source):\(line): \(message)" }
}
