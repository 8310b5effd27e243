import AnnexDomain

/// A control id as spreadsheets write it: `5.1`, `A.5.1`, `A 5.1`, `Annex A 5.1`, `A5.1`,
/// or a 2013 id such as `A.9.2.3`, which the built-in mapping turns into 2022 ids.
enum ControlReference: Equatable {
    case control(String)
    /// A 2013 id and the 2022 controls that took it over.
    case mapped(from: String, to: [String])
    /// Looks like an id, but no control of either edition has it.
    case unknown(String)
    case unreadable

    static func read(_ text: String, catalog: Framework = ISO27001.framework) -> ControlReference {
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
        for prefix in ["iso/iec 27001:2022", "iso 27001:2022", "iso/iec 27001", "iso 27001", "annex a", "annex"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        rest = rest.drop { $0 == " " || $0 == ":" || $0 == "-" || $0 == "." }
        if rest.hasPrefix("a") { rest = rest.dropFirst().drop { $0 == "." || $0 == " " || $0 == "-" } }
        // A title after the id (`A.5.1 Policies for…`) is left aside.
        let number = rest.prefix { $0.isNumber || $0 == "." }
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return .unreadable }
        let id = "A." + parts.map { String(Int($0) ?? 0) }.joined(separator: ".")
        if parts.count == 2 {
            return catalog.controls.contains { $0.id == id } ? .control(id) : .unknown(id)
        }
        if let mapped = ISO27001.mapping2013To2022[id], !mapped.isEmpty { return .mapped(from: id, to: mapped) }
        return .unknown(id)
    }
}
