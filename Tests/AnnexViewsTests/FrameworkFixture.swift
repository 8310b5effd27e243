import AnnexApp
import AnnexDomain
import TerminalCore

/// A small imported catalog beside ISO/IEC 27001 in the demo workspace: two families, one
/// with a nested group, a control with a parameter in its statement and an enhancement, a
/// withdrawn control, and a mapping from two ISO controls.
enum FrameworkFixture {
    static let id = "acme"

    static var framework: Framework {
        let statement = ControlPart(name: "statement", prose: "The organization reviews accounts every {{ insert: param, ac-1_prm_1 }}.", parts: [
            ControlPart(name: "item", label: "a.", prose: "Removes accounts nobody uses."),
        ])
        let ac1 = CatalogItem(
            id: "ac-1", title: "Account review", kind: .control, guidance: "Reviews catch leavers' accounts.", auditQuestions: [],
            label: "AC-1", group: "ac", enhancements: ["ac-1.1"],
            parameters: [ControlParameter(id: "ac-1_prm_1", label: "review frequency")], parts: [statement]
        )
        let ac11 = CatalogItem(id: "ac-1.1", title: "Automated review", kind: .control, level: 2, guidance: "", auditQuestions: [],
                               label: "AC-1(1)", group: "ac", parent: "ac-1")
        let ac2 = CatalogItem(id: "ac-2", title: "Shared accounts", kind: .control, guidance: "", auditQuestions: [],
                              label: "AC-2", group: "ac", withdrawal: Withdrawal(relation: .incorporatedInto, into: ["ac-1"]))
        let ac3 = CatalogItem(id: "ac-3", title: "Remote sessions", kind: .control, guidance: "", auditQuestions: [],
                              label: "AC-3", group: "ac-remote")
        let ir1 = CatalogItem(id: "ir-1", title: "Incident handling", kind: .control, guidance: "", auditQuestions: [],
                              label: "IR-1", group: "ir")
        return Framework(id: id, title: "ACME controls", version: "1.0", revision: "r1", groups: [
            CatalogGroup(id: "ac", title: "Access Control", items: [ac1, ac11, ac2], groups: [
                CatalogGroup(id: "ac-remote", title: "Remote Access", items: [ac3]),
            ]),
            CatalogGroup(id: "ir", title: "Incident Response", items: [ir1]),
        ])
    }

    static var mapping: FrameworkMapping {
        FrameworkMapping(from: ISO27001.frameworkID, to: id, entries: [
            MappingEntry(from: "A.5.15", to: "ac-1", relation: .equivalent),
            MappingEntry(from: "A.5.24", to: "ir-1", relation: .subset, note: "the plan only"),
        ])
    }

    /// The demo workspace with the catalog, the mapping and one decision on AC-3.
    static func state(width: Int = 80, height: Int = 24) -> AppState {
        var workspace = DemoOrganisation.make(today: today)
        workspace.catalog = workspace.catalog.with(framework)
        workspace.mappings = [mapping]
        workspace.upsert(SoAEntry(control: "ac-3", status: .partial, framework: id))
        var state = AppState(workspace: workspace, today: today, themeNames: catalog.names)
        send(.resize(width: width, height: height), to: &state)
        return state
    }
}
