import AnnexDomain
@testable import AnnexStore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A full disk stops a write halfway. A journal event is written whole or not at all: no partial
/// line is left for the next load to report, and the next append starts on a clean line.
final class FullDiskTests: XCTestCase {
    func testAnAppendThatRunsOutOfSpaceLeavesTheJournalAsItWas() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/findings-aud.jsonl"
        let first = Data("{\"event\":\"one\"}\n".utf8)
        try DurableFile.append(path, line: first)

        // A file size limit stands in for the full disk: the write stops where the limit is.
        signal(SIGXFSZ, SIG_IGN)
        var saved = rlimit()
        getrlimit(Int32(RLIMIT_FSIZE.rawValue), &saved)
        var limited = saved
        limited.rlim_cur = rlim_t(first.count + 10)
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limited)
        let attempt = Result { try DurableFile.append(path, line: Data(String(repeating: "x", count: 200).utf8 + [0x0A])) }
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &saved)
        signal(SIGXFSZ, SIG_DFL)

        XCTAssertThrowsError(try attempt.get(), "the failed write is reported")
        XCTAssertEqual(FileManager.default.contents(atPath: path), first, "no partial line is left behind")
    }
}
