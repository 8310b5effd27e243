import Foundation
import XCTest

/// `annex import soa|risks` against real files: Annex's own exports, a workbook written by
/// openpyxl, and broken files of every kind the importer must refuse.
final class ImportCommandTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/import").path
    private func fixture(_ name: String) -> String { Self.fixtures + "/" + name }

    private func workspace(demo: Bool, in folder: TemporaryFolder, name: String = "ws") throws -> String {
        let path = folder.path + "/" + name
        let created = try AnnexBinary.run(demo ? ["init", "--demo", path] : ["init", path])
        XCTAssertEqual(created.status, 0, created.stderr)
        return path
    }

    private func soaEntries(_ workspace: String) throws -> [String: [String: Any]] {
        let json = try AnnexBinary.run(["export", "soa", "--workspace", workspace, "--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        return Dictionary(rows.map { ($0["control"] as! String, $0) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: round trips

    func testSoAExportedAsCSVOrXLSXImportsIntoAFreshWorkspaceAndExportsTheSameRows() throws {
        let folder = TemporaryFolder()
        let demo = try workspace(demo: true, in: folder, name: "demo")
        let original = try AnnexBinary.run(["export", "soa", "--workspace", demo]).stdout
        XCTAssertEqual(try AnnexBinary.run(["export", "soa", "--workspace", demo, "--output", folder.path + "/soa.csv"]).status, 0)
        XCTAssertEqual(folder.read("soa.csv"), original, "--output writes what standard output shows")
        XCTAssertTrue(original.contains(",yes,contractual,Management direction"), "the reasons for inclusion are exported")
        let xlsx = try AnnexBinary.run(["export", "soa", "--workspace", demo, "--format", "xlsx", "--output", folder.path + "/soa.xlsx"])
        XCTAssertEqual(xlsx.status, 0, xlsx.stderr)

        for file in ["soa.csv", "soa.xlsx"] {
            let fresh = try workspace(demo: false, in: folder, name: "fresh-" + file)
            let imported = try AnnexBinary.run(["import", "soa", folder.path + "/" + file, "--workspace", fresh])
            XCTAssertEqual(imported.status, 0, imported.stderr)
            XCTAssertTrue(imported.stdout.contains("93 controls changed"), imported.stdout)
            // owner_name comes from annex.yaml's people, which a fresh workspace does not have.
            XCTAssertEqual(withoutOwnerNames(try AnnexBinary.run(["export", "soa", "--workspace", fresh]).stdout), withoutOwnerNames(original), "\(file) round trip")
        }
    }

    func testRisksExportedAsCSVOrXLSXImportIntoAFreshWorkspaceAndExportTheSameRows() throws {
        let folder = TemporaryFolder()
        let demo = try workspace(demo: true, in: folder, name: "demo")
        let original = try AnnexBinary.run(["export", "risks", "--workspace", demo]).stdout
        XCTAssertTrue(original.hasPrefix("id,title,description,owner,"), "the description is exported")
        XCTAssertTrue(original.contains("acceptance_rationale"))
        try Data(original.utf8).write(to: URL(fileURLWithPath: folder.path + "/risks.csv"))
        XCTAssertEqual(try AnnexBinary.run(["export", "risks", "--workspace", demo, "--format", "xlsx", "--output", folder.path + "/risks.xlsx"]).status, 0)

        for file in ["risks.csv", "risks.xlsx"] {
            let fresh = try workspace(demo: false, in: folder, name: "fresh-" + file)
            let imported = try AnnexBinary.run(["import", "risks", folder.path + "/" + file, "--workspace", fresh])
            XCTAssertEqual(imported.status, 0, imported.stderr)
            XCTAssertTrue(imported.stdout.contains("42 risks changed"), imported.stdout)
            XCTAssertEqual(try AnnexBinary.run(["export", "risks", "--workspace", fresh]).stdout, original, "\(file) round trip")
        }
    }

    /// The CSV's lines with the `owner_name` column (the 10th) left out.
    private func withoutOwnerNames(_ csv: String) -> [String] {
        csv.split(separator: "\r\n").map { line in
            var fields: [String] = [], field = "", quoted = false
            for character in line {
                if character == "\"" { quoted.toggle() }
                if character == ",", !quoted { fields.append(field); field = "" } else { field.append(character) }
            }
            fields.append(field)
            if fields.count > 9 { fields.remove(at: 9) }
            return fields.joined(separator: ",")
        }
    }

    // MARK: a workbook not written by Annex

    /// `openpyxl-soa.xlsx` was written by openpyxl 3.1 (Python): a title row above the header,
    /// a consultant's headers, inline strings, dates in a DD/MM/YYYY format, a second sheet.
    func testAWorkbookWrittenByOpenpyxlImportsWithItsHeadersFoundAndItsValuesRead() throws {
        let folder = TemporaryFolder()
        let fresh = try workspace(demo: false, in: folder)
        let imported = try AnnexBinary.run(["import", "soa", fixture("openpyxl-soa.xlsx"), "--workspace", fresh])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("openpyxl-soa.xlsx:8: Annex A Ref: A.9.2.1 (ISO/IEC 27001:2013) is imported as A.5.16 (2022)"), imported.stdout)

        let soa = try soaEntries(fresh)
        XCTAssertEqual(soa["A.5.1"]?["justification"] as? String, "Required by customer contracts")
        XCTAssertEqual(soa["A.5.1"]?["reviewed"] as? String, "2026-09-23", "a date cell is a date")
        XCTAssertEqual(soa["A.5.1"]?["notes"] as? String, "Policy v3.2", "Comments is the notes column")
        XCTAssertEqual(soa["A.5.2"]?["status"] as? String, "partial", "5.2 is A.5.2; partially implemented")
        XCTAssertEqual(soa["A.5.3"]?["status"] as? String, "partial", "A 5.3 is A.5.3; in progress")
        XCTAssertEqual(soa["A.7.4"]?["applicable"] as? Bool, false, "Annex A 7.4, N")
        XCTAssertEqual(soa["A.7.4"]?["status"] as? String, "not_started", "N/A leaves the status alone")
        XCTAssertEqual(soa["A.5.16"]?["status"] as? String, "planned")
        XCTAssertEqual(soa["A.5.18"]?["status"] as? String, "implemented")
        XCTAssertEqual(soa["A.5.4"]?["justification"] as? String, "", "controls the file does not name are untouched")
    }

    func testTheRiskSheetOfThatWorkbookImportsByNameWithScaleLabelsAndSynonyms() throws {
        let folder = TemporaryFolder()
        let fresh = try workspace(demo: false, in: folder)
        let imported = try AnnexBinary.run(["import", "risks", fixture("openpyxl-soa.xlsx"), "--sheet", "Risk register", "--workspace", fresh])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("A.15.1.1 (ISO/IEC 27001:2013) is linked as A.5.19 (2022)"), imported.stdout)
        let json = try AnnexBinary.run(["export", "risks", "--workspace", fresh, "--format", "json"])
        let risks = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(risks.count, 2)
        let laptop = try XCTUnwrap(risks.first { $0["title"] as? String == "Laptop theft exposes customer data" })
        XCTAssertEqual(laptop["likelihood"] as? Int, 4, "Likely is 4 on the 5x5 scale")
        XCTAssertEqual(laptop["treatment"] as? String, "modify", "Reduce")
        XCTAssertEqual(laptop["controls"] as? [String], ["A.8.1", "A.8.24"])
        XCTAssertEqual(laptop["due"] as? String, "2027-01-31")
        XCTAssertTrue((laptop["id"] as? String ?? "").hasPrefix("R-"))
        let supplier = try XCTUnwrap(risks.first { $0["title"] as? String == "Supplier outage" })
        XCTAssertEqual(supplier["impact"] as? Int, 4, "Major")
        XCTAssertEqual(supplier["treatment"] as? String, "share", "Transfer")
        XCTAssertEqual(supplier["controls"] as? [String], ["A.5.19"], "A.5.19 and its 2013 id are one control")
    }

    /// `libreoffice-risks.xlsx` was written by LibreOffice Calc 7.4 (`soffice --headless --convert-to xlsx`
    /// from a CSV): shared strings, its own styles, a date cell, headers such as `Likelihood (1-5)`.
    func testARegisterSavedByLibreOfficeImportsAndImportingItAgainChangesNothing() throws {
        let folder = TemporaryFolder()
        let fresh = try workspace(demo: false, in: folder)
        let file = fixture("libreoffice-risks.xlsx")
        let unnamed = try AnnexBinary.run(["import", "risks", file, "--workspace", fresh])
        XCTAssertEqual(unnamed.status, 1)
        XCTAssertTrue(unnamed.stderr.contains("libreoffice-risks.xlsx:1: title: no column found (the headers are \"Risk No.\", \"Risk Description\""), unnamed.stderr)

        let imported = try AnnexBinary.run(["import", "risks", file, "--map", "title=Risk Description", "--workspace", fresh])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.hasSuffix("2 risks changed, 0 unchanged\n"), imported.stdout)
        let risk = try XCTUnwrap(folder.read("ws/risks/RK-01.yaml"))
        for line in ["title: Phishing leads to account takeover", "likelihood: 4", "impact: 3", "treatment: modify", "due: 2027-03-31", "status: treating"] {
            XCTAssertTrue(risk.contains(line + "\n"), "\(line) in\n\(risk)")
        }
        XCTAssertTrue(try XCTUnwrap(folder.read("ws/risks/RK-02.yaml")).contains("treatment: retain\n"), "Accept is retain")

        let again = try AnnexBinary.run(["import", "risks", file, "--map", "title=Risk Description", "--workspace", fresh])
        XCTAssertTrue(again.stdout.hasSuffix("0 risks changed, 2 unchanged\n"), again.stdout)
        XCTAssertEqual(folder.read("ws/risks/RK-01.yaml"), risk)
    }

    // MARK: headers, --map, 2013 ids

    func testMapNamesAColumnWhoseHeaderIsNotRecognised() throws {
        let folder = TemporaryFolder()
        let fresh = try workspace(demo: false, in: folder)
        let unmapped = try AnnexBinary.run(["import", "soa", fixture("mapped-headers.csv"), "--workspace", fresh])
        XCTAssertEqual(unmapped.status, 1)
        XCTAssertTrue(unmapped.stderr.contains("mapped-headers.csv:1: control: no column found"), unmapped.stderr)

        let mapped = try AnnexBinary.run(["import", "soa", fixture("mapped-headers.csv"), "--map", "control=Nr", "--map", "status=umsetzung", "--workspace", fresh])
        XCTAssertEqual(mapped.status, 0, mapped.stderr)
        XCTAssertEqual(try soaEntries(fresh)["A.5.1"]?["status"] as? String, "implemented")

        let badField = try AnnexBinary.run(["import", "soa", fixture("mapped-headers.csv"), "--map", "colour=Nr", "--workspace", fresh])
        XCTAssertEqual(badField.status, 1)
        XCTAssertTrue(badField.stderr.contains("--map colour=…: no such field; the fields are control, applicable"), badField.stderr)
    }

    func testSeveral2013ControlsIntoOne2022ControlAreMergedAndSaid() throws {
        let folder = TemporaryFolder()
        let fresh = try workspace(demo: false, in: folder)
        let imported = try AnnexBinary.run(["import", "soa", fixture("iso2013.csv"), "--workspace", fresh])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("A.5.1.1 (2013), A.5.1.2 (2013) merged into A.5.1 (rows 2, 3)"), imported.stdout)
        XCTAssertTrue(imported.stdout.contains("iso2013.csv:4: Control: A.6.1.2 (ISO/IEC 27001:2013) is imported as A.5.3 (2022)"), imported.stdout)
        let soa = try soaEntries(fresh)
        XCTAssertEqual(soa["A.5.1"]?["status"] as? String, "planned", "the least advanced of the merged rows")
        XCTAssertEqual(soa["A.5.1"]?["justification"] as? String, "Policy set\nPolicy reviewed")
        XCTAssertEqual(soa["A.5.3"]?["status"] as? String, "partial")
    }

    func testReasonsForInclusionAreReadInWordsOrAsTheClassicTemplateCodes() throws {
        let folder = TemporaryFolder()
        let fresh = try workspace(demo: false, in: folder)
        let imported = try AnnexBinary.run(["import", "soa", fixture("reasons.csv"), "--workspace", fresh])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let soa = try soaEntries(fresh)
        XCTAssertEqual(soa["A.5.1"]?["reasons"] as? [String], ["risk_treatment", "legal_regulatory"], "RRA, LR")
        XCTAssertEqual(soa["A.5.2"]?["reasons"] as? [String], ["business_requirement", "best_practice"], "BR/BP")
        XCTAssertEqual(soa["A.5.3"]?["reasons"] as? [String], ["contractual"])

        let bad = try AnnexBinary.run(["import", "soa", fixture("bad-reason.csv"), "--workspace", fresh])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("bad-reason.csv:2: Reason for selection: \"Gut feeling\" is not a reason for inclusion"), bad.stderr)
    }

    func testARiskDryRunWritesNoFile() throws {
        let folder = TemporaryFolder()
        let fresh = try workspace(demo: false, in: folder)
        let dry = try AnnexBinary.run(["import", "risks", fixture("libreoffice-risks.xlsx"), "--map", "title=Risk Description", "--dry-run", "--workspace", fresh])
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("RK-01 (new), row 2:\n  title: (none) → \"Phishing leads to account takeover\"\n"), dry.stdout)
        XCTAssertTrue(dry.stdout.hasSuffix("2 risks would change, 0 unchanged (dry run: nothing written)\n"), dry.stdout)
        let risks = (try? FileManager.default.contentsOfDirectory(atPath: fresh + "/risks")) ?? []
        XCTAssertEqual(risks.filter { !$0.hasPrefix(".") }, [], "no risk file was written")
    }

    // MARK: what is refused, and writes nothing

    func testEveryBadRowIsReportedAtOnceAsFileRowColumnAndNothingIsWritten() throws {
        let folder = TemporaryFolder()
        let demo = try workspace(demo: true, in: folder)
        let before = folder.read("ws/soa.yaml")
        let result = try AnnexBinary.run(["import", "soa", fixture("malformed.csv"), "--workspace", demo])
        XCTAssertEqual(result.status, 1)
        let file = fixture("malformed.csv")
        XCTAssertEqual(result.stderr.split(separator: "\n").map(String.init), [
            "\(file):3: Control ID: A.5.99 is not an Annex A control of ISO/IEC 27001:2022 (A.5.1 to A.8.34) nor of 2013",
            "\(file):4: Implementation Status: \"Sort of\" is not a status (implemented, partially implemented, in progress, planned, not implemented, not started)",
            "\(file):5: Control ID: A.5.1 is listed twice (first on row 2)",
            "\(file):6: Control ID: \"banana\" is not a control id (such as A.5.1 or 5.1)",
            "annex: 4 errors in \(file): nothing was imported",
        ])
        XCTAssertEqual(folder.read("ws/soa.yaml"), before, "row 2 is valid, but a failing file writes nothing")
    }

    func testBrokenFilesAreClearErrorsAndWriteNothing() throws {
        let folder = TemporaryFolder()
        let demo = try workspace(demo: true, in: folder)
        let before = folder.read("ws/soa.yaml")
        let cases: [([String], String)] = [
            (["missing-column.csv"], "missing-column.csv:1: control: no column found (the headers are \"Title\", \"Status\"); name it with --map control=HEADER"),
            (["empty.csv"], "empty.csv: is empty: no header row and no rows to import"),
            (["latin1.csv"], "latin1.csv:2: is not UTF-8 text; save the sheet as \"CSV UTF-8\" and import it again"),
            (["formula.xlsx"], "formula.xlsx:3: Applicable: a formula; Annex imports values only"),
            (["openpyxl-soa.xlsx", "--sheet", "Nope"], "openpyxl-soa.xlsx: has no sheet named \"Nope\"; its sheets: \"SoA\", \"Risk register\""),
            (["semicolons.csv", "--sheet", "SoA"], "semicolons.csv: is CSV, which has no sheets: leave out --sheet"),
        ]
        for (arguments, message) in cases {
            let result = try AnnexBinary.run(["import", "soa", fixture(arguments[0])] + arguments.dropFirst() + ["--workspace", demo])
            XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("Fatal") || result.stderr.contains("Stack"), result.stderr)
        }
        let missing = try AnnexBinary.run(["import", "risks", folder.path + "/none.csv", "--workspace", demo])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("none.csv: does not exist"), missing.stderr)
        XCTAssertEqual(folder.read("ws/soa.yaml"), before)
    }

    func testDryRunPrintsTheChangesAndWritesNothingThenTheImportKeepsCommentsAndUnknownKeys() throws {
        let folder = TemporaryFolder()
        let demo = try workspace(demo: true, in: folder)
        let original = try XCTUnwrap(folder.read("ws/soa.yaml"))
        let annotated = "# reviewed by the consultant\n" + original.replacingOccurrences(of: "- control: A.5.2\n", with: "- control: A.5.2\n  x-ticket: SEC-12 # keep me\n")
        folder.write("ws/soa.yaml", annotated)

        let dry = try AnnexBinary.run(["import", "soa", fixture("semicolons.csv"), "--dry-run", "--workspace", demo])
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("A.8.34, row 3:\n  applicable: true → false\n"), dry.stdout)
        XCTAssertTrue(dry.stdout.hasSuffix("2 controls would change, 0 unchanged (dry run: nothing written)\n"), dry.stdout)
        XCTAssertEqual(folder.read("ws/soa.yaml"), annotated, "a dry run writes nothing")

        let real = try AnnexBinary.run(["import", "soa", fixture("semicolons.csv"), "--workspace", demo])
        XCTAssertEqual(real.status, 0, real.stderr)
        let after = try XCTUnwrap(folder.read("ws/soa.yaml"))
        XCTAssertTrue(after.hasPrefix("# reviewed by the consultant\n"))
        XCTAssertTrue(after.contains("  x-ticket: SEC-12 # keep me\n"))
        XCTAssertEqual(try soaEntries(demo)["A.8.34"]?["justification"] as? String, "No audits of production; see policy")
        let changed = zip(annotated.split(separator: "\n", omittingEmptySubsequences: false), after.split(separator: "\n", omittingEmptySubsequences: false)).filter { $0 != $1 }
        XCTAssertEqual(changed.count, 3, "only the lines of the three changed fields: \(changed)")
    }
}
