import XCTest
@testable import AnnexDomain

/// A catalog control's statement as lines for a reader.
final class ControlTextTests: XCTestCase {
    func testAnItemWithATitleAndNoLabelIsHeadedByItsTitle() {
        let statement = ControlPart(name: "statement", parts: [
            ControlPart(name: "item", label: "a.", prose: "Review the logs."),
            ControlPart(name: "item", title: "AU-2 Additional Requirements", parts: [
                ControlPart(name: "item", prose: "Requirement: agree the events with the customer."),
            ]),
        ])
        let item = CatalogItem(id: "au-2", title: "Event Logging", kind: .control, guidance: "", auditQuestions: [], label: "AU-2", parts: [statement])
        let framework = Framework(id: "f", title: "F", groups: [CatalogGroup(id: "au", title: "Audit", items: [item])])
        XCTAssertEqual(ControlText.statement(item, in: framework), [
            ControlText.Line(0, "a. Review the logs."),
            ControlText.Line(0, "AU-2 Additional Requirements"),
            ControlText.Line(1, "Requirement: agree the events with the customer."),
        ], "the requirement does not read as part of item a.")
    }
}
