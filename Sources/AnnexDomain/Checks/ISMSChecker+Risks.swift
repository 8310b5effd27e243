extension CheckContext {
    mutating func checkRisks() {
        for risk in workspace.risks {
            let subject = Subject.risk(risk.id)
            checkRating(risk.inherent, subject, prefix: [], name: "")
            if let residual = risk.residual {
                checkRating(residual, subject, prefix: ["residual"], name: "residual ")
                if residual.score > risk.inherent.score {
                    warning(subject, ["residual_likelihood"], "the residual rating (\(residual.likelihood)x\(residual.impact) = \(residual.score)) is above the inherent one (\(risk.inherent.likelihood)x\(risk.inherent.impact) = \(risk.inherent.score)): treatment does not raise a risk")
                }
            }
            for (index, control) in risk.controls.enumerated() where catalog.item(control) == nil {
                error(subject, ["controls", String(index)], "linked control '\(control)' is not in the catalog")
            }
            if risk.status != .closed { checkPerson(risk.owner, subject, ["owner"], role: "risk owner") }
            checkAcceptance(of: risk, subject)
            if risk.isReviewOverdue(on: today), let next = risk.nextReview {
                warning(subject, ["next_review"], "review was due on \(next)")
            }
            if risk.status == .treating, let due = risk.due, due < today {
                warning(subject, ["due"], "treatment was due on \(due) and the risk is still being treated")
            }
            if risk.treatment == .modify, risk.controls.isEmpty, risk.status != .closed {
                warning(subject, ["controls"], "the risk is to be modified but no control is linked")
            }
        }
    }

    /// Only a matrix whose own rules hold is asked which levels it reaches.
    mutating func checkReachableLevels() {
        guard matrix.problems().isEmpty else { return }
        let unreachable = matrix.unreachableLevels
        guard !unreachable.isEmpty else { return }
        let size = "\(matrix.likelihood.count)x\(matrix.impact.count)"
        let names = unreachable.map { "'\($0.name.isEmpty ? $0.id : $0.name)'" }.joined(separator: ", ")
        var message = "no cell of the \(size) matrix reaches \(names)"
        if let from = matrix.rank(of: matrix.acceptanceFrom),
           matrix.levels.indices.filter({ $0 >= from }).allSatisfy({ index in unreachable.contains { $0.id == matrix.levels[index].id } }) {
            message += ", so no residual risk ever needs acceptance (acceptance_from: \(matrix.acceptanceFrom))"
        }
        warning(.configuration, ["risk_matrix", matrix.cells == nil ? "levels" : "cells"], message)
    }

    private mutating func checkRating(_ rating: RiskRating, _ subject: Subject, prefix: [String], name: String) {
        let scales: [(String, Int, ClosedRange<Int>)] = [
            ("likelihood", rating.likelihood, matrix.likelihoodRange),
            ("impact", rating.impact, matrix.impactRange),
        ]
        for (key, value, range) in scales where !range.contains(value) {
            error(subject, prefix + [key], "\(name)\(key) \(value) is outside the scale \(range.lowerBound)-\(range.upperBound)")
        }
    }

    private mutating func checkAcceptance(of risk: Risk, _ subject: Subject) {
        let retained = risk.status == .accepted || risk.treatment == .retain
        guard retained, risk.status != .closed else { return }
        if let acceptance = risk.acceptance {
            checkPerson(acceptance.by, subject, ["acceptance", "by"], role: "acceptor")
            if let until = acceptance.validUntil, until < today {
                error(subject, ["acceptance", "valid_until"], "the acceptance ran out on \(until); the risk must be accepted again or treated")
            }
        } else if matrix.needsAcceptance(risk.current) {
            let level = matrix.level(of: risk.current)?.name ?? "high"
            error(subject, ["acceptance"], "a \(level.lowercased()) residual risk is retained but nobody has accepted it")
        }
    }
}
