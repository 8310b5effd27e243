import Foundation
import NIOCore
import NIOPosix
import NIOSSH

/// One SSH session channel: takes the client's terminal (pty-req, window-change), starts the UI
/// on `shell`, relays keys to it, and refuses everything else a client may ask of a session
/// (exec, subsystem, environment, X11 and agent forwarding, which NIOSSH answers for us).
final class SessionHandler: ChannelInboundHandler {
    typealias InboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    private let connection: Connection
    private let access: Access
    private let state: ServerState
    private var context: ChannelHandlerContext?
    private var terminal: (term: String, columns: Int, rows: Int)?
    private var process: TerminalProcess?
    private var relay: Channel?
    private var started = false
    private var reaping = false
    private var ended = false

    init(connection: Connection, access: Access, state: ServerState) {
        self.connection = connection
        self.access = access
        self.state = state
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let message = unwrapInboundIn(data)
        guard case .channel = message.type, case .byteBuffer(let bytes) = message.data else { return }
        connection.touch()
        relay?.writeAndFlush(bytes, promise: nil)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            terminal = (request.term, request.terminalCharacterWidth, request.terminalRowHeight)
            reply(request.wantReply, true)
        case let request as SSHChannelRequestEvent.ShellRequest:
            startUI(wantReply: request.wantReply)
        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            terminal?.columns = request.terminalCharacterWidth
            terminal?.rows = request.terminalRowHeight
            if let process, relay != nil {
                TerminalProcess.resize(master: process.master, rows: request.terminalRowHeight, columns: request.terminalCharacterWidth)
            }
        case let request as SSHChannelRequestEvent.ExecRequest:
            refuse("exec request", wantReply: request.wantReply, message: "annex serve runs the annex UI only: no commands")
        case let request as SSHChannelRequestEvent.SubsystemRequest:
            refuse("subsystem request (\(request.subsystem))", wantReply: request.wantReply, message: "annex serve runs the annex UI only: no subsystems (sftp, …)")
        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            // The UI's environment is the server's: a client's LANG or ANNEX_* does not reach it.
            reply(request.wantReply, false)
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // A slow client: stop reading the UI's output until the channel drains.
        _ = relay?.setOption(ChannelOptions.autoRead, value: context.channel.isWritable)
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        ended = true
        // The client went away (or the connection was closed): closing the pty's master hangs
        // up the UI; the reaper makes sure it ends.
        if let process {
            kill(process.pid, SIGHUP)
            if let relay { relay.close(promise: nil) } else { reap(process) }
        }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }

    /// Server shutdown: the UI gets SIGTERM, restores the client's screen and exits, which
    /// ends the session the usual way.
    func terminate() {
        if let process { kill(process.pid, SIGTERM) } else { context?.close(promise: nil) }
    }

    // MARK: the UI

    private func startUI(wantReply: Bool) {
        guard !started, let context else { return reply(wantReply, false) }
        started = true
        guard let terminal else {
            // Accepted, so the client shows why it ends (OpenSSH gives up silently on a refusal).
            reply(wantReply, true)
            return endWith(status: 1, message: "annex serve needs a terminal: connect with ssh -t")
        }
        var environment = state.configuration.environment
        environment["TERM"] = Self.safeTerm(terminal.term)
        let arguments = ["--workspace", state.configuration.workspace] + access.arguments
        let child: TerminalProcess
        do {
            child = try TerminalProcess.start(executable: state.configuration.executable, arguments: arguments, environment: environment,
                                                rows: terminal.rows, columns: terminal.columns)
        } catch {
            connection.failed("\(error)")
            reply(wantReply, false)
            return endWith(status: 1, message: "annex serve could not start the UI")
        }
        process = child
        state.childStarted()
        reply(wantReply, true)

        let output = fcntl(child.master, F_DUPFD_CLOEXEC, 0)
        let session = NIOLoopBound(self, eventLoop: context.eventLoop)
        NIOPipeBootstrap(group: context.eventLoop)
            .channelOption(ChannelOptions.recvAllocator, value: FixedSizeRecvByteBufferAllocator(capacity: 32 * 1024))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(TerminalRelay(session: session.value))
                }
            }
            .takingOwnershipOfDescriptors(input: child.master, output: output)
            .assumeIsolated()
            .whenComplete { result in
                let handler = session.value
                switch result {
                case .success(let channel):
                    if handler.ended { channel.close(promise: nil) } else { handler.relay = channel }
                case .failure(let error):
                    handler.connection.failed("cannot relay the terminal: \(error)")
                    close(child.master)
                    close(output)
                    kill(child.pid, SIGHUP)
                    handler.reap(child)
                }
            }
    }

    /// The UI's output, to the client.
    func fromTerminal(_ bytes: ByteBuffer) {
        context?.write(wrapOutboundOut(SSHChannelData(type: .channel, data: .byteBuffer(bytes))), promise: nil)
    }

    func flush() {
        context?.flush()
    }

    /// Whether the client keeps up; the relay stops reading the UI when it does not.
    var clientWritable: Bool { context?.channel.isWritable ?? true }

    func terminalBackedUp(_ backedUp: Bool) {
        _ = context?.channel.setOption(ChannelOptions.autoRead, value: !backedUp)
    }

    /// The pty's master read its end: the UI quit (or was hung up). Its status goes to the client.
    func terminalClosed() {
        relay = nil
        if let process { reap(process) }
    }

    private func reap(_ process: TerminalProcess) {
        guard !reaping, let loop = context?.eventLoop ?? Optional(state.loop) else { return }
        reaping = true
        let session = NIOLoopBound(self, eventLoop: loop)
        Reaper.reap(process.pid, on: loop) { status in
            let handler = session.value
            handler.process = nil
            handler.state.childReaped()
            handler.endWith(status: status, message: nil)
        }
    }

    private func endWith(status: Int32, message: String?) {
        guard let context, context.channel.isActive else { return }
        if let message {
            var buffer = context.channel.allocator.buffer(capacity: message.utf8.count + 2)
            buffer.writeString(message + "\r\n")
            context.write(wrapOutboundOut(SSHChannelData(type: .stdErr, data: .byteBuffer(buffer))), promise: nil)
        }
        let channel = context.channel
        context.channel.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: Int(status))).whenComplete { _ in
            channel.close(promise: nil)
        }
        context.flush()
    }

    private func refuse(_ what: String, wantReply: Bool, message: String) {
        connection.refused(what, fingerprint: access.fingerprint)
        reply(wantReply, false)
        // A session that asked for a command gets no UI either: it ends here.
        if process == nil { endWith(status: 1, message: message) }
    }

    private func reply(_ wantReply: Bool, _ success: Bool) {
        guard wantReply, let context else { return }
        let event: Any = success ? ChannelSuccessEvent() : ChannelFailureEvent()
        context.triggerUserOutboundEvent(event, promise: nil)
    }

    /// A terminal type is a name like xterm-256color; anything else is not passed on.
    static func safeTerm(_ term: String) -> String {
        let allowed = term.count <= 64 && !term.isEmpty && term.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains(Character($0)) || "-_.+".unicodeScalars.contains($0))
        }
        return allowed ? term : "xterm"
    }
}
