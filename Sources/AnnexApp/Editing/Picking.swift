/// What every filter-as-you-type list does with a key: typing filters (and goes back to the
/// first match), Up and Down move the selection within the matches, Tab toggles the one under
/// the cursor where a picker keeps several, Enter and Esc end it. The palette, the control
/// picker and the checklist item picker are all one of these.
public protocol Picking {
    var editor: LineEditor { get set }
    var selected: Int { get set }
}

public enum PickOutcome: Equatable {
    case cancel
    /// Enter, with the match under the cursor if there is one.
    case confirm(Int?)
    case toggle(Int)
    /// The key moved the selection or changed the query (or did nothing): keep the picker open.
    case stay
}

extension Picking {
    public mutating func pick(_ key: KeyPress, command: Command?, matches count: Int) -> PickOutcome {
        switch command {
        case .cancel: return .cancel
        case .confirm: return .confirm((0..<count).contains(selected) ? selected : nil)
        case .moveDown: selected = min(selected + 1, max(0, count - 1))
        case .moveUp: selected = max(0, selected - 1)
        case .toggleChoice where (0..<count).contains(selected): return .toggle(selected)
        default: if TextInput.edit(&editor, with: key) { selected = 0 }
        }
        return .stay
    }
}

extension PaletteState: Picking {}
extension ControlPicker: Picking {}
extension ItemPicker: Picking {}
