import Foundation

/// One line per connect, authenticate, refuse and disconnect, on standard error through the
/// sink the command line gives (which escapes what a client chose, such as its user name).
public struct ServeLog: Sendable {
    private let sink: @Sendable (String) -> Void

    public init(_ sink: @escaping @Sendable (String) -> Void) {
        self.sink = sink
    }

    func write(_ event: String, _ fields: [(String, String)]) {
        let time = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withInternetDateTime])
        let text = fields.map { "\($0.0)=\(Self.quoted($0.1))" }.joined(separator: " ")
        sink("\(time) \(event) \(text)")
    }

    public func note(_ message: String) {
        let time = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withInternetDateTime])
        sink("\(time) \(message)")
    }

    /// A value with a blank, a quote or nothing in it is quoted, so a line splits back into its fields.
    static func quoted(_ value: String) -> String {
        if !value.isEmpty && !value.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) { return value }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func duration(since start: Date) -> String {
        String(format: "%.1fs", Date().timeIntervalSince(start))
    }
}
