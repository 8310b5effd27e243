/// Why a control is in the Statement of Applicability: the SoA records the reason for each
/// included control, and an auditor reads these to see that the selection is traceable.
public enum InclusionReason: String, Sendable, CaseIterable, Comparable {
    /// A risk's treatment needs it (the risk register links the control).
    case riskTreatment = "risk_treatment"
    case legal = "legal_regulatory"
    case contractual
    case business = "business_requirement"
    case bestPractice = "best_practice"

    public var title: String {
        switch self {
        case .riskTreatment: "Risk treatment"
        case .legal: "Legal or regulatory"
        case .contractual: "Contractual"
        case .business: "Business requirement"
        case .bestPractice: "Best practice"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
