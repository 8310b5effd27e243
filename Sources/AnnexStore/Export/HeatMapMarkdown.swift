import AnnexDomain
import Foundation

/// A short mark per level so a heat map reads without colour: the first letter of the name
/// (L, M, H, C), longer where two levels would share it (`VH`, `VL` for "Very high", "Very low").
struct LevelMarks: Sendable {
    private var marks: [String: String] = [:]

    init(_ levels: [RiskLevel]) {
        let candidates = levels.enumerated().map { index, level in Self.candidates(level, index: index) }
        var choice = Array(repeating: 0, count: levels.count)
        var chosen: [String] { candidates.indices.map { candidates[$0][choice[$0]] } }
        for _ in 0..<8 {
            let current = chosen
            var moved = false
            for index in current.indices where current.filter({ $0 == current[index] }).count > 1 && choice[index] < candidates[index].count - 1 {
                choice[index] += 1
                moved = true
            }
            if !moved { break }
        }
        for (level, mark) in zip(levels, chosen) where marks[level.id] == nil { marks[level.id] = mark }
    }

    func mark(_ level: RiskLevel?) -> String {
        level.flatMap { marks[$0.id] } ?? "?"
    }

    /// From shortest to the one that is always unique (the level's position).
    private static func candidates(_ level: RiskLevel, index: Int) -> [String] {
        let name = level.name.trimmingWhitespace.isEmpty ? level.id : level.name
        let letters = name.filter { $0.isLetter || $0.isNumber }
        let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var list: [String] = []
        if let first = letters.first { list.append(String(first).uppercased()) }
        if words.count > 1 { list.append(words.compactMap(\.first).map { String($0).uppercased() }.joined()) }
        for length in 2...3 where letters.count >= length {
            list.append(String(letters.prefix(1)).uppercased() + String(letters.dropFirst().prefix(length - 1)).lowercased())
        }
        list.append("L\(index + 1)")
        return list
    }
}

/// A heat map as a Markdown table: likelihood up the side, highest first; impact along the bottom;
/// each cell shows the count and the level's mark (`3 H`), so it reads without colour.
enum HeatMapMarkdown {
    static func table(_ figures: RiskFigures, matrix: RiskMatrix, marks: LevelMarks) -> String {
        let columns = matrix.impact.count
        var lines = ["| Likelihood |" + String(repeating: "   |", count: columns)]
        lines.append("| --- |" + String(repeating: " :-: |", count: columns))
        for likelihood in matrix.likelihood.indices.reversed() {
            var row = "| **\(likelihood + 1) \(MarkdownText.inline(matrix.likelihood[likelihood]))** |"
            for impact in matrix.impact.indices {
                let rating = RiskRating(likelihood: likelihood + 1, impact: impact + 1)
                let count = figures.count(likelihood: likelihood + 1, impact: impact + 1)
                row += " \(count) \(MarkdownText.inline(marks.mark(matrix.level(of: rating)))) |"
            }
            lines.append(row)
        }
        lines.append("| **Impact →** |" + matrix.impact.enumerated().map { " **\($0.offset + 1) \(MarkdownText.inline($0.element))** |" }.joined())
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Exports {
    /// The inherent and residual heat maps of the open risks, as Markdown to put above the register.
    public static func riskHeatMapsMarkdown(_ workspace: Workspace) -> String {
        let matrix = workspace.config.riskMatrix
        let marks = LevelMarks(matrix.levels)
        let legend = matrix.levels.map { "\(MarkdownText.inline(marks.mark($0))) = \(MarkdownText.inline($0.name))" }.joined(separator: ", ")
        var text = "## Heat map: inherent risk\n\n"
        let inherent = RiskFigures(risks: workspace.risks, matrix: matrix, view: .inherent)
        let residual = RiskFigures(risks: workspace.risks, matrix: matrix, view: .residual)
        text += HeatMapMarkdown.table(inherent, matrix: matrix, marks: marks)
        text += "\n## Heat map: residual risk\n\n"
        text += HeatMapMarkdown.table(residual, matrix: matrix, marks: marks)
        text += "\nOpen risks per cell, with the cell's level: \(legend). Closed risks are left out; a risk not yet reassessed counts at its inherent rating in the residual map."
        let unrated = max(inherent.unrated, residual.unrated)
        if unrated > 0 { text += " \(unrated) rated outside the matrix \(unrated == 1 ? "is" : "are") not shown (run 'annex check')." }
        return text + "\n\n## Register\n\n"
    }
}
