/// What is wrong with (or worth saying about) one place of an imported file: printed as
/// `FILE:ROW: column: reason`, like a compiler's message.
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var row: Int?
    public var column: String?
    public var message: String

    public init(file: String, row: Int?, column: String?, _ message: String) {
        self.file = file
        self.row = row
        self.column = column
        self.message = message
    }

    public var description: String {
        let place = row.map { "\(file):\($0)" } ?? file
        return column.map { "\(place): \($0): \(message)" } ?? "\(place): \(message)"
    }
}
