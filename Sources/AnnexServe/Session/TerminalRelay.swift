import Foundation
import NIOCore

/// The pty master's side of a session: what the UI draws goes to the SSH channel; when the UI
/// is gone (the master reads end of file, or EIO as Linux reports a closed slave) the session
/// is told. Lives on the session's event loop.
final class TerminalRelay: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let session: SessionHandler

    init(session: SessionHandler) {
        self.session = session
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        session.fromTerminal(unwrapInboundIn(data))
        if !session.clientWritable {
            _ = context.channel.setOption(ChannelOptions.autoRead, value: false)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        session.flush()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // The UI does not read its keys as fast as they come: stop taking them from the client.
        session.terminalBackedUp(!context.channel.isWritable)
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        session.terminalClosed()
    }
}
