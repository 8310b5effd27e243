import AnnexDomain
@testable import AnnexStore
import Foundation
import XCTest

/// The OSCAL shapes real catalogs contain (OSCAL-NOTES), each read from a fixture file.
final class OSCALCatalogReaderTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../AnnexCLITests/Fixtures/oscal").standardizedFileURL.path

    static func fixture(_ name: String) throws -> Data {
        try XCTUnwrap(FileManager.default.contents(atPath: fixtures + "/" + name), "missing fixture \(name)")
    }

    private func read(_ name: String, id: String? = nil) throws -> Framework {
        try OSCALCatalogReader.read(Self.fixture(name), id: id).framework
    }

    func testTheSpecificationsBasicCatalogHasNestedGroupsASelectionAndTheDeprecatedObjectivePart() throws {
        let framework = try read("basic-catalog.json")
        XCTAssertEqual(framework.id, "sample-security-catalog-for-demonstration-and-testing")
        XCTAssertEqual(framework.title, "Sample Security Catalog *for Demonstration* and Testing")
        XCTAssertEqual(framework.controls.map(\.id), ["s1.1.1", "s1.1.2", "s2.1.1", "s2.1.2"])
        XCTAssertEqual(framework.groups.map(\.id), ["s1", "s2"])
        XCTAssertEqual(framework.group("s1")?.groups.map(\.id), ["s1.1"])
        XCTAssertEqual(framework.item("s1.1.2")?.group, "s1.1")
        let control = try XCTUnwrap(framework.item("s1.1.1"))
        let selection = try XCTUnwrap(control.parameters.first { $0.id == "s1.1.1-prm1" })
        XCTAssertEqual(selection.howMany, .oneOrMore)
        XCTAssertEqual(selection.choices?.count, 2)
        // Guidance given only in nested `objective` parts is still the control's guidance.
        XCTAssertTrue(control.guidance.hasPrefix("Allocation of information security responsibilities"), control.guidance)
        let statement = try XCTUnwrap(control.statement)
        let shown = ParameterText.render(statement.prose, parameters: framework.parameters(of: control.id))
        XCTAssertTrue(shown.contains("A value has been assigned to [Selection (one or more): initiating a device lock after [Assignment: a duration] of inactivity"), shown)
    }

    func testAnIDMadeFromALongTitleIsCutAtAWord() {
        XCTAssertEqual(OSCALCatalogReader.slug("NIST SP 800-53 Rev 5"), "nist-sp-800-53-rev-5")
        let id = OSCALCatalogReader.slug("FedRAMP Rev 5 Tailored Low Impact Software as a Service (LI-SaaS) Baseline")
        XCTAssertEqual(id, "fedramp-rev-5-tailored-low-impact-software-as-a-service-li")
        XCTAssertLessThanOrEqual(id.count, 60)
        XCTAssertEqual(OSCALCatalogReader.slug("ü ß"), "catalog")
    }

    func testControlsSitUnderTheCatalogAndInGroupsNestedToAnyDepth() throws {
        let framework = try read("shapes.json")
        XCTAssertEqual(framework.item("top-1")?.group, nil)
        XCTAssertEqual(framework.item("deep-1")?.group, "fam.sub.deep")
        XCTAssertEqual(framework.allGroups.map(\.depth), [0, 0, 1, 2])
        XCTAssertEqual(framework.group("fam.sub.deep")?.items.map(\.id), ["deep-1"])
        // A control in a control is its enhancement, and that nests again.
        XCTAssertEqual(framework.item("fam-2")?.enhancements, ["fam-2.1", "fam-2.2"])
        XCTAssertEqual(framework.item("fam-2.1")?.parent, "fam-2")
        XCTAssertEqual(framework.item("fam-2.1.1")?.parent, "fam-2.1")
        XCTAssertEqual(framework.item("fam-2.1.1")?.level, 3)
        XCTAssertEqual(framework.controls.count, 8)
    }

    func testLabelsAndSortIDsComeFromTheirPropertiesTheUnclassedLabelFirst() throws {
        let framework = try read("shapes.json")
        XCTAssertEqual(framework.item("fam-2")?.label, "FAM-2")
        XCTAssertEqual(framework.item("fam-2")?.sortID, "fam-02")
        XCTAssertEqual(framework.item("fam-2.1")?.label, "FAM-2(1)")
        // The file lists fam-2 before fam-1: the sort ids put them right.
        XCTAssertEqual(framework.group("fam")?.items.map(\.id), ["fam-1", "fam-2", "fam-2.1", "fam-2.1.1", "fam-2.2", "fam-3"])
        // A label is how people type a control.
        XCTAssertEqual(Catalog(frameworks: [framework]).resolve("fam-2(1)")?.id, "fam-2.1")
    }

    func testPlaceholdersInProseChoicesAndGuidelinesResolveAgainstTheControlItsParentsAndTheCatalog() throws {
        let framework = try read("shapes.json")
        let parameters = framework.parameters(of: "fam-2")
        let item = try XCTUnwrap(framework.item("fam-2")?.statement?.parts)
        XCTAssertEqual(ParameterText.render(item[0].prose, parameters: parameters), "Review accounts [Assignment: frequency];")
        XCTAssertEqual(ParameterText.render(item[1].prose, parameters: parameters),
                       "Notify [Selection (one or more): [Assignment: personnel or roles]; the system owner] when accounts change; and")
        // how-many absent is exactly one.
        XCTAssertEqual(ParameterText.render(item[1].parts[0].prose, parameters: parameters), "[Selection: disable; remove] accounts no longer needed.")
        let guideline = try XCTUnwrap(parameters.first?.guidelines.first)
        XCTAssertEqual(ParameterText.render(guideline, parameters: parameters), "how often [Assignment: personnel or roles] review accounts")
        // An enhancement uses its parent's parameter; a top-level control the catalog's.
        XCTAssertEqual(ParameterText.render(framework.item("fam-2.1")!.statement!.prose, parameters: framework.parameters(of: "fam-2.1")),
                       "Support account review [Assignment: frequency] with tools.")
        XCTAssertEqual(ParameterText.render(framework.item("top-1")!.statement!.prose, parameters: framework.parameters(of: "top-1")),
                       "[Assignment: organization name] keeps a register.")
    }

    func testStatementItemsKeepTheirLabelsAndGuidanceIsRead() throws {
        let control = try XCTUnwrap(try read("shapes.json").item("fam-2"))
        XCTAssertEqual(control.statement?.parts.map(\.label), ["a.", "b."])
        XCTAssertEqual(control.statement?.parts[1].parts.map(\.label), ["1."])
        XCTAssertEqual(control.guidance, "Accounts are reviewed so that no one keeps access they no longer need.")
        // Deprecated part names are kept as given, not refused.
        XCTAssertEqual(control.parts.map(\.name), ["statement", "guidance", "assessment-objective", "assessment"])
    }

    func testWithdrawnControlsSayWhereTheyWentAPartLinkNamingItsControl() throws {
        let framework = try read("shapes.json")
        XCTAssertEqual(framework.item("fam-2.2")?.withdrawal, Withdrawal(relation: .incorporatedInto, into: ["fam-2"]))
        // The deprecated `Withdrawn` spelling counts too.
        XCTAssertEqual(framework.item("fam-3")?.withdrawal, Withdrawal(relation: .movedTo, into: ["deep-1"]))
        XCTAssertNil(framework.item("fam-2")?.withdrawal)
    }

    func testPropertiesOfOtherNamespacesAreKeptNotRejected() throws {
        let control = try XCTUnwrap(try read("shapes.json").item("fam-2"))
        XCTAssertTrue(control.properties.contains(ControlProperty(name: "implementation-level", value: "organization", namespace: "http://csrc.nist.gov/ns/rmf")))
        XCTAssertEqual(control.properties.filter { $0.name == "label" }.count, 3)
    }

    func testAResolvedProfileCatalogShowsTheValuesItSets() throws {
        let framework = try read("resolved-profile.json", id: "shapes-baseline")
        XCTAssertEqual(framework.id, "shapes-baseline")
        XCTAssertEqual(framework.version, "2.0")
        let items = try XCTUnwrap(framework.item("fam-2")?.statement?.parts)
        let parameters = framework.parameters(of: "fam-2")
        XCTAssertEqual(items.map { ParameterText.render($0.prose, parameters: parameters) },
                       ["Review accounts every 90 days;", "disable accounts no longer needed."])
    }

    func testLookupsByIDAreTheSameInAGeneratedThousandControlCatalog() throws {
        var controls: [String] = []
        for n in 1...1200 { controls.append(#"{"id": "c-\#(n)", "title": "Control \#(n)", "props": [{"name": "label", "value": "C-\#(n)"}]}"#) }
        let json = #"{"catalog": {"uuid": "u", "metadata": {"title": "Big"}, "groups": [{"id": "g", "title": "G", "controls": [\#(controls.joined(separator: ","))]}]}}"#
        let framework = try OSCALCatalogReader.read(Data(json.utf8)).framework
        XCTAssertEqual(framework.controls.count, 1200)
        XCTAssertEqual(framework.item("c-1177")?.title, "Control 1177")
        XCTAssertEqual(framework.resolve("C-999")?.id, "c-999")
    }
}
