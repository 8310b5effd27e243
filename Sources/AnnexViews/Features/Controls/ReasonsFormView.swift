import AnnexApp
import AnnexDomain
import TerminalCore

/// The reasons for including a control, each with a box to tick.
enum ReasonsFormView {
    static func draw<S: Surface>(_ form: ReasonsForm, in area: Rect, into surface: inout S, context: RenderContext) {
        let reasons = InclusionReason.allCases
        let rect = PopupView.box(width: 60, height: reasons.count + 5, in: area)
        let inner = PopupView.frame(rect, title: "Why \(form.control) is included", into: &surface, context: context)
        for (index, reason) in reasons.enumerated() {
            let ticked = form.chosen.contains(reason)
            let box = context.glyphs.isUnicode ? (ticked ? "☑" : "☐") : (ticked ? "[x]" : "[ ]")
            let line = Rect(x: inner.x, y: inner.y + index, width: inner.width, height: 1)
            let focused = index == form.cursor
            if focused { surface.clear(line, style: context.style(Role.selection)) }
            surface.put("\(box) \(reason.title)", at: line.origin, style: context.style(focused ? Role.selection : Role.text), clip: line)
        }
        surface.put(context.hint([.command(.toggleChoice, "ticks"), .saves, .cancels], in: .reasonsForm),
                    at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.dim), clip: inner)
    }
}
