import Foundation
import NIOCore
import NIOPosix
import NIOSSH

/// `annex serve`: an SSH server whose only service is the annex UI, one child process on its
/// own pseudo-terminal per session. Runs until SIGTERM (or SIGINT), then ends every session and
/// returns.
public enum SSHServer {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The largest channel packet a client may send (the smallest RFC 4253 allows).
    static let maximumPacketSize = 32 * 1024

    public static func run(_ configuration: ServeConfiguration, log: ServeLog, listening: (String) -> Void) throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let loop = group.next()
        let state = ServerState(loop: loop, configuration: configuration, log: log)

        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try accept(channel, state: state)
                }
            }
        let server: Channel
        do {
            server = try bootstrap.bind(host: configuration.host, port: configuration.port).wait()
        } catch {
            try? loop.submit { state.abandon() }.wait()
            throw Failure(description: "cannot listen on \(configuration.host):\(configuration.port): \(Self.describe(error))")
        }
        let address = server.localAddress.map { Connection.describe($0) } ?? "\(configuration.host):\(configuration.port)"
        listening(address)

        let signals = [SIGTERM, SIGINT].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                loop.execute {
                    log.note("stopping: ending every session")
                    server.close(promise: nil)
                    state.shutDown()
                }
            }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }
        try state.allEnded.wait()
        log.note("stopped")
    }

    /// A new TCP connection: refused when the server is full, else given the SSH handler with
    /// this connection's authenticator.
    private static func accept(_ channel: Channel, state: ServerState) throws {
        let connection = Connection(channel: channel, state: state)
        if state.shuttingDown || state.connections.count >= state.configuration.maxSessions {
            state.log.write("refuse", [("peer", connection.peer), ("reason", state.shuttingDown ? "stopping" : "all \(state.configuration.maxSessions) sessions in use")])
            throw Failure(description: "full")
        }
        connection.opened()
        var serverConfiguration = SSHServerConfiguration(
            hostKeys: [state.configuration.hostKey],
            userAuthDelegate: Authenticator(connection: connection, configuration: state.configuration),
            globalRequestDelegate: RefuseForwarding(connection: connection)
        )
        serverConfiguration.maximumPacketSize = maximumPacketSize
        serverConfiguration.maxAuthAttempts = 20
        let sessionInitializer: (Channel, SSHChannelType) -> EventLoopFuture<Void> = { child, type in
            openChannel(child, type: type, connection: connection, state: state)
        }
        let handlers = channel.pipeline.syncOperations
        try handlers.addHandler(ConnectionLifecycle(connection))
        try handlers.addHandler(NIOSSHHandler(role: .server(serverConfiguration), allocator: channel.allocator,
                                              inboundChildChannelInitializer: sessionInitializer))
        try handlers.addHandler(CloseOnError())
    }

    /// A channel the client opens: one session per connection; port forwarding never.
    private static func openChannel(_ child: Channel, type: SSHChannelType, connection: Connection, state: ServerState) -> EventLoopFuture<Void> {
        guard case .session = type else {
            connection.refused("port forwarding", fingerprint: connection.access?.fingerprint)
            return child.eventLoop.makeFailedFuture(Failure(description: "only session channels"))
        }
        guard connection.session == nil, let access = connection.access else {
            connection.refused("a second session on one connection", fingerprint: connection.access?.fingerprint)
            return child.eventLoop.makeFailedFuture(Failure(description: "one session per connection"))
        }
        return child.eventLoop.makeCompletedFuture {
            let session = SessionHandler(connection: connection, access: access, state: state)
            connection.session = session
            try child.pipeline.syncOperations.addHandler(session)
        }
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)) }
        return "\(error)"
    }
}

/// `tcpip-forward` and its cancel are refused (the protocol's default answer, said once here
/// so the log shows it).
struct RefuseForwarding: GlobalRequestDelegate {
    let connection: Connection

    func tcpForwardingRequest(_ request: GlobalRequest.TCPForwardingRequest, handler: NIOSSHHandler,
                              promise: EventLoopPromise<GlobalRequest.TCPForwardingResponse>) {
        connection.refused("port forwarding", fingerprint: connection.access?.fingerprint)
        promise.fail(SSHServer.Failure(description: "port forwarding is refused"))
    }
}

/// A protocol error (a bad packet, a failed key exchange) ends the connection.
final class CloseOnError: ChannelInboundHandler {
    typealias InboundIn = Any

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}
