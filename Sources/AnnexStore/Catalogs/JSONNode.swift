import Foundation

/// A value of a parsed JSON document with the path that leads to it (`$.catalog.groups[3]`),
/// so every problem can say where it is.
struct JSONNode {
    let value: Any
    let path: String

    func fail(_ message: String) -> OSCALError { OSCALError(path: path, message) }

    func child(_ key: String) -> JSONNode? {
        guard let object = value as? [String: Any], let found = object[key], !(found is NSNull) else { return nil }
        return JSONNode(value: found, path: path + "." + key)
    }

    func object() throws -> [String: Any] {
        guard let object = value as? [String: Any] else { throw fail("expected an object, found \(Self.kind(of: value))") }
        return object
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
