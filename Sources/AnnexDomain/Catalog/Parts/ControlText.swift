/// A control of any framework as lines of text for a reader: its statement with parameters
/// shown by their value, choices or label, its guidance, its enhancements, where a withdrawn
/// one went. Shared by `annex catalog show` and the control's detail.
public enum ControlText {
    public struct Line: Sendable, Equatable {
        public var indent: Int
        public var text: String

        public init(_ indent: Int, _ text: String) {
            self.indent = indent
            self.text = text
        }
    }

    /// The statement and its items (`a.`, `1.` …), placeholders filled in.
    public static func statement(_ item: CatalogItem, in framework: Framework) -> [Line] {
        guard let statement = item.statement else { return [] }
        let parameters = framework.parameters(of: item.id)
        var lines: [Line] = []
        func add(_ part: ControlPart, depth: Int) {
            let prose = ParameterText.render(part.prose, parameters: parameters)
            // An item with a title and no label (FedRAMP's "Additional Requirements and Guidance")
            // is headed by its title, so its text does not read as the item before's.
            let text = [part.label ?? (depth > 0 ? part.title : nil), prose.isEmpty ? nil : prose].compactMap { $0 }.joined(separator: " ")
            if !text.isEmpty { lines.append(Line(depth, text)) }
            for child in part.parts where child.name == "item" || child.name == "statement" { add(child, depth: depth + 1) }
        }
        add(statement, depth: 0)
        if statement.prose.isEmpty { lines = lines.map { Line($0.indent - 1, $0.text) } }
        return lines
    }

    /// Each parameter of the control: its label or choices, and its guidelines.
    public static func parameters(_ item: CatalogItem, in framework: Framework) -> [Line] {
        let scope = framework.parameters(of: item.id)
        return item.parameters.flatMap { parameter in
            [Line(0, "\(parameter.id): \(ParameterText.shown(parameter, parameters: scope))")]
                + parameter.guidelines.map { Line(1, ParameterText.render($0, parameters: scope)) }
        }
    }

    /// `withdrawn: incorporated into AC-6, AC-2`, by the controls' labels.
    public static func withdrawal(_ item: CatalogItem, in framework: Framework) -> String? {
        guard let withdrawal = item.withdrawal else { return nil }
        let targets = withdrawal.into.map { framework.item($0)?.number ?? $0 }
        let how: String = switch withdrawal.relation {
        case .incorporatedInto: "incorporated into"
        case .movedTo: "moved to"
        case .none: ""
        }
        return targets.isEmpty ? "withdrawn" : "withdrawn: \(how) \(targets.joined(separator: ", "))"
    }
}
