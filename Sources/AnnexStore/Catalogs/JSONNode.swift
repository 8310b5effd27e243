import Foundation

/// A value of a parsed JSON document with the path that leads to it (`$.catalog.groups[3]`),
/// so every problem can say where it is.
struct JSONNode {
    let value: Any
    let path: String
    /// The value as an object, cast once: JSONSerialization hands out Foundation objects and
    /// each cast to a Swift dictionary copies its members.
    private let members: [String: Any]?

    init(value: Any, path: String) {
        self.value = value
        self.path = path
        members = value as? [String: Any]
    }

    func fail(_ message: String) -> OSCALError { OSCALError(path: path, message) }

    func child(_ key: String) -> JSONNode? {
        guard let found = members?[key], !Self.isNull(found) else { return nil }
        return JSONNode(value: found, path: path + "." + key)
    }

    /// By exact type: asking `is NSNull` (or `is [String: Any]`) of a container bridges it and
    /// everything in it, which on every member made reading a large catalog quadratic.
    static func isNull(_ value: Any) -> Bool {
        type(of: value) == NSNull.self
    }

    func object() throws -> [String: Any] {
        guard let members else { throw fail("expected an object, found \(Self.kind(of: value))") }
        return members
    }

    func requiredString(_ key: String) throws -> String {
        guard let node = child(key) else { throw fail("\(key) is missing") }
        return try node.string()
    }

    func optionalString(_ key: String) throws -> String? {
        try child(key)?.string()
    }

    func string() throws -> String {
        guard let text = value as? String else { throw fail("expected a string, found \(Self.kind(of: value))") }
        return text
    }

    /// The elements of an optional array member; absent is empty.
    func array(_ key: String) throws -> [JSONNode] {
        guard let node = child(key) else { return [] }
        guard let elements = node.value as? [Any] else { throw node.fail("expected an array, found \(Self.kind(of: node.value))") }
        return elements.enumerated().map { JSONNode(value: $0.element, path: "\(node.path)[\($0.offset)]") }
    }

    static func kind(of value: Any) -> String {
        switch value {
        case is String: "a string"
        case is [Any]: "an array"
        case is [String: Any]: "an object"
        case is NSNull: "null"
        case let number as NSNumber: String(cString: number.objCType) == "c" ? "a boolean" : "a number"
        default: "a value"
        }
    }
}

/// What is wrong with an OSCAL document, and where: `$.catalog.groups[3].controls[7]: id is missing`.
public struct OSCALError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
