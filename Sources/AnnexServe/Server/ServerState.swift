import Foundation
import NIOCore

/// What every connection shares: the count of connections and of children, and the way to end
/// them all. Confined to the server's single event loop, which is why it needs no lock.
final class ServerState: @unchecked Sendable {
    let loop: EventLoop
    let configuration: ServeConfiguration
    let log: ServeLog
    private(set) var connections: [ObjectIdentifier: Connection] = [:]
    private var children = 0
    private(set) var shuttingDown = false
    private let finished: EventLoopPromise<Void>
    private var done = false

    init(loop: EventLoop, configuration: ServeConfiguration, log: ServeLog) {
        self.loop = loop
        self.configuration = configuration
        self.log = log
        finished = loop.makePromise()
    }

    /// Completes once shutdown is asked and every connection is closed and every child reaped.
    var allEnded: EventLoopFuture<Void> { finished.futureResult }

    func add(_ connection: Connection) {
        loop.preconditionInEventLoop()
        connections[ObjectIdentifier(connection)] = connection
    }

    func remove(_ connection: Connection) {
        loop.preconditionInEventLoop()
        connections[ObjectIdentifier(connection)] = nil
        finishIfDone()
    }

    func childStarted() {
        loop.preconditionInEventLoop()
        children += 1
    }

    func childReaped() {
        loop.preconditionInEventLoop()
        children -= 1
        finishIfDone()
    }

    /// SIGTERM: no new connections; every UI is asked to end (it restores the client's screen
    /// and exits, which closes its session); what is still open after `grace` is closed.
    func shutDown(grace: TimeAmount = .seconds(5)) {
        loop.preconditionInEventLoop()
        guard !shuttingDown else { return }
        shuttingDown = true
        for connection in connections.values { connection.endSession() }
        loop.scheduleTask(in: grace) { [self] in
            for connection in connections.values { connection.channel.close(promise: nil) }
        }
        finishIfDone()
    }

    /// The server never started (it could not listen): nothing to wait for.
    func abandon() {
        done = true
        finished.succeed(())
    }

    private func finishIfDone() {
        guard !done, shuttingDown, connections.isEmpty, children == 0 else { return }
        done = true
        finished.succeed(())
    }
}
