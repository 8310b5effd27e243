import AnnexApp
import AnnexDomain
import AnnexViews
import Foundation
import TerminalCore
import XCTest

/// The shipped themes: the files in themes/ are the source, the compiled-in copies must match,
/// and every role the screens ask for is defined.
final class ThemeTests: XCTestCase {
    /// The repository root, found from this file's place in it.
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func themeFiles() throws -> [(name: String, text: String)] {
        let folder = Self.repository.appendingPathComponent("themes")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    func testTheFourThemesShip() throws {
        XCTAssertEqual(try themeFiles().map(\.name), ["default.yaml", "high-contrast.yaml", "light.yaml", "monochrome.yaml"])
        XCTAssertEqual(BuiltInThemes.sources.map(\.file).sorted(), ["default.yaml", "high-contrast.yaml", "light.yaml", "monochrome.yaml"])
        XCTAssertEqual(ThemeCatalog().names.sorted(), ["default", "high-contrast", "light", "monochrome"])
        XCTAssertEqual(ThemeCatalog().warnings, [])
    }

    func testEveryThemeFileParsesAndIsTheTextCompiledIntoTheBinary() throws {
        let builtIn = Dictionary(uniqueKeysWithValues: BuiltInThemes.sources.map { ($0.file, $0.text) })
        for (name, text) in try themeFiles() {
            let theme = try ThemeParser.parse(text, source: "themes/" + name)
            XCTAssertEqual(theme.name + ".yaml", name, "a theme is named after its file")
            XCTAssertFalse(theme.description.isEmpty, name)
            let compiled = try XCTUnwrap(builtIn[name], "\(name) is compiled in")
            XCTAssertEqual(compiled, text.hasSuffix("\n") ? String(text.dropLast()) : text,
                           "BuiltInThemes.swift has drifted from themes/\(name); copy the file into it")
            XCTAssertEqual(ThemeCatalog().theme(named: theme.name), theme)
        }
    }

    /// Role names the screens use, read from Roles.swift so a new role cannot be forgotten here.
    private func rolesUsedByTheScreens() throws -> Set<String> {
        let source = try String(contentsOf: Self.repository.appendingPathComponent("Sources/AnnexViews/Support/Roles.swift"), encoding: .utf8)
        let literals = source.matches(of: /"([a-z_.]+)"/).map { String($0.1) }
        var roles = Set(literals.filter { !$0.hasSuffix(".") })
        // Prefixes completed at run time: "status." + a status, "risk." + a level of the matrix.
        XCTAssertTrue(literals.contains("status."))
        XCTAssertTrue(literals.contains("risk."))
        roles.formUnion(ImplementationStatus.allCases.map { "status." + $0.rawValue })
        roles.formUnion(RiskMatrix.standard5x5.levels.map { "risk." + $0.id })
        return roles
    }

    func testEveryThemeDefinesEveryRoleTheScreensUse() throws {
        let roles = try rolesUsedByTheScreens()
        XCTAssertTrue(roles.isSuperset(of: ["selection", "selection.inactive", "status.excluded", "status.not_started", "risk.critical", "finding.ofi"]))
        for theme in ThemeCatalog().themes {
            let missing = roles.subtracting(theme.roles.keys).sorted()
            XCTAssertEqual(missing, [], "\(theme.name) leaves these to fall back to their parent role")
        }
    }

    func testABadThemeFileIsAWarningWithItsPathAndLineAndTheDefaultRemains() {
        let path = "/home/anna/isms/themes/sunset.yaml"
        let text = "name: sunset\ndescription: Warm\nroles:\n  text: default\n  selection: purple on black\n"
        let catalog = ThemeCatalog(extra: [(source: path, text: text)])
        XCTAssertEqual(catalog.warnings.count, 1)
        let warning = catalog.warnings.first ?? ""
        XCTAssertTrue(warning.hasPrefix("\(path):5: 'purple' is not a colour or attribute"), warning)
        XCTAssertTrue(warning.hasSuffix("; using the built-in themes"), warning)
        XCTAssertNil(catalog.theme(named: "sunset"))
        XCTAssertEqual(catalog.names.sorted(), ["default", "high-contrast", "light", "monochrome"])
        XCTAssertEqual(catalog.theme(named: "default"), ThemeCatalog().theme(named: "default"))
        XCTAssertEqual(catalog.startIndex(requested: nil, colour: true).index, catalog.names.firstIndex(of: "default"))
    }

    func testAThemeFileWithoutANameSaysSoOnLine1() {
        let catalog = ThemeCatalog(extra: [(source: "themes/nameless.yaml", text: "roles:\n  text: red\n")])
        XCTAssertEqual(catalog.warnings, ["themes/nameless.yaml:1: the theme has no 'name:'; using the built-in themes"])
    }

    func testAUserThemeWithABuiltInNameReplacesIt() throws {
        let text = "name: default\nroles:\n  text: green\n"
        let catalog = ThemeCatalog(extra: [(source: "themes/default.yaml", text: text)])
        XCTAssertEqual(catalog.warnings, [])
        XCTAssertEqual(catalog.names.filter { $0 == "default" }.count, 1)
        XCTAssertEqual(catalog.theme(named: "default")?.style("selection"), Style(foreground: .green), "missing roles fall back to text")
    }

    func testWithoutColourMonochromeIsChosenWhateverWasAskedFor() {
        let catalog = ThemeCatalog()
        let mono = catalog.names.firstIndex(of: "monochrome")
        XCTAssertEqual(catalog.startIndex(requested: nil, colour: false).index, mono)
        XCTAssertEqual(catalog.startIndex(requested: "light", colour: false).index, mono)
        XCTAssertNil(catalog.startIndex(requested: "light", colour: false).warning)
    }

    func testWithColourTheRequestedThemeIsChosen() {
        let catalog = ThemeCatalog()
        let start = catalog.startIndex(requested: "high-contrast", colour: true)
        XCTAssertEqual(catalog.names[start.index], "high-contrast")
        XCTAssertNil(start.warning)
        XCTAssertEqual(catalog.names[catalog.startIndex(requested: nil, colour: true).index], "default")
        XCTAssertEqual(catalog.names[catalog.startIndex(requested: "", colour: true).index], "default")
    }

    func testAnUnknownThemeNameWarnsWithTheNamesOnOfferAndUsesTheDefault() {
        let catalog = ThemeCatalog()
        let start = catalog.startIndex(requested: "solarized", colour: true)
        XCTAssertEqual(catalog.names[start.index], "default")
        XCTAssertEqual(start.warning, "No theme named 'solarized' (have: default, high-contrast, light, monochrome); using default")
    }

    func testTCyclesThroughTheThemesAndSaysWhichIsOn() {
        var state = demoState()
        send(.character("T"), to: &state)
        XCTAssertEqual(state.themeName, catalog.names[1])
        XCTAssertTrue(render(state).lines(trimmingTrailingSpaces: true)[23].hasPrefix(" Theme: \(catalog.names[1]) "))
    }
}
