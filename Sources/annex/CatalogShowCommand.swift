import AnnexDomain
import AnnexStore
import ArgumentParser

extension CatalogCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one clause or control: statement with its parameters, guidance, enhancements, where a withdrawn one went.",
            discussion: "ID is the id, the label (AC-2(1)) or, for ISO/IEC 27001, the number without A. (5.15)."
        )

        @Argument(help: "The clause or control.")
        var id: String

        @Option(help: "Look in this framework only (default: all, the built-in first).")
        var framework: String?

        @OptionGroup var source: CatalogSource

        func run() throws {
            let catalog = try source.catalog()
            if let framework, catalog.framework(framework) == nil {
                throw fail("unknown framework '\(framework)'; known: \(catalog.frameworks.map(\.id).joined(separator: ", "))")
            }
            guard let (owner, item) = catalog.locate(id, in: framework) else {
                throw fail("no clause or control '\(id)' in \(framework ?? "any framework")")
            }
            for line in ControlSheet.lines(item, in: owner) { Output.print(line) }
            // Catalogs share ids (SP 800-53 and its FedRAMP baselines): say where else this one is.
            if framework == nil {
                let others = catalog.frameworks.filter { $0.id != owner.id && $0.resolve(id) != nil }.map(\.id)
                if !others.isEmpty {
                    Output.error("note: \(id) is also in \(others.joined(separator: ", ")): --framework ID shows one of them")
                }
            }
        }
    }
}

/// A control laid out for the terminal, one line each.
enum ControlSheet {
    static func lines(_ item: CatalogItem, in framework: Framework) -> [String] {
        var out: [String] = []
        let number = item.number == item.id ? item.id : "\(item.number) (\(item.id))"
        out.append("\(number)  \(item.title)")
        var about = ["\(framework.title) \(item.kind.rawValue)"]
        if let group = item.group.flatMap(framework.group) { about.append("in \(group.title)") }
        out.append(about.joined(separator: ", "))
        if let parent = item.parent.flatMap(framework.item) { out.append("Enhancement of \(parent.number)  \(parent.title)") }
        if let withdrawn = ControlText.withdrawal(item, in: framework) { out.append(withdrawn.prefix(1).uppercased() + withdrawn.dropFirst()) }
        section("Statement", ControlText.statement(item, in: framework), into: &out)
        section("Parameters", ControlText.parameters(item, in: framework), into: &out)
        section("Guidance", item.guidance.isEmpty ? [] : item.guidance.split(separator: "\n", omittingEmptySubsequences: true).map { ControlText.Line(0, String($0)) }, into: &out)
        section("Audit questions", item.auditQuestions.map { ControlText.Line(0, "- " + $0) }, into: &out)
        if !item.replaces2013.isEmpty { section("Replaces (2013)", [ControlText.Line(0, item.replaces2013.joined(separator: ", "))], into: &out) }
        let enhancements = framework.enhancements(of: item.id).map { enhancement in
            ControlText.Line(0, "\(enhancement.number)  \(enhancement.title)" + (ControlText.withdrawal(enhancement, in: framework).map { "  (\($0))" } ?? ""))
        }
        section("Enhancements", enhancements, into: &out)
        return out
    }

    private static func section(_ title: String, _ lines: [ControlText.Line], into out: inout [String]) {
        guard !lines.isEmpty else { return }
        out.append("")
        out.append(title + ":")
        out += lines.map { String(repeating: "  ", count: $0.indent + 1) + $0.text }
    }
}
