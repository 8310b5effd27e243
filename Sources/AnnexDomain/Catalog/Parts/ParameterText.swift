import Foundation

/// Prose with its `{{ insert: param, ID }}` placeholders replaced by what a reader should see:
/// the parameter's set value, else its choices, else its label (`[Assignment: frequency]`).
public enum ParameterText {
    /// Tolerant of spacing, as catalogs differ (`{{insert: param,ac-1_prm_1}}`).
    nonisolated(unsafe) private static let placeholder = /\{\{\s*insert:\s*param,\s*([^\s}]+)\s*\}\}/

    /// `parameters` are those of the control and of its ancestors, nearest first.
    public static func render(_ prose: String, parameters: [ControlParameter]) -> String {
        render(prose, parameters: parameters, depth: 0)
    }

    /// The ids a prose references, in order.
    public static func references(in prose: String) -> [String] {
        prose.matches(of: placeholder).map { String($0.output.1) }
    }

    private static func render(_ prose: String, parameters: [ControlParameter], depth: Int) -> String {
        guard prose.contains("{{") else { return prose }
        return prose.replacing(placeholder) { match in
            let id = String(match.output.1)
            guard let parameter = parameters.first(where: { $0.id == id }) else { return "[\(id)]" }
            return shown(parameter, parameters: parameters, depth: depth)
        }
    }

    /// One parameter as a reader sees it. Choices may hold placeholders themselves; depth stops a loop.
    public static func shown(_ parameter: ControlParameter, parameters: [ControlParameter] = []) -> String {
        shown(parameter, parameters: parameters, depth: 0)
    }

    private static func shown(_ parameter: ControlParameter, parameters: [ControlParameter], depth: Int) -> String {
        if !parameter.values.isEmpty { return parameter.values.joined(separator: ", ") }
        if let choices = parameter.choices {
            let inner = depth < 4 ? choices.map { render($0, parameters: parameters, depth: depth + 1) } : choices
            let how = parameter.howMany == .oneOrMore ? "Selection (one or more)" : "Selection"
            return "[\(how): \(inner.joined(separator: "; "))]"
        }
        return "[Assignment: \(parameter.label ?? parameter.id)]"
    }
}
