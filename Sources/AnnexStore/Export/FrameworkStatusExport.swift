import AnnexDomain

extension Exports {
    /// The applicability and status of another framework's controls as a register: every
    /// control not withdrawn, in catalog order, with its decisions from `status/<id>.yaml`, or
    /// `not decided` where there are none (a consultant hands over the whole list, not only
    /// what was touched). The columns are the SoA register's, with the family in place of the
    /// ISO theme and the control's label beside its id.
    public static func status(_ workspace: Workspace, framework: Framework) -> ExportTable {
        var table = ExportTable(columns: [
            "control", "label", "title", "group", "applicable", "justification", "status", "status_title", "owner", "owner_name",
            "evidence", "notes", "reviewed",
        ])
        let statement = workspace.statement(of: framework.id)
        for control in framework.controls where !control.isWithdrawn {
            let group = control.group.flatMap(framework.group)?.title
            guard let entry = statement[control.id] else {
                table.rows.append([
                    .text(control.id), .text(control.number), .text(control.title), .optional(group), .none, .text(""),
                    .text(""), .text("not decided"), .text(""), .none, .list([]), .text(""), .none,
                ])
                continue
            }
            table.rows.append([
                .text(control.id), .text(control.number), .text(control.title), .optional(group), .flag(entry.applicable),
                .text(entry.justification), .text(entry.status.rawValue), .text(entry.status.title), .text(entry.owner),
                .optional(workspace.config.person(entry.owner)?.name), .list(entry.evidence), .text(entry.notes), .optional(entry.reviewed),
            ])
        }
        return table
    }
}
