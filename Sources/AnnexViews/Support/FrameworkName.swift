import AnnexApp
import AnnexDomain
import TerminalCore

/// A framework's name where a line has little room: its title when short, else its id (the
/// titles of published catalogs run to a hundred characters).
enum FrameworkName {
    static func short(_ framework: Framework, room: Int = 30) -> String {
        DisplayWidth.of(framework.title) <= room ? framework.title : framework.id
    }

    /// How a control is named in lists and headings: ISO/IEC 27001 by its id (`A.5.15`, as
    /// the SoA writes it), a catalog by its label (`AC-2(1)`).
    static func number(_ item: CatalogItem, in framework: Framework) -> String {
        framework.id == ISO27001.frameworkID ? item.id : item.number
    }

    /// The item a finding of audit `auditID` is on, named as its audit's lists name it.
    static func findingItem(_ id: String, audit auditID: String, in workspace: Workspace) -> (number: String, title: String?) {
        guard let audit = workspace.audits.first(where: { $0.id == auditID }) else { return (id, workspace.catalog.item(id)?.title) }
        return checklistItem(id, of: audit, in: workspace.catalog)
    }

    /// A checklist item of `audit` as lists show it: its name (`AuditsState.itemName`) and its
    /// title (nil when no framework of the workspace has it).
    static func checklistItem(_ id: String, of audit: Audit, in catalog: Catalog) -> (number: String, title: String?) {
        (AuditsState.itemName(id, of: audit, in: catalog), catalog.checklistItem(id, of: audit)?.title)
    }
}
