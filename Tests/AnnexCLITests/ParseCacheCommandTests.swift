import Foundation
import XCTest

/// `annex check` and the exports say exactly the same whether the records come from their files
/// or from the parse cache, and the cache never reaches git.
final class ParseCacheCommandTests: XCTestCase {
    func testCheckAndExportsSayTheSameWithAndWithoutTheCache() throws {
        let folder = TemporaryFolder()
        let demo = folder.path + "/demo"
        XCTAssertEqual(try AnnexBinary.run(["init", "--demo", demo]).status, 0)
        // A warning the cache must keep, an error it must not hide, a bad journal line.
        let risk = try String(contentsOfFile: demo + "/risks/R-001.yaml", encoding: .utf8)
        try (risk + "colour: blue\n").write(toFile: demo + "/risks/R-001.yaml", atomically: true, encoding: .utf8)
        try "id: R-002\ntitle: [unclosed\n".write(toFile: demo + "/risks/R-002.yaml", atomically: true, encoding: .utf8)
        let journal = demo + "/audits/IA-2026-2/findings-kbenali.jsonl"
        try (try String(contentsOfFile: journal, encoding: .utf8) + "this is not json\n").write(toFile: journal, atomically: true, encoding: .utf8)
        // Files written just now are not trusted to the cache yet (their time stamps are too fresh).
        Thread.sleep(forTimeInterval: 2.1)

        let commands = [["check"], ["export", "risks", "--format", "csv"], ["export", "findings", "--audit", "IA-2026-2", "--format", "md"]]
        var withoutCache: [AnnexBinary.Result] = []
        for command in commands {
            try? FileManager.default.removeItem(atPath: demo + "/.annex-cache")
            withoutCache.append(try AnnexBinary.run(command + ["--workspace", demo]))
        }
        XCTAssertEqual(withoutCache[0].status, 1, "the broken risk is an error")
        XCTAssertTrue(withoutCache[0].stdout.contains("risks/R-001.yaml:"), withoutCache[0].stdout)
        XCTAssertTrue(withoutCache[0].stdout.contains("risks/R-002.yaml:3:"), withoutCache[0].stdout)

        for (command, expected) in zip(commands, withoutCache) {
            for round in ["building the cache", "from the cache"] {
                let result = try AnnexBinary.run(command + ["--workspace", demo])
                XCTAssertEqual(result.stdout, expected.stdout, "\(command) \(round)")
                XCTAssertEqual(result.stderr, expected.stderr, "\(command) \(round)")
                XCTAssertEqual(result.status, expected.status, "\(command) \(round)")
            }
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: demo + "/.annex-cache/records"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: demo + "/.annex-cache/journals"))
        XCTAssertEqual(try String(contentsOfFile: demo + "/.annex-cache/.gitignore", encoding: .utf8), "*\n",
                       "git ignores the cache even where the workspace's own .gitignore does not list it")
    }
}
