import AnnexDomain

/// Saving a changed risk matrix. When a scale changes size, existing ratings are carried over
/// the way the user chose in the form, shown before saving, and undoable.
enum MatrixEditing {
    static func submit(_ form: MatrixForm, _ state: inout AppState) -> [Effect] {
        let current = state.workspace.config.riskMatrix
        switch form.build(current: current) {
        case .failure(let error):
            return form.rejected(error.message, &state)
        case .success(let matrix):
            state.popup = nil
            guard matrix != current else {
                state.status = StatusMessage(.info, RisksNotice.matrixUnchanged)
                return []
            }
            let previousConfig = state.workspace.config
            let previousRisks = state.workspace.risks
            let risks = current.rescales(to: matrix) ? current.remap(previousRisks, to: matrix, using: form.remap) : previousRisks
            var config = previousConfig
            config.riskMatrix = matrix
            Snapshots.remember(.matrix(previousConfig, risks: previousRisks), after: .matrix(config, risks: risks), in: &state)
            Snapshots.apply(.matrix(config, risks: risks), to: &state)
            let moved = zip(previousRisks, risks).filter { $0 != $1 }.count
            state.risks.cursor = RiskRating(
                likelihood: min(state.risks.cursor.likelihood, matrix.likelihood.count),
                impact: min(state.risks.cursor.impact, matrix.impact.count)
            )
            state.risks.query.cell = nil
            RisksReducer.reselect(&state)
            state.status = StatusMessage(.info, ShellNotice.saving)
            let describe = RisksNotice.matrixSaved(likelihood: matrix.likelihood.count, impact: matrix.impact.count, reRated: moved, remap: form.remap).notice
            return [.saveMatrix(config, previous: previousConfig, risks: risks, previousRisks: previousRisks, describe: describe)]
        }
    }
}
