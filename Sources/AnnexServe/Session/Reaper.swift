import Foundation
import NIOCore

/// Waits for a session's child without blocking the event loop, and makes sure it ends: a UI
/// that has not gone within `grace` of being asked is killed. Every child is waited for, so
/// none is left a zombie.
enum Reaper {
    static let pollInterval = TimeAmount.milliseconds(10)

    /// Called on `loop`. `done` gets the exit status (128 + signal when a signal ended it).
    static func reap(_ pid: pid_t, on loop: EventLoop, grace: TimeAmount = .seconds(3), done: @escaping @Sendable (Int32) -> Void) {
        let deadline = NIODeadline.now() + grace
        let killed = NIOLoopBoundBox(false, eventLoop: loop)
        loop.scheduleRepeatedTask(initialDelay: .zero, delay: pollInterval) { task in
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid || (result == -1 && errno == ECHILD) {
                task.cancel()
                // WIFEXITED / WEXITSTATUS by hand: Swift does not import the macros.
                done(result == pid ? (status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)) : 255)
                return
            }
            if NIODeadline.now() > deadline && !killed.value {
                killed.value = true
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
            }
        }
    }
}
