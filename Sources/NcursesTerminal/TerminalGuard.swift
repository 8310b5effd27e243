import TerminalCore

/// Runs a terminal session so that the terminal is restored on every way out: a normal return,
/// a thrown error, `exit()`, SIGINT/SIGTERM/SIGHUP (exit status 128+signal) and crashes.
@MainActor
public enum TerminalGuard {
    public static func run<T>(options: NcursesScreen.Options = .init(), _ body: (NcursesScreen) throws -> T) throws -> T {
        let screen = try NcursesScreen(options: options)
        defer { screen.restore() }
        TerminalSignals.install()
        return try body(screen)
    }

    public static func run<T>(options: NcursesScreen.Options = .init(), _ body: (NcursesScreen) async throws -> T) async throws -> T {
        let screen = try NcursesScreen(options: options)
        defer { screen.restore() }
        TerminalSignals.install()
        return try await body(screen)
    }
}
