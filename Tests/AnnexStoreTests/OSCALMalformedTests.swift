import AnnexDomain
import AnnexStore
import Foundation
import XCTest

/// Every kind of malformed or non-catalog input is refused with the JSON path of the problem.
final class OSCALMalformedTests: XCTestCase {
    private func problem(_ json: String) -> String? {
        do {
            _ = try OSCALCatalogReader.read(Data(json.utf8))
            return nil
        } catch let error as OSCALError {
            return error.description
        } catch {
            return "unexpected \(error)"
        }
    }

    private func catalog(groups: String) -> String {
        #"{"catalog": {"uuid": "u", "metadata": {"title": "T"}, "groups": \#(groups)}}"#
    }

    func testAControlWithoutAnIdIsNamedByItsPath() {
        let good = #"{"id": "c-ID", "title": "C"}"#
        func group(_ n: Int, controls: [String]) -> String {
            #"{"id": "g\#(n)", "title": "G", "controls": [\#(controls.joined(separator: ","))]}"#
        }
        let controls = (0..<7).map { good.replacingOccurrences(of: "ID", with: "\($0)") } + [#"{"title": "No id"}"#]
        let groups = (0..<3).map { group($0, controls: [good.replacingOccurrences(of: "ID", with: "x\($0)")]) } + [group(3, controls: controls)]
        XCTAssertEqual(problem(catalog(groups: "[" + groups.joined(separator: ",") + "]")), "$.catalog.groups[3].controls[7]: id is missing")
    }

    func testNotJSONOrNotACatalog() {
        XCTAssertEqual(problem("{\"catalog\": "), "$: not valid JSON (Unexpected end of file during JSON parse.)")
        XCTAssertEqual(problem("[1, 2]"), "$: expected an object, found an array")
        XCTAssertEqual(problem(#"{"profile": {"uuid": "u"}}"#), "$: an OSCAL profile, not a catalog: resolve it into a catalog first")
        XCTAssertEqual(problem(#"{"assessment-results": {}}"#), "$: an OSCAL assessment-results, not a catalog")
        XCTAssertEqual(problem(#"{"name": "x"}"#), #"$: not an OSCAL catalog (no "catalog" object)"#)
        XCTAssertEqual(problem(#"{"catalog": []}"#), "$.catalog: expected an object, found an array")
    }

    func testRequiredCatalogFields() {
        XCTAssertEqual(problem(#"{"catalog": {"metadata": {"title": "T"}}}"#), "$.catalog: uuid is missing")
        XCTAssertEqual(problem(#"{"catalog": {"uuid": "u"}}"#), "$.catalog: metadata is missing")
        XCTAssertEqual(problem(#"{"catalog": {"uuid": "u", "metadata": {}}}"#), "$.catalog.metadata: title is missing")
        XCTAssertEqual(problem(catalog(groups: "[]")), "$.catalog: the catalog has no controls")
    }

    func testWrongTypesAreNamedWithWhatWasFound() {
        XCTAssertEqual(problem(catalog(groups: #"{"id": "g"}"#)), "$.catalog.groups: expected an array, found an object")
        XCTAssertEqual(problem(catalog(groups: #"[{"id": "g", "title": "G", "controls": [{"id": "a", "title": 5}]}]"#)),
                       "$.catalog.groups[0].controls[0].title: expected a string, found a number")
        XCTAssertEqual(problem(catalog(groups: #"[{"id": "g", "title": "G", "controls": [{"id": true, "title": "A"}]}]"#)),
                       "$.catalog.groups[0].controls[0].id: expected a string, found a boolean")
        XCTAssertEqual(problem(catalog(groups: #"[{"id": "g", "controls": []}]"#)), "$.catalog.groups[0]: title is missing")
    }

    func testDuplicateIdsAndBadParametersAndParts() {
        XCTAssertEqual(problem(catalog(groups: #"[{"id": "g", "title": "G", "controls": [{"id": "a", "title": "A"}, {"id": "b", "title": "B", "controls": [{"id": "a", "title": "A again"}]}]}]"#)),
                       "$.catalog.groups[0].controls[1].controls[0]: id 'a' is used twice (first at $.catalog.groups[0].controls[0])")
        XCTAssertEqual(problem(catalog(groups: #"[{"id": "g", "title": "G", "controls": [{"id": "a", "title": "A", "params": [{"label": "x"}]}]}]"#)),
                       "$.catalog.groups[0].controls[0].params[0]: id is missing")
        XCTAssertEqual(problem(catalog(groups: #"[{"id": "g", "title": "G", "controls": [{"id": "a", "title": "A", "params": [{"id": "p", "select": {"how-many": "two", "choice": ["x"]}}]}]}]"#)),
                       "$.catalog.groups[0].controls[0].params[0].select.how-many: how-many is 'two'; expected one or one-or-more")
        XCTAssertEqual(problem(catalog(groups: #"[{"id": "g", "title": "G", "controls": [{"id": "a", "title": "A", "parts": [{"name": "statement", "parts": [{"prose": "x"}]}]}]}]"#)),
                       "$.catalog.groups[0].controls[0].parts[0].parts[0]: name is missing")
        XCTAssertEqual(problem(catalog(groups: #"[{"id": "g", "title": "G", "controls": [{"id": "a", "title": "A", "props": [{"name": "label"}]}]}]"#)),
                       "$.catalog.groups[0].controls[0].props[0]: value is missing")
    }
}
