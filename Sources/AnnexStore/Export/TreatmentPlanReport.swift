import AnnexDomain
import Foundation

/// The risk treatment plan (ISO/IEC 27001:2022, 6.1.3 e): a document built from the workspace on a
/// given day, rendered as Markdown or as one self-contained HTML file. Both renderings come from the
/// same content below, so they never disagree; each escapes the workspace's text for its format.
public struct TreatmentPlanReport: Sendable {
    public let workspace: Workspace
    public let today: Day
    /// Files the store could not read: named at the top, so nobody takes the plan for complete.
    public let omittedFiles: [String]

    let matrix: RiskMatrix
    let marks: LevelMarks
    let inherent: RiskFigures
    let residual: RiskFigures
    /// Open risks, highest residual level first.
    let entries: [PlanEntry]
    let closedCount: Int

    public init(workspace: Workspace, today: Day, catalog: Catalog? = nil, omittedFiles: [String] = []) {
        let catalog = catalog ?? workspace.catalog
        self.workspace = workspace
        self.today = today
        self.omittedFiles = omittedFiles.sorted()
        matrix = workspace.config.riskMatrix
        marks = LevelMarks(matrix.levels)
        inherent = RiskFigures(risks: workspace.risks, matrix: matrix, view: .inherent)
        residual = RiskFigures(risks: workspace.risks, matrix: matrix, view: .residual)
        let open = workspace.risks.filter { $0.status != .closed }
        closedCount = workspace.risks.count - open.count
        entries = open
            .map { PlanEntry($0, workspace: workspace, catalog: catalog, today: today) }
            .sorted { PlanEntry.isBefore($0, $1, matrix: workspace.config.riskMatrix) }
    }

    public func markdown() -> String { TreatmentPlanMarkdown(plan: self).render() }

    public func html() -> String { HTMLDocument(plan: self).render() }

    // MARK: - Content shared by both renderings

    var organisation: String { workspace.config.organisation }
    var scope: String { workspace.config.scope }

    var openCountText: String {
        let open = entries.count
        let closed = closedCount == 0 ? "" : "; \(closedCount) closed \(closedCount == 1 ? "risk is" : "risks are") left out"
        return "\(open) open \(open == 1 ? "risk" : "risks")\(closed)"
    }

    /// Likelihood or impact steps as `1 Rare, 2 Unlikely, …`.
    func steps(_ names: [String]) -> String {
        names.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ")
    }

    /// The scores each level covers, or a note that the grid decides.
    func band(of index: Int) -> String {
        if matrix.cells != nil {
            let cells = matrix.cells ?? []
            let count = cells.flatMap { $0 }.filter { $0 == matrix.levels[index].id }.count
            return "\(count) \(count == 1 ? "cell" : "cells") of the grid"
        }
        guard let top = matrix.levels[index].maxScore else { return "no max_score" }
        let bottom = index == 0 ? 1 : (matrix.levels[index - 1].maxScore ?? 0) + 1
        return bottom >= top ? "score \(top)" : "scores \(bottom)–\(top)"
    }

    var acceptanceRule: String {
        guard let level = matrix.levels.first(where: { $0.id == matrix.acceptanceFrom }) else {
            return "The matrix names an unknown level ('\(matrix.acceptanceFrom)') from which residual risks need a named acceptance."
        }
        let above = matrix.levels.last?.id == level.id ? "" : " or above"
        return "Residual risks rated \(level.name)\(above) need a named acceptance by the risk owner or management before they may be retained."
    }

    var legend: String {
        matrix.levels.map { "\(marks.mark($0)) = \($0.name)" }.joined(separator: ", ")
    }

    var unratedNote: String? {
        let count = max(inherent.unrated, residual.unrated)
        guard count > 0 else { return nil }
        return "\(count) open \(count == 1 ? "risk is" : "risks are") rated outside the matrix and not shown on the heat maps (run 'annex check')."
    }

    /// One row per level, highest first: level, inherent count, residual count.
    var levelCounts: [(level: RiskLevel, inherent: Int, residual: Int)] {
        matrix.levels.reversed().map { ($0, inherent.byLevel[$0.id, default: 0], residual.byLevel[$0.id, default: 0]) }
    }

    var treatmentCounts: [(treatment: RiskTreatment, count: Int)] {
        RiskTreatment.allCases.map { option in (option, entries.filter { $0.risk.treatment == option }.count) }
    }

    var statusCounts: [(status: RiskStatus, count: Int)] {
        RiskStatus.allCases.filter { $0 != .closed }.map { status in (status, entries.filter { $0.risk.status == status }.count) }
    }

    /// What needs someone's attention, each with the risks concerned, in the order of the sections.
    var attention: [(label: String, risks: [String])] {
        func ids(_ test: (PlanEntry) -> Bool) -> [String] { entries.filter(test).map(\.risk.id).sorted() }
        return [
            ("Reviews overdue", ids(\.reviewOverdue)),
            ("Treatments overdue", ids(\.treatmentOverdue)),
            ("Required acceptances missing", ids(\.acceptanceMissing)),
            ("Acceptances expired", ids(\.acceptanceExpired)),
            ("Linked controls excluded in the SoA", ids { $0.controls.contains(where: \.excluded) }),
            ("Linked controls not implemented", ids { $0.controls.contains(where: \.notImplemented) }),
            ("Linked controls not in the catalog or the SoA", ids { $0.controls.contains { $0.item == nil || $0.entry == nil } }),
            ("To be modified but no control linked", ids(\.modifyWithoutControls)),
        ]
    }

    func level(_ rating: RiskRating) -> RiskLevel? { matrix.level(of: rating) }

    /// `Likelihood 4 (Likely) × impact 5 (Severe) = 20`.
    func describe(_ rating: RiskRating) -> String {
        func name(_ step: Int, _ names: [String]) -> String {
            step >= 1 && step <= names.count ? " (\(names[step - 1]))" : " (outside the scale)"
        }
        return "Likelihood \(rating.likelihood)\(name(rating.likelihood, matrix.likelihood)) × impact \(rating.impact)\(name(rating.impact, matrix.impact)) = \(rating.score)"
    }

    func person(_ id: String) -> String {
        guard let person = workspace.config.person(id), !person.name.isEmpty, person.name != id else { return id }
        return "\(person.name) (\(id))"
    }

    static func title(_ treatment: RiskTreatment) -> String {
        switch treatment {
        case .modify: "Modify: reduce the risk with controls"
        case .retain: "Retain: accept the risk as it is"
        case .avoid: "Avoid: stop the activity that causes it"
        case .share: "Share: transfer part of it (insurance, a supplier)"
        }
    }

    static func title(_ status: RiskStatus) -> String {
        switch status {
        case .identified: "Identified, treatment not yet decided"
        case .treating: "Treatment under way"
        case .accepted: "Residual risk accepted"
        case .closed: "Closed"
        }
    }

    static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

    // MARK: - The sections, as format-neutral pieces

    /// The fields of one risk's section, in reading order.
    func fields(of entry: PlanEntry) -> [(label: String, value: [PlanText])] {
        let risk = entry.risk
        var rows: [(String, [PlanText])] = []
        rows.append(("Owner", risk.owner.isEmpty ? [.flag("no owner")] : [.plain(person(risk.owner))]))
        rows.append(("Status", [.plain(Self.title(risk.status))]))
        if !risk.description.isEmpty { rows.append(("Description", [.plain(risk.description)])) }
        rows.append(("Assets", risk.assets.isEmpty ? [.plain("none named")] : [.plain(risk.assets.joined(separator: "; "))]))
        rows.append(("Threat", [.plain(risk.threat.isEmpty ? "not described" : risk.threat)]))
        rows.append(("Vulnerability", [.plain(risk.vulnerability.isEmpty ? "not described" : risk.vulnerability)]))
        rows.append(("Inherent risk", [.plain(describe(risk.inherent) + ": "), .level(entry.inherentLevel)]))
        rows.append(("Treatment", [.plain(Self.title(risk.treatment))]))
        rows.append(("Plan", [.plain(risk.plan.isEmpty ? "not written yet" : risk.plan)]))
        var due: [PlanText] = [.plain(risk.due?.description ?? "none set")]
        if entry.treatmentOverdue, let date = risk.due {
            due.append(.flag("overdue by \(Self.days(date.days(until: today)))"))
        }
        rows.append(("Due", due))
        if let rating = risk.residual {
            rows.append(("Residual risk", [.plain(describe(rating) + ": "), .level(entry.currentLevel)]))
        } else {
            rows.append(("Residual risk", [.plain("not yet assessed; counted at its inherent level, "), .level(entry.currentLevel)]))
        }
        rows.append(("Acceptance", acceptance(of: entry)))
        if let rationale = risk.acceptance?.rationale {
            rows.append(("Acceptance rationale", [.plain(rationale.isEmpty ? "none given" : rationale)]))
        }
        var review: [PlanText] = [.plain(risk.nextReview?.description ?? "none set")]
        if entry.reviewOverdue, let date = risk.nextReview {
            review.append(.flag("overdue by \(Self.days(date.days(until: today)))"))
        }
        rows.append(("Next review", review))
        return rows
    }

    private func acceptance(of entry: PlanEntry) -> [PlanText] {
        if let given = entry.risk.acceptance {
            let by = given.by.isEmpty ? "someone unnamed" : person(given.by)
            var text: [PlanText] = [.plain("Accepted by \(by) on \(given.on)")]
            if let until = given.validUntil {
                text.append(.plain(", valid until \(until)"))
                if entry.acceptanceExpired { text.append(.flag("expired \(Self.days(until.days(until: today))) ago")) }
            } else {
                text.append(.plain(", with no end date"))
            }
            return text
        }
        let level = entry.currentLevel?.name ?? "this"
        if entry.acceptanceMissing {
            return [.flag("missing: a \(level) residual risk needs a named acceptance")]
        }
        return [.plain("none; not required for a \(level) residual risk")]
    }

    /// The linked controls: id, title, applicability, SoA status, what needs attention.
    func controlRows(of entry: PlanEntry) -> [[[PlanText]]] {
        entry.controls.map { control in
            let title: [PlanText] = control.item.map { [.plain($0.title)] } ?? [.flag("not in the catalog")]
            var applicable: [PlanText] = [.plain("—")]
            var status: [PlanText] = [.plain("—")]
            var notes: [PlanText] = []
            if let soa = control.entry {
                applicable = [.plain(soa.applicable ? "Included" : "Excluded")]
                status = [.plain(soa.status.title)]
                if control.excluded {
                    notes.append(.flag("excluded in the SoA"))
                    if !soa.justification.isEmpty { notes.append(.plain(" " + soa.justification)) }
                } else if control.notImplemented {
                    notes.append(.flag(soa.status == .partial ? "not fully implemented" : "not implemented"))
                }
            } else if control.item != nil {
                notes.append(.flag("not in the SoA"))
            }
            return [[.plain(control.id)], title, applicable, status, notes]
        }
    }

    static let controlColumns = ["Control", "Title", "SoA", "Implementation", "Attention"]

    /// One line per open risk for the overview: id, title, residual level, treatment, owner, due, attention.
    func overviewRow(of entry: PlanEntry) -> [[PlanText]] {
        let flags = entry.flags
        return [
            [.plain(entry.risk.id)], [.plain(entry.risk.title)], [.level(entry.currentLevel)],
            [.plain(entry.risk.treatment.rawValue)], [.plain(entry.risk.owner)], [.plain(entry.risk.due?.description ?? "—")],
            flags.isEmpty ? [] : [.flag(flags.joined(separator: ", "))],
        ]
    }

    static let overviewColumns = ["Risk", "Title", "Residual", "Treatment", "Owner", "Due", "Attention"]
}

/// A piece of the plan's text; each renderer escapes it for its format.
enum PlanText: Sendable, Equatable {
    /// Text from the workspace or fixed wording; may hold any character, newlines included.
    case plain(String)
    /// Something that needs attention: rendered so it stands out without colour (`⚠`, bold).
    case flag(String)
    /// A level: its name, with the colour of its band in HTML.
    case level(RiskLevel?)
}

/// One open risk with everything the plan says about it, worked out once.
struct PlanEntry: Sendable {
    let risk: Risk
    let inherentLevel: RiskLevel?
    /// The level of the rating that counts now: residual once assessed, inherent before.
    let currentLevel: RiskLevel?
    let controls: [LinkedControl]
    let treatmentOverdue: Bool
    let reviewOverdue: Bool
    let acceptanceMissing: Bool
    let acceptanceExpired: Bool
    let modifyWithoutControls: Bool

    init(_ risk: Risk, workspace: Workspace, catalog: Catalog, today: Day) {
        let matrix = workspace.config.riskMatrix
        self.risk = risk
        inherentLevel = matrix.level(of: risk.inherent)
        currentLevel = matrix.level(of: risk.current)
        controls = risk.controls.map { LinkedControl(id: $0, item: catalog.item($0), entry: workspace.soa[$0]) }
        // A treatment is late while it is still to be done: decided or under way, past its date.
        treatmentOverdue = (risk.status == .identified || risk.status == .treating) && risk.due.map { $0 < today } == true
        reviewOverdue = risk.isReviewOverdue(on: today)
        acceptanceMissing = risk.acceptance == nil && matrix.needsAcceptance(risk.current)
        acceptanceExpired = risk.acceptance?.validUntil.map { $0 < today } == true
        modifyWithoutControls = risk.treatment == .modify && risk.controls.isEmpty
    }

    /// Short words for the overview, in the order of the section.
    var flags: [String] {
        var flags: [String] = []
        if treatmentOverdue { flags.append("treatment overdue") }
        if acceptanceMissing { flags.append("acceptance missing") }
        if acceptanceExpired { flags.append("acceptance expired") }
        if controls.contains(where: \.excluded) { flags.append("control excluded") }
        if controls.contains(where: \.notImplemented) { flags.append("control not implemented") }
        if controls.contains(where: { $0.item == nil || $0.entry == nil }) { flags.append("unknown control") }
        if modifyWithoutControls { flags.append("no control linked") }
        if reviewOverdue { flags.append("review overdue") }
        return flags
    }

    /// Highest residual level first, then score; ties by inherent level and score, then id.
    static func isBefore(_ lhs: PlanEntry, _ rhs: PlanEntry, matrix: RiskMatrix) -> Bool {
        func key(_ entry: PlanEntry) -> [Int] {
            [
                entry.currentLevel.flatMap { matrix.rank(of: $0.id) } ?? -1, entry.risk.current.score,
                entry.inherentLevel.flatMap { matrix.rank(of: $0.id) } ?? -1, entry.risk.inherent.score,
            ]
        }
        let (a, b) = (key(lhs), key(rhs))
        return a == b ? lhs.risk.id < rhs.risk.id : a.lexicographicallyPrecedes(b) == false
    }
}

/// A control a risk is treated with, as the catalog and the SoA know it.
struct LinkedControl: Sendable {
    let id: String
    let item: CatalogItem?
    let entry: SoAEntry?

    var excluded: Bool { entry?.applicable == false }
    /// Applicable but not (fully) in place.
    var notImplemented: Bool { entry.map { $0.applicable && $0.status != .implemented } ?? false }
}
