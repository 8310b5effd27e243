import Foundation

/// Plants a marker in every free-text field of a workspace's files, the way a user's own words
/// sit there: notes, justifications, risk texts, evidence titles and locations, audit scopes and
/// conclusions, findings' statements, evidence, interviewees, roles and samples, actions and
/// reviews. `--redact` tests then look for the marker on screens and in exports.
enum PlantedMarkers {
    static let marker = "ZQMARK"

    /// `key: value` lines whose value is free text.
    static let textKeys: Set<String> = [
        "organisation", "scope", "justification", "notes", "title", "description", "threat", "vulnerability",
        "plan", "location", "rationale", "root_cause", "action", "conclusion", "note", "role", "email",
    ]
    /// Keys whose list items are free text.
    static let listKeys: Set<String> = ["assets", "criteria"]

    /// The people of `annex.yaml` (ids, names, e-mail addresses): none may show when redacted.
    static func people(in workspace: String) throws -> [String] {
        let text = try String(contentsOfFile: workspace + "/annex.yaml", encoding: .utf8)
        var people: [String] = []
        var inPeople = false
        for line in text.components(separatedBy: "\n") {
            if !line.hasPrefix(" "), !line.hasPrefix("-") { inPeople = line == "people:" }
            guard inPeople else { continue }
            for key in ["- id: ", "  name: ", "  email: "] where line.hasPrefix(key) {
                people.append(String(line.dropFirst(key.count)))
            }
        }
        return people
    }

    static func plant(in workspace: String) throws {
        var counter = 0
        func next(_ field: String) -> String {
            counter += 1
            return "\(marker)\(counter) \(field) planted here as the client's own words"
        }
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: workspace) else { throw E2EError("cannot list \(workspace)") }
        while let relative = enumerator.nextObject() as? String {
            let path = workspace + "/" + relative
            if relative.hasSuffix(".yaml") {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                try plantYAML(text, next).write(toFile: path, atomically: false, encoding: .utf8)
            } else if relative.hasSuffix(".jsonl") {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                try plantJournal(text, next).write(toFile: path, atomically: false, encoding: .utf8)
            }
        }
    }

    private static func plantYAML(_ text: String, _ next: (String) -> String) -> String {
        var lines: [String] = []
        var listPrefix: String?
        for line in text.components(separatedBy: "\n") {
            if let prefix = listPrefix, line.hasPrefix(prefix + "- ") {
                lines.append(prefix + "- " + next("list item"))
                continue
            }
            listPrefix = nil
            let indent = String(line.prefix { $0 == " " || $0 == "-" })
            let rest = line.dropFirst(indent.count)
            guard let colon = rest.firstIndex(of: ":") else { lines.append(line); continue }
            let key = String(rest[..<colon])
            let value = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if textKeys.contains(key), !value.isEmpty {
                lines.append("\(indent)\(key): \(next(key))")
            } else {
                if listKeys.contains(key), value.isEmpty { listPrefix = String(repeating: " ", count: indent.count) }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func plantJournal(_ text: String, _ next: (String) -> String) throws -> String {
        var lines: [String] = []
        for line in text.components(separatedBy: "\n") where !line.isEmpty {
            guard var event = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw E2EError("not an event: \(line)")
            }
            if var finding = event["finding"] as? [String: Any] {
                for key in ["statement", "evidence", "interviewee", "role"] { finding[key] = next("finding \(key)") }
                if var sample = finding["sample"] as? [String: Any] {
                    sample["population"] = next("sample population")
                    sample["method"] = next("sample method")
                    sample["items"] = [next("sample item")]
                    finding["sample"] = sample
                }
                event["finding"] = finding
            }
            if event["reason"] != nil { event["reason"] = next("withdrawal reason") }
            let data = try JSONSerialization.data(withJSONObject: event, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
