import AnnexDomain

/// The fields of the risk form, in the order Tab visits them.
public enum RiskField: String, Sendable, CaseIterable {
    case title, description, assets, threat, vulnerability, owner
    case likelihood, impact, treatment, controls, plan, due
    case residualLikelihood, residualImpact, status, nextReview
    case acceptedBy, acceptedOn, acceptanceRationale, acceptanceValidUntil

    public enum Kind: Sendable { case text, date, scale, choice, controls }

    public var kind: Kind {
        switch self {
        case .likelihood, .impact, .residualLikelihood, .residualImpact: .scale
        case .treatment, .status: .choice
        case .controls: .controls
        case .due, .nextReview, .acceptedOn, .acceptanceValidUntil: .date
        default: .text
        }
    }

    public var label: String {
        switch self {
        case .title: "Title"
        case .description: "Description"
        case .assets: "Assets"
        case .threat: "Threat"
        case .vulnerability: "Vulnerability"
        case .owner: "Owner"
        case .likelihood: "Likelihood"
        case .impact: "Impact"
        case .treatment: "Treatment"
        case .controls: "Controls"
        case .plan: "Plan"
        case .due: "Due"
        case .residualLikelihood: "Residual likelihood"
        case .residualImpact: "Residual impact"
        case .status: "Status"
        case .nextReview: "Next review"
        case .acceptedBy: "Accepted by"
        case .acceptedOn: "Accepted on"
        case .acceptanceRationale: "Rationale"
        case .acceptanceValidUntil: "Valid until"
        }
    }
}

/// A risk being added or edited. Ratings are chosen on the matrix's own scales; 0 on a residual
/// scale means "not assessed yet".
public struct RiskForm: Sendable, Equatable {
    public var id: String
    public var isNew: Bool
    public var texts: [RiskField: LineEditor]
    public var likelihood: Int
    public var impact: Int
    public var residualLikelihood: Int
    public var residualImpact: Int
    public var treatment: RiskTreatment
    public var status: RiskStatus
    public var controls: [String]
    public var field: RiskField = .title
    public var error: Notice?

    /// The risk as it was when the form opened: what the save merges against.
    public var original: Risk?

    public init(risk: Risk, isNew: Bool) {
        id = risk.id
        original = isNew ? nil : risk
        self.isNew = isNew
        likelihood = risk.inherent.likelihood
        impact = risk.inherent.impact
        residualLikelihood = risk.residual?.likelihood ?? 0
        residualImpact = risk.residual?.impact ?? 0
        treatment = risk.treatment
        status = risk.status
        controls = risk.controls
        var texts: [RiskField: LineEditor] = [:]
        texts[.title] = LineEditor(risk.title)
        texts[.description] = LineEditor(risk.description)
        texts[.assets] = LineEditor(risk.assets.joined(separator: ", "))
        texts[.threat] = LineEditor(risk.threat)
        texts[.vulnerability] = LineEditor(risk.vulnerability)
        texts[.owner] = LineEditor(risk.owner)
        texts[.plan] = LineEditor(risk.plan)
        texts[.due] = LineEditor(risk.due?.description ?? "")
        texts[.nextReview] = LineEditor(risk.nextReview?.description ?? "")
        texts[.acceptedBy] = LineEditor(risk.acceptance?.by ?? "")
        texts[.acceptedOn] = LineEditor(risk.acceptance?.on.description ?? "")
        texts[.acceptanceRationale] = LineEditor(risk.acceptance?.rationale ?? "")
        texts[.acceptanceValidUntil] = LineEditor(risk.acceptance?.validUntil?.description ?? "")
        self.texts = texts
    }

    public func text(_ field: RiskField) -> String { texts[field]?.text ?? "" }

    public var inherent: RiskRating { RiskRating(likelihood: likelihood, impact: impact) }

    public var residual: RiskRating? {
        guard residualLikelihood > 0, residualImpact > 0 else { return nil }
        return RiskRating(likelihood: residualLikelihood, impact: residualImpact)
    }

    /// The risk the form describes, or the field at fault and why.
    public func build(matrix: RiskMatrix, today: Day) -> Result<Risk, FormError> {
        let title = text(.title).trimmingWhitespace
        guard !title.isEmpty else { return .failure(FormError(field: .title, message: RisksFormProblem.needsTitle.notice)) }
        var dates: [RiskField: Day] = [:]
        for field in RiskField.allCases where field.kind == .date {
            let value = text(field).trimmingWhitespace
            guard !value.isEmpty else { continue }
            guard let day = Day(value) else {
                return .failure(FormError(field: field, message: RisksFormProblem.badDate(label: field.label, value: value, example: today).notice))
            }
            dates[field] = day
        }
        if (residualLikelihood > 0) != (residualImpact > 0) {
            return .failure(FormError(field: .residualImpact, message: RisksFormProblem.residualHalfRated.notice))
        }
        var acceptance: RiskAcceptance?
        let acceptedBy = text(.acceptedBy).trimmingWhitespace
        if !acceptedBy.isEmpty {
            acceptance = RiskAcceptance(
                by: acceptedBy, on: dates[.acceptedOn] ?? today,
                rationale: text(.acceptanceRationale).trimmingWhitespace, validUntil: dates[.acceptanceValidUntil]
            )
        }
        let risk = Risk(
            id: id, title: title, description: text(.description).trimmingWhitespace,
            assets: text(.assets).split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty },
            threat: text(.threat).trimmingWhitespace, vulnerability: text(.vulnerability).trimmingWhitespace,
            owner: text(.owner).trimmingWhitespace, inherent: inherent, treatment: treatment, controls: controls,
            plan: text(.plan).trimmingWhitespace, due: dates[.due], residual: residual, acceptance: acceptance,
            nextReview: dates[.nextReview], status: status
        )
        let retained = risk.status == .accepted || risk.treatment == .retain
        if retained, risk.status != .closed, acceptance == nil, matrix.needsAcceptance(risk.current) {
            let level = matrix.level(of: risk.current)?.name.lowercased() ?? "high"
            return .failure(FormError(field: .acceptedBy, message: RisksFormProblem.acceptanceNeeded(level: level).notice))
        }
        return .success(risk)
    }
}

public struct FormError: Error, Sendable, Equatable {
    public var field: RiskField
    public var message: Notice
}

/// Choosing the controls that treat a risk, filtering the catalog as you type.
public struct ControlPicker: Sendable, Equatable {
    /// The risk whose form is below.
    public var risk: String
    public var editor = LineEditor()
    public var selected = 0
    public var chosen: [String]

    public init(form: RiskForm) {
        risk = form.id
        chosen = form.controls
    }

    public func matches(in framework: Framework) -> [CatalogItem] {
        framework.controls.filter { FuzzyMatch.containsAllWords(editor.text, in: "\($0.id) \($0.title)") }
    }
}
