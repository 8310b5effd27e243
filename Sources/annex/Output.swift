import Foundation
import TerminalCore

/// Everything the command line writes goes through here. A workspace's values, ids and file
/// names may hold escape sequences (a title change, a clipboard write, a cleared screen, text
/// reversed by a bidirectional override): they are shown as visible escapes, never sent raw.
/// Line breaks and tabs are the output's own layout and stay.
enum Output {
    static func print(_ text: String, terminator: String = "\n") {
        write(text + terminator, to: .standardOutput)
    }

    static func error(_ text: String) {
        write(text + "\n", to: .standardError)
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(Sanitize.keepingLayout(text).utf8))
    }
}
