import AnnexApp
import TerminalCore

/// Terminal events in the app's own terms, so the app never depends on the terminal layer.
enum KeyTranslation {
    static func key(_ event: KeyEvent) -> KeyPress? {
        switch event {
        case .key(.character(let character)): return .character(character)
        case .key(let key): return .named(key.name)
        case .paste(let text): return .paste(text)
        case .resize(let size): return .resize(width: size.width, height: size.height)
        case .mouse(let mouse):
            switch mouse.kind {
            case .press(.left): return .click(x: mouse.position.x, y: mouse.position.y)
            case .wheelUp: return .wheel(up: true, x: mouse.position.x, y: mouse.position.y)
            case .wheelDown: return .wheel(up: false, x: mouse.position.x, y: mouse.position.y)
            default: return nil
            }
        }
    }
}
