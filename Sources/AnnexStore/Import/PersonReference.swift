import AnnexDomain

enum PersonReference {
    /// A person's id, or their name as `annex.yaml` spells it (case aside), gives their id;
    /// anyone else is kept as written, with a note.
    static func resolve<Record>(_ text: String, in config: WorkspaceConfig, row: Int, column: String, plan: inout ImportPlan<Record>) -> String {
        guard !text.isEmpty else { return "" }
        if config.person(text) != nil { return text }
        if let person = config.people.first(where: { $0.name.lowercased() == text.lowercased() }) { return person.id }
        plan.note(row, column, "\"\(text)\" is not a person in annex.yaml: kept as written (annex check will name it)")
        return text
    }
}
