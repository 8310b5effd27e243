/// The built-in ISO/IEC 27001:2022 catalog: clauses 4–10 and the 93 Annex A controls with
/// their ISO/IEC 27002:2022 attributes. Ids and titles are facts; guidance and audit
/// questions are Annex's own words.
public enum ISO27001 {
    public static let frameworkID = "iso27001-2022"
    public static let title = "ISO/IEC 27001:2022"

    public static let framework: Framework = {
        let clauseGroups = groupedClauses(clauses)
        let controls = organizationalControls + peopleControls + physicalControls + technologicalControls
        let annexGroups = ControlTheme.allCases.map { theme in
            let id = "A.\(theme.annexClause)"
            return CatalogGroup(
                id: id,
                title: theme.title,
                items: controls.filter { $0.theme == theme }.map { control in
                    var control = control
                    control.group = id
                    return control
                }
            )
        }
        return Framework(id: frameworkID, title: title, version: "2022", revision: "built-in 2022",
                         groups: clauseGroups + annexGroups, shorthandPrefix: "A.")
    }()

    /// ISO/IEC 27001:2013 Annex A id (`A.9.2.3`) to the 2022 control ids that took it over.
    public static let mapping2013To2022: [String: [String]] = {
        var mapping: [String: [String]] = [:]
        for control in framework.controls {
            for old in control.replaces2013 { mapping[old, default: []].append(control.id) }
        }
        return mapping
    }()

    /// One group per top-level clause (4 … 10), holding the clause and its sub-clauses.
    private static func groupedClauses(_ items: [CatalogItem]) -> [CatalogGroup] {
        var groups: [CatalogGroup] = []
        for item in items {
            var item = item
            if item.level == 1 {
                item.group = item.id
                groups.append(CatalogGroup(id: item.id, title: "\(item.id) \(item.title)", items: [item]))
            } else if !groups.isEmpty {
                item.group = groups[groups.count - 1].id
                groups[groups.count - 1].items.append(item)
            }
        }
        return groups
    }

    static func clause(_ id: String, _ title: String, guidance: String, questions: [String]) -> CatalogItem {
        CatalogItem(
            id: id, title: title, kind: .clause, level: id.split(separator: ".").count,
            guidance: guidance, auditQuestions: questions
        )
    }

    /// `number` is the Annex A number without prefix (`5.15`); the theme follows from it.
    static func control(
        _ number: String, _ title: String, attributes: ControlAttributes,
        replaces: [String], guidance: String, questions: [String]
    ) -> CatalogItem {
        let theme: ControlTheme = switch number.prefix(2) {
        case "5.": .organizational
        case "6.": .people
        case "7.": .physical
        default: .technological
        }
        return CatalogItem(
            id: "A." + number, title: title, kind: .control, level: 1, theme: theme,
            attributes: attributes, newIn2022: replaces.isEmpty, replaces2013: replaces,
            guidance: guidance, auditQuestions: questions, label: number
        )
    }
}
