import Foundation
import XCTest

/// The built `annex` binary and the workspaces the end-to-end tests run it on.
enum AnnexE2E {
    static let today = "2026-11-29"

    static var binaryPath: String {
        // On Linux the bundle URL is the products folder itself; elsewhere it is the .xctest
        // bundle inside it. Either way the executable sits in the products folder.
        let bundle = Bundle(for: Marker.self).bundleURL
        let products = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
        return products.appendingPathComponent("annex").path
    }

    private final class Marker {}

    /// `annex init --demo` into a new temporary folder.
    static func demoWorkspace() throws -> String {
        let folder = Scratch.makeFolder(prefix: "annex-e2e-ws")
        let workspace = folder + "/demo"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binaryPath)
        process.arguments = ["init", "--demo", workspace]
        var environment = ProcessInfo.processInfo.environment
        environment["ANNEX_TODAY"] = today
        environment["ANNEX_WORKSPACE"] = nil
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw E2EError("annex init --demo failed (\(process.terminationStatus)): \(text)")
        }
        return workspace
    }
}

enum Scratch {
    static func makeFolder(prefix: String) -> String {
        var template = Array((NSTemporaryDirectory() + "/\(prefix)-XXXXXX").utf8CString)
        return String(cString: mkdtemp(&template)!)
    }
}

/// Base class: skips when tmux is missing, gives each test a demo workspace, and kills every
/// tmux server a test started, whatever happened in the test.
class AnnexE2ETestCase: XCTestCase {
    private(set) var workspace = ""
    private var sessions: [TmuxSession] = []
    private var scratch: [String] = []

    override func setUpWithError() throws {
        try super.setUpWithError()
        guard TmuxSession.tmuxPath != nil else { throw XCTSkip("tmux is not installed") }
        guard FileManager.default.isExecutableFile(atPath: AnnexE2E.binaryPath) else {
            XCTFail("annex binary not found at \(AnnexE2E.binaryPath): build it with the tests (swift build --build-tests)")
            throw E2EError("no annex binary")
        }
        workspace = try AnnexE2E.demoWorkspace()
        scratch.append((workspace as NSString).deletingLastPathComponent)
    }

    override func tearDown() {
        for session in sessions { session.kill() }
        sessions.removeAll()
        for folder in scratch { try? FileManager.default.removeItem(atPath: folder) }
        scratch.removeAll()
        super.tearDown()
    }

    /// Starts annex on the test's workspace (or `workspace`) and waits for the dashboard.
    func start(workspace: String? = nil, subcommand: [String] = [], arguments: [String] = [], command: [String]? = nil,
               environment: [(String, String)] = [], width: Int = 100, height: Int = 30, waitForDashboard: Bool = true,
               file: StaticString = #filePath, line: UInt = #line) throws -> TmuxSession {
        let session = try TmuxSession(workspace: workspace ?? self.workspace, subcommand: subcommand, arguments: arguments, command: command,
                                      environment: environment, width: width, height: height)
        sessions.append(session)
        if waitForDashboard {
            // The bottom row is written last: with it on screen the first frame is complete, and a
            // test reading the whole screen never sees half of it.
            try session.waitForScreen("the dashboard's first frame, to the status line", file: file, line: line) { screen in
                screen.contains("1 Dashboard") && screen.contains("Statement of Applicability")
                    && !(Screen.rows(screen).last ?? "").trimmingCharacters(in: .whitespaces).isEmpty
            }
        }
        return session
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: workspace + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Polls a workspace file until `condition` holds on its text; returns it.
    @discardableResult
    func waitForFile(_ relative: String, _ what: String, timeout: TimeInterval = TmuxSession.defaultTimeout,
                     file: StaticString = #filePath, line: UInt = #line, _ condition: (String?) -> Bool) throws -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let text = read(relative)
            if condition(text) { return text }
            if Date() >= deadline {
                XCTFail("Timed out after \(timeout) s waiting for \(relative): \(what)", file: file, line: line)
                throw E2EError("timed out waiting for \(relative)")
            }
            Thread.sleep(forTimeInterval: TmuxSession.pollInterval)
        }
    }
}
