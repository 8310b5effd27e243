import CNcurses
import Glibc

/// Puts the terminal back however the process ends. The only file that calls the shim's
/// handler installers: the crash handler keeps its saved handlers in static C storage.
enum TerminalSignals {
    @MainActor private static var installed = false

    @MainActor static func install() {
        guard !installed else { return }
        installed = true
        // ncurses installs its own SIGINT/SIGTERM handlers in newterm; these replace them to
        // also cover SIGHUP (the terminal closed) and to exit with the status a shell expects.
        for signo in [SIGINT, SIGTERM, SIGHUP] {
            signal(signo, annex_on_terminating_signal)
        }
        annex_install_crash_handlers()
        // exit() from anywhere (a library, a fatal path) runs this; it does nothing once restored.
        atexit(annex_restore_terminal)
    }
}
