import AnnexDomain

/// The newest findings in force on a control over every audit, and how many there are in all:
/// an item audited for years can carry thousands, and the detail pane shows a screenful, so
/// only those are copied.
struct NewestFindings {
    let total: Int
    /// Audit by audit in the workspace's order, each audit's in the order logged (the last `limit`).
    let shown: [(audit: String, finding: Finding)]

    init(on item: String, in workspace: Workspace, limit: Int) {
        let counts = workspace.audits.map { (audit: $0.id, count: workspace.log(of: $0.id).findingCount(on: item)) }
        total = counts.reduce(0) { $0 + $1.count }
        var wanted = limit
        var newestFirst: [[(audit: String, finding: Finding)]] = []
        for (audit, count) in counts.reversed() where wanted > 0 && count > 0 {
            let taken = min(wanted, count)
            newestFirst.append(workspace.log(of: audit).findings(on: item, in: (count - taken)..<count).map { (audit, $0) })
            wanted -= taken
        }
        shown = newestFirst.reversed().flatMap { $0 }
    }
}
