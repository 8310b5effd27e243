import Foundation
import XCTest
@testable import AnnexDomain

/// Checks the built-in ISO/IEC 27001:2022 catalog against independent reference data
/// (`Fixtures/iso27001-2022.json`): a wrong id, title or attribute here is what a user would
/// see on every SoA and audit checklist.
final class CatalogReferenceTests: XCTestCase {
    private let framework = ISO27001.framework

    func testClausesAreTheFortyOneReferenceClausesInOrderWithTheirLevels() throws {
        let reference = try ReferenceData.load()
        let clauses = framework.clauses

        XCTAssertEqual(reference.clauses.count, 41)
        XCTAssertEqual(clauses.map(\.id), reference.clauses.map(\.id))
        XCTAssertEqual(clauses.map(\.title), reference.clauses.map(\.title))
        XCTAssertEqual(clauses.map(\.level), reference.clauses.map(\.level))
        XCTAssertTrue(clauses.allSatisfy { $0.kind == .clause && $0.theme == nil && $0.attributes == nil })
    }

    func testControlsAreTheNinetyThreeReferenceControlsWithAnnexAPrefix() throws {
        let reference = try ReferenceData.load()
        let controls = framework.controls

        XCTAssertEqual(controls.count, 93)
        XCTAssertEqual(controls.map(\.id), reference.annexA.map { "A." + $0.id })
        XCTAssertEqual(controls.map(\.number), reference.annexA.map(\.id))
        XCTAssertTrue(controls.allSatisfy { $0.kind == .control && $0.level == 1 })
    }

    func testControlTitlesMatchTheReference() throws {
        let reference = try ReferenceData.load()
        let titles = Dictionary(uniqueKeysWithValues: framework.controls.map { ($0.number, $0.title) })

        for control in reference.annexA {
            let accepted = control.id == "8.1"
                ? ["User end point devices", "User endpoint devices"]
                : [control.title]
            XCTAssertTrue(
                accepted.contains(titles[control.id] ?? "<missing>"),
                "A.\(control.id) is titled '\(titles[control.id] ?? "<missing>")', expected '\(control.title)'"
            )
        }
    }

    func testThemesFollowTheReferenceWithThirtySevenEightFourteenThirtyFour() throws {
        let reference = try ReferenceData.load()
        let themes = Dictionary(uniqueKeysWithValues: framework.controls.map { ($0.number, $0.theme?.rawValue) })

        for control in reference.annexA {
            XCTAssertEqual(themes[control.id] ?? nil, control.theme, "theme of A.\(control.id)")
        }
        let counts = Dictionary(grouping: framework.controls, by: { $0.theme }).mapValues(\.count)
        XCTAssertEqual(counts[.organizational], 37)
        XCTAssertEqual(counts[.people], 8)
        XCTAssertEqual(counts[.physical], 14)
        XCTAssertEqual(counts[.technological], 34)
        // Each theme is one group of the framework, named after its Annex A clause.
        let annexGroups = framework.groups.filter { $0.id.hasPrefix("A.") }
        XCTAssertEqual(annexGroups.map(\.id), ["A.5", "A.6", "A.7", "A.8"])
        XCTAssertEqual(annexGroups.map(\.items.count), [37, 8, 14, 34])
    }

    func testAllFiveAttributeListsMatchTheReference() throws {
        let reference = try ReferenceData.load()
        let byNumber = Dictionary(uniqueKeysWithValues: framework.controls.map { ($0.number, $0) })

        for expected in reference.annexA {
            let id = "A.\(expected.id)"
            guard let attributes = byNumber[expected.id]?.attributes else {
                XCTFail("\(id) has no attributes")
                continue
            }
            let wanted = expected.attributes
            XCTAssertEqual(attributes.controlTypes.map(\.rawValue), wanted.controlType, "control types of \(id)")
            XCTAssertEqual(attributes.properties.map(\.rawValue), wanted.properties, "security properties of \(id)")
            XCTAssertEqual(attributes.concepts.map(\.rawValue), wanted.concepts, "cybersecurity concepts of \(id)")
            XCTAssertEqual(attributes.capabilities.map(\.rawValue), wanted.capabilities, "operational capabilities of \(id)")
            XCTAssertEqual(attributes.domains.map(\.rawValue), wanted.domains, "security domains of \(id)")
        }
    }

    func testReplacedControlsAndNewControlsMatchTheReference() throws {
        let reference = try ReferenceData.load()
        let byNumber = Dictionary(uniqueKeysWithValues: framework.controls.map { ($0.number, $0) })

        for expected in reference.annexA {
            let control = byNumber[expected.id]
            XCTAssertEqual(control?.replaces2013, expected.from2013, "2013 controls replaced by A.\(expected.id)")
            XCTAssertEqual(control?.newIn2022, expected.newIn2022, "new_in_2022 of A.\(expected.id)")
        }
        XCTAssertEqual(framework.controls.filter(\.newIn2022).count, 11)
    }

    func testMappingFrom2013MatchesTheReferenceForAll114OldControls() throws {
        let reference = try ReferenceData.load()
        let expected = Dictionary(uniqueKeysWithValues: reference.mapping.map { entry in
            (entry.old, entry.new.map { "A." + $0 })
        })

        XCTAssertEqual(expected.count, 114)
        XCTAssertEqual(ISO27001.mapping2013To2022.count, 114)
        XCTAssertEqual(ISO27001.mapping2013To2022, expected)
        XCTAssertEqual(ISO27001.mapping2013To2022["A.18.2.3"], ["A.5.36", "A.8.8"])
    }

    func testEveryItemHasGuidanceAndTwoToFourAuditQuestions() {
        XCTAssertEqual(framework.items.count, 41 + 93)
        for item in framework.items {
            XCTAssertFalse(item.guidance.trimmingWhitespace.isEmpty, "\(item.id) has no guidance")
            XCTAssertTrue((2...4).contains(item.auditQuestions.count), "\(item.id) has \(item.auditQuestions.count) audit questions")
            for question in item.auditQuestions {
                XCTAssertTrue(question.hasSuffix("?"), "\(item.id): '\(question)' is not a question")
            }
        }
    }

    func testNoGuidanceMerelyRepeatsTheTitle() {
        let titles = Set(framework.items.map(\.title))
        for item in framework.items {
            XCTAssertFalse(titles.contains(item.guidance), "the guidance of \(item.id) is just a title")
        }
    }

    func testResolveFindsControlsWithOrWithoutPrefixAndClausesByNumber() {
        let catalog = Catalog.builtIn

        XCTAssertEqual(catalog.resolve("5.15")?.id, "A.5.15")
        XCTAssertEqual(catalog.resolve("a.5.15")?.id, "A.5.15")
        XCTAssertEqual(catalog.resolve("A.5.15")?.id, "A.5.15")
        XCTAssertEqual(catalog.resolve("A.5.15")?.title, "Access control")
        XCTAssertEqual(catalog.resolve("4.1")?.id, "4.1")
        XCTAssertEqual(catalog.resolve("4.1")?.kind, .clause)
        XCTAssertNil(catalog.resolve("A.9.9"))
        XCTAssertNil(catalog.resolve("5.99"))
    }
}

/// The parts of `Fixtures/iso27001-2022.json` the catalog is checked against.
private struct ReferenceData: Decodable {
    struct Clause: Decodable {
        let id: String
        let title: String
        let level: Int
    }

    struct Attributes: Decodable {
        let controlType: [String]
        let properties: [String]
        let concepts: [String]
        let capabilities: [String]
        let domains: [String]

        enum CodingKeys: String, CodingKey {
            case controlType = "control_type"
            case properties = "information_security_properties"
            case concepts = "cybersecurity_concepts"
            case capabilities = "operational_capabilities"
            case domains = "security_domains"
        }
    }

    struct Control: Decodable {
        let id: String
        let title: String
        let theme: String
        let newIn2022: Bool
        let from2013: [String]
        let attributes: Attributes

        enum CodingKeys: String, CodingKey {
            case id, title, theme
            case newIn2022 = "new_in_2022"
            case from2013 = "from_2013"
            case attributes = "attributes_27002"
        }
    }

    struct Mapping: Decodable {
        let old: String
        let new: [String]

        enum CodingKeys: String, CodingKey {
            case old = "iso27001_2013"
            case new = "iso27001_2022"
        }
    }

    let clauses: [Clause]
    let annexA: [Control]
    let mapping: [Mapping]

    enum CodingKeys: String, CodingKey {
        case clauses
        case annexA = "annex_a"
        case mapping = "mapping_2013_to_2022"
    }

    static func load() throws -> ReferenceData {
        let url = try XCTUnwrap(
            Bundle.module.url(forResource: "iso27001-2022", withExtension: "json", subdirectory: "Fixtures"),
            "the reference fixture is missing from the test bundle"
        )
        return try JSONDecoder().decode(ReferenceData.self, from: Data(contentsOf: url))
    }
}
