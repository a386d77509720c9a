import Foundation
import NIOCore
import NIOPosix

/// A raw SwiftNIO server that answers every request with `Content-Length: 100000`, sends 1,000 bytes of
/// the body and then ends the connection: `/close` with a normal close (FIN), `/reset` with a TCP reset
/// (`SO_LINGER` 0).
enum BrokenResponseServer {
    static var port: Int {
        get async throws { try await started.value }
    }

    static func url(_ path: String) async throws -> URL {
        URL(string: "http://127.0.0.1:\(try await port)\(path)")!
    }

    private static let started = Task<Int, any Error> {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Handler())
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        return channel.localAddress?.port ?? 0
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        private var received = ByteBuffer()
        private var answered = false

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var buffer = unwrapInboundIn(data)
            received.writeBuffer(&buffer)
            guard !answered, let text = received.getString(at: received.readerIndex, length: received.readableBytes),
                text.contains("\r\n\r\n")
            else { return }
            answered = true
            let reset = text.contains(" /reset ")
            var response = context.channel.allocator.buffer(capacity: 1200)
            response.writeString("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 100000\r\n\r\n")
            response.writeRepeatingByte(UInt8(ascii: "b"), count: 1000)
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(response)).whenComplete { _ in
                // Give the client time to read the head and the first bytes, then end the connection.
                channel.eventLoop.scheduleTask(in: .milliseconds(50)) {
                    if reset, let socket = channel as? any SocketOptionProvider {
                        socket.setSoLinger(linger(l_onoff: 1, l_linger: 0)).whenComplete { _ in
                            channel.close(promise: nil)
                        }
                    } else {
                        channel.close(promise: nil)
                    }
                }
            }
        }
    }
}
