import AnnexDomain

/// Which risks list each control among their controls, as positions in the register: built once
/// per change of the register, so moving through the catalog of a register of 10,000 risks
/// looks up the selected control's risks instead of scanning them all on every key.
enum RisksByControl {
    static func index(_ risks: [Risk]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (position, risk) in risks.enumerated() {
            // Once per risk, however often it lists the control.
            for control in Set(risk.controls) { index[control, default: []].append(position) }
        }
        return index
    }

    /// Brings the index up to date with the register (the Controls screen shows it).
    static func refresh(_ state: inout AppState) {
        state.derived.risksByControl = Derived.value(for: state.workspace.risks, cached: state.derived.risksByControl, compute: index)
    }
}

extension AppState {
    /// The risks that list `control` among their controls, in register order.
    public func risks(treating control: String) -> [Risk] {
        let risks = workspace.risks
        guard let index = derived.risksByControl, index.input == risks else { return risks.filter { $0.controls.contains(control) } }
        return (index.value[control] ?? []).map { risks[$0] }
    }
}
