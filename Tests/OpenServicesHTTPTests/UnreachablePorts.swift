import Foundation
import NIOCore
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Local endpoints that fail to connect in a known way, without any network.
enum UnreachablePorts {
    /// A port on 127.0.0.1 that was bound and closed again, so connecting to it is refused.
    static func refused() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0)
            .get()
        let port = channel.localAddress?.port ?? 0
        try await channel.close()
        return port
    }

    /// A port on 127.0.0.1 whose listening socket never accepts and whose accept queue is full, so the
    /// kernel drops further SYNs and a connect hangs until the client's connect timeout.
    ///
    /// A non-routable address such as 10.255.255.1 is not reliable offline (a sandbox may answer it or
    /// report "network unreachable" at once); a full backlog on loopback is. The Linux kernel drops a SYN
    /// for a listener whose accept queue is full (with the default `tcp_abort_on_overflow` = 0).
    static let blackhole: Int = {
        #if canImport(Darwin)
        let stream = SOCK_STREAM
        #else
        let stream = Int32(SOCK_STREAM.rawValue)
        #endif
        let listener = socket(AF_INET, stream, 0)
        precondition(listener >= 0, "socket() failed")
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        precondition(bound == 0, "bind() failed")
        precondition(listen(listener, 0) == 0, "listen() failed")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        precondition(bound == 0, "getsockname() failed")
        // Fill the accept queue with connections nobody accepts; they stay open for the whole test run.
        for _ in 0..<3 {
            let filler = socket(AF_INET, stream, 0)
            _ = fcntl(filler, F_SETFL, fcntl(filler, F_GETFL) | O_NONBLOCK)
            _ = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(filler, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        usleep(200_000)
        return Int(UInt16(bigEndian: address.sin_port))
    }()
}
