@testable import AnnexApp
import XCTest

/// The keymap is data the help, the hints and the palette are generated from: it must not bind a
/// key twice where one binding would hide the other, and every command must be reachable.
final class KeymapIntegrityTests: XCTestCase {
    let keymap = Keymap.standard

    /// Contexts with no popup: their keys are looked up after the global ones.
    let paneContexts = ScreenFeatures.paneContexts

    func testNoKeyIsBoundTwiceInOneContext() {
        for (context, bindings) in keymap.bindings {
            var seen: [String: Command] = [:]
            for binding in bindings {
                for key in binding.keys {
                    if let first = seen[key] {
                        XCTFail("\(context): \(key) is bound to \(first) and again to \(binding.command), which it can never reach")
                    }
                    seen[key] = binding.command
                }
            }
        }
    }

    func testNoPaneKeyIsShadowedByAGlobalOne() {
        let global = Set((keymap.bindings[.global] ?? []).flatMap(\.keys))
        for context in paneContexts {
            for binding in keymap.bindings[context] ?? [] {
                for key in binding.keys where global.contains(key) {
                    XCTFail("\(context): \(key) for \(binding.command) is taken first by the global \(keymap.command(for: key, in: .global).map(String.init(describing:)) ?? "")")
                }
            }
        }
    }

    func testEveryCommandHasAKeySomewhere() {
        let bound = Set(keymap.bindings.values.flatMap { $0.map(\.command) })
        let unbound = Command.all.filter { !bound.contains($0) }
        XCTAssertEqual(unbound, [], "commands no key and no palette entry reaches")
    }

    func testEveryContextHasAWayOutOrIsAScreen() {
        let exits: Set<Command> = [.cancel, .back, .no, .confirm, .keepMine, .takeTheirs, .backToEditor]
        // The keys of text and choice fields sit under a form's or popup's, which close it.
        for context in KeyContext.all where !paneContexts.contains(context) && ![.global, .textField, .choiceField].contains(context) {
            let commands = Set((keymap.bindings[context] ?? []).map(\.command))
            XCTAssertFalse(commands.isDisjoint(with: exits), "\(context) has no key that closes it")
        }
    }

    func testCommandsAndContextsHaveOneNameEach() {
        let commands = Command.all.map(\.id)
        XCTAssertEqual(commands.count, Set(commands).count, "a command declared twice")
        let contexts = KeyContext.all.map(\.id)
        XCTAssertEqual(contexts.count, Set(contexts).count, "a context listed twice")
        XCTAssertEqual(Set(keymap.bindings.keys), Set(KeyContext.all), "every context with keys is listed for help and annex keys, and only those")
    }

    func testEveryScreenHasANumberKeyInTabOrder() {
        for (index, feature) in ScreenFeatures.all.enumerated() {
            XCTAssertEqual(keymap.command(for: "\(index + 1)", in: .global), feature.show, feature.screen.title)
            XCTAssertEqual(feature.screen.number, index + 1)
        }
    }

    func testEveryHintedCommandHasAShortWord() {
        for (context, bindings) in keymap.bindings {
            for binding in bindings where binding.hint {
                XCTAssertLessThanOrEqual(binding.command.hint.count, 12, "\(context): the hint for \(binding.command) is too long for the status line")
            }
        }
    }
}

/// Messages name keys by command, so the status line says the key the keymap in force binds.
final class MessageKeyTests: XCTestCase {
    func testAMessageNamesTheKeyTheKeymapBinds() {
        var rebound = Keymap.standard
        for (context, bindings) in rebound.bindings {
            rebound.bindings[context] = bindings.map { $0.command == .clearFilters ? Binding(["ctrl+x"], .clearFilters) : $0 }
        }
        var driver = Driver(sampleState(), reducer: AppReducer(keymap: rebound))
        driver.press("2", "F")
        let status = try! XCTUnwrap(driver.state.status)
        XCTAssertTrue(status.text.contains("; x clears)"), "with the standard keys: \(status.text)")
        XCTAssertTrue(status.message.text(keymap: rebound, context: driver.state.context).contains("; Ctrl-X clears)"),
                      status.message.text(keymap: rebound, context: driver.state.context))
    }

    func testKeysReadAsInASentence() {
        XCTAssertEqual(KeyName.display("enter"), "Enter")
        XCTAssertEqual(KeyName.display("escape"), "Esc")
        XCTAssertEqual(KeyName.display("ctrl+o"), "Ctrl-O")
        XCTAssertEqual(KeyName.display("x"), "x")
        let offer: MessageText = "F-1 saved; \(key: .raiseAction) raises its corrective action"
        XCTAssertEqual(offer.text(), "F-1 saved; A raises its corrective action")
    }
}

/// Text fields edit with the keys of the keymap's textField context: help lists them, and a
/// rebinding moves them.
final class TextFieldKeyTests: XCTestCase {
    func testAReboundEditingKeyEditsAndTheOldOneNoLonger() {
        var rebound = Keymap.standard
        rebound.bindings[.textField] = rebound.bindings[.textField]!.map {
            $0.command == .textDeleteToStart ? Binding(["ctrl+y"], .textDeleteToStart) : $0
        }
        var driver = Driver(sampleState(), reducer: AppReducer(keymap: rebound))
        driver.press("2", "/")
        driver.type("A.5.1 ")
        driver.press("enter", "o", "ctrl+u")
        guard let untouched = driver.state.popup?.layer(FieldForm.self) else { return XCTFail("the owner form is open") }
        XCTAssertFalse(untouched.editor.text.isEmpty, "ctrl+u is no longer bound to deleting: the owner stays")
        driver.press("ctrl+y")
        guard let cleared = driver.state.popup?.layer(FieldForm.self) else { return XCTFail("the owner form is open") }
        XCTAssertEqual(cleared.editor.text, "", "ctrl+y deletes to the start now")
        driver.type("ben")
        driver.press("ctrl+b", "ctrl+b", "backspace")
        guard let edited = driver.state.popup?.layer(FieldForm.self) else { return XCTFail("the owner form is open") }
        XCTAssertEqual(edited.editor.text, "en", "the other editing keys still work: two left, one back")
    }
}
