import Foundation
import NIOCore

/// One client's TCP connection: who it is, how long it has been there, and the deadlines that
/// drop it (not logged in within 30 s; idle past the idle timeout). Confined to the event loop.
final class Connection {
    let channel: Channel
    let peer: String
    let started = Date()
    private let state: ServerState
    /// The name the client asked to log in as (ssh's `user@`), for the log only.
    var requestedUser: String?
    private(set) var access: Access?
    /// The one session channel a connection may open.
    var session: SessionHandler?
    private var deadline: Scheduled<Void>?

    init(channel: Channel, state: ServerState) {
        self.channel = channel
        self.state = state
        peer = Self.describe(channel.remoteAddress)
    }

    func opened() {
        state.add(self)
        state.log.write("connect", [("peer", peer)])
        let timeout = state.configuration.authenticationTimeout
        deadline = channel.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(Int64(timeout * 1000))) { [self] in
            guard access == nil else { return }
            state.log.write("refuse", [("peer", peer), ("user", requestedUser ?? "-"), ("reason", "not logged in within \(Int(timeout)) s")])
            channel.close(promise: nil)
        }
    }

    func authenticated(_ access: Access) {
        self.access = access
        state.log.write("authenticate", fields(access) + [("access", access.readOnly ? "read-only" : "full")])
        touch()
    }

    /// A login, a request or a channel refused; after login the log names who asked.
    func refused(_ reason: String, fingerprint: String?) {
        let user = access.map { $0.person ?? "anonymous" } ?? requestedUser ?? "-"
        state.log.write("refuse", [("peer", peer), ("user", user), ("fingerprint", fingerprint ?? "-"), ("reason", reason)])
    }

    /// The server could not give the session its UI (the log says why; the client sees it end).
    func failed(_ reason: String) {
        state.log.write("error", [("peer", peer), ("user", access.map { $0.person ?? "anonymous" } ?? "-"), ("reason", reason)])
    }

    /// Input from the client: the idle clock starts again.
    func touch() {
        deadline?.cancel()
        let idle = state.configuration.idleTimeout
        deadline = channel.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(Int64(idle * 1000))) { [self] in
            state.log.write("idle", [("peer", peer), ("user", access?.person ?? requestedUser ?? "-"), ("after", "\(Int(idle))s")])
            channel.close(promise: nil)
        }
    }

    /// Asks the session's UI to end (server shutdown); a connection without one is closed.
    func endSession() {
        if let session { session.terminate() } else { channel.close(promise: nil) }
    }

    func closed() {
        deadline?.cancel()
        var fields = access.map(fields) ?? [("peer", peer), ("user", requestedUser ?? "-")]
        fields.append(("access", access.map { $0.readOnly ? "read-only" : "full" } ?? "none"))
        fields.append(("duration", ServeLog.duration(since: started)))
        state.log.write("disconnect", fields)
        state.remove(self)
    }

    private func fields(_ access: Access) -> [(String, String)] {
        [("peer", peer), ("user", access.person ?? "anonymous"), ("login", requestedUser ?? "-"), ("fingerprint", access.fingerprint)]
    }

    static func describe(_ address: SocketAddress?) -> String {
        guard let address else { return "-" }
        let host = address.ipAddress ?? "?"
        let port = address.port.map(String.init) ?? "?"
        return host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}

/// Closes the connection's record when the TCP connection ends, whoever ended it.
final class ConnectionLifecycle: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    private let connection: Connection

    init(_ connection: Connection) {
        self.connection = connection
    }

    func channelInactive(context: ChannelHandlerContext) {
        connection.closed()
        context.fireChannelInactive()
    }
}
