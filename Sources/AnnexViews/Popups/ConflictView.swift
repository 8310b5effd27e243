import AnnexApp
import AnnexDomain
import Foundation
import TerminalCore

/// A save that met a change on disk: each field both sides changed, with the user's value and
/// the file's, like the two sides of a merge conflict, and the keys that decide.
enum ConflictView {
    static func draw<S: Surface>(_ prompt: ConflictPrompt, keymap: Keymap, in area: Rect, into surface: inout S, context: RenderContext) {
        let conflict = prompt.save.conflict
        let lines = self.lines(prompt)
        let rect = PopupView.box(width: 76, height: lines.count + 4, in: area)
        let title = prompt.fromUndo ? "Undo not saved: \(conflict.record) changed since" : "Not saved: \(conflict.record) changed on disk"
        let inner = PopupView.frame(rect, title: title, into: &surface, context: context)
        for (row, line) in lines.enumerated() where row < inner.height - 1 {
            let text = DisplayWidth.truncate(line.text, to: inner.width, ellipsis: context.glyphs.ellipsis)
            surface.put(text, at: Point(x: inner.x, y: inner.y + row), style: context.style(line.role), clip: inner)
        }
        let keys = [(Command.keepMine, "keep yours"), (.takeTheirs, "take the one on disk"), (.backToEditor, prompt.overEditor ? "back to your text" : "leave it")]
            .compactMap { command, words in keymap.keys(for: command, in: .conflict).first.map { "\($0) \(words)" } }
            .joined(separator: "  ")
        surface.put(keys, at: Point(x: inner.x, y: inner.maxY - 1), style: context.style(Role.statusKey), clip: inner)
    }

    private struct Line {
        var text: String
        var role: String
    }

    private static func lines(_ prompt: ConflictPrompt) -> [Line] {
        let conflict = prompt.save.conflict
        var lines: [Line] = []
        let when = conflict.changedAt.map { " at \(clock($0))" } ?? ""
        if conflict.deletedOnDisk {
            lines.append(Line(text: "\(conflict.path) was removed on disk\(when) while you edited it.", role: Role.text))
        } else {
            lines.append(Line(text: "\(conflict.path) was changed\(when) by someone else (another Annex, an editor or git).", role: Role.text))
        }
        for field in conflict.fields {
            lines.append(Line(text: "", role: Role.text))
            lines.append(Line(text: field.field, role: Role.label))
            lines.append(Line(text: "  yours:   " + shown(field.mine), role: Role.text))
            lines.append(Line(text: "  on disk: " + shown(field.theirs), role: Role.text))
            lines.append(Line(text: "  before:  " + shown(field.base), role: Role.dim))
        }
        lines.append(Line(text: "", role: Role.text))
        lines.append(Line(text: "Nothing was saved. Other fields changed on either side are merged.", role: Role.dim))
        return lines
    }

    private static func shown(_ value: String) -> String {
        value.isEmpty ? "(empty)" : Sanitize.text(value, newline: .space)
    }

    private static func clock(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970) % 86_400
        return String(format: "%02d:%02d:%02d UTC", seconds / 3600, (seconds / 60) % 60, seconds % 60)
    }
}
