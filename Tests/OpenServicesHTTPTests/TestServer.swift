import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// A Hummingbird server on 127.0.0.1 with a random port, started once for the whole test run.
///
/// Routes:
/// - `GET /json` — a small JSON document with `Content-Type` and `X-Request-ID`;
/// - `GET /large` — 17 MiB with `Content-Length`; `GET /large-chunked` — the same, chunked;
/// - `GET /slow`, `POST /slow` — announces 2,000 bytes, sends 1,000, then stalls for 5 s;
/// - `GET /stream` — ten chunks of 1,000 bytes, 10 ms apart, chunked;
/// - `POST /echo` — returns the request body; `X-Test` comes back as `X-Echo-Test`, the method as `X-Echo-Method`;
/// - `GET /flaky/{key}` — 503 on the first call for a key, 200 from then on.
enum TestServer {
    static let largeSize = 17 << 20
    static let json = #"{"naam":"Suzanne Moulin","woonplaats":"Rotterdam"}"#

    /// The port, once the server listens.
    static var port: Int {
        get async throws { try await started.value }
    }

    static func url(_ path: String) async throws -> URL {
        URL(string: "http://127.0.0.1:\(try await port)\(path)")!
    }

    private static let started = Task<Int, any Error> {
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "openservices.tests.server")
        logger.logLevel = .critical
        let app = Application(
            router: makeRouter(),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            },
            logger: logger)
        Task { try await app.run() }
        for await port in ports { return port }
        throw CancellationError()
    }

    private static func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("json") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/json", HTTPField.Name("X-Request-ID")!: "req-42"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
        }
        router.get("large") { _, _ in
            Response(status: .ok, body: ResponseBody(contentLength: largeSize) { writer in
                try await writeLarge(&writer)
            })
        }
        router.head("large") { _, _ in
            Response(status: .ok, headers: [.contentLength: "\(largeSize)"])
        }
        router.get("large-chunked") { _, _ in
            Response(status: .ok, body: ResponseBody { writer in
                try await writeLarge(&writer)
            })
        }
        router.get("slow") { _, _ in slowResponse() }
        router.post("slow") { request, _ in
            _ = try await request.body.collect(upTo: 1 << 20)
            return slowResponse()
        }
        router.get("stream") { _, _ in
            Response(status: .ok, body: ResponseBody { writer in
                for index in 0..<10 {
                    try await writer.write(ByteBuffer(repeating: UInt8(ascii: "0") + UInt8(index), count: 1000))
                    try await Task.sleep(for: .milliseconds(10))
                }
                try await writer.finish(nil)
            })
        }
        router.post("echo") { request, _ in
            let body = try await request.body.collect(upTo: 1 << 20)
            var headers: HTTPFields = [HTTPField.Name("X-Echo-Method")!: request.method.rawValue]
            if let test = request.headers[HTTPField.Name("X-Test")!] {
                headers[HTTPField.Name("X-Echo-Test")!] = test
            }
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
        }
        router.get("flaky/:key") { _, context in
            let key = try context.parameters.require("key")
            let calls = await FlakyCounter.shared.record(key)
            return Response(status: calls == 1 ? .serviceUnavailable : .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: "call \(calls)")))
        }
        return router
    }

    private static func slowResponse() -> Response {
        Response(status: .ok, body: ResponseBody(contentLength: 2000) { writer in
            try await writer.write(ByteBuffer(repeating: UInt8(ascii: "s"), count: 1000))
            try await Task.sleep(for: .seconds(5))
            try await writer.write(ByteBuffer(repeating: UInt8(ascii: "s"), count: 1000))
            try await writer.finish(nil)
        })
    }

    private static func writeLarge(_ writer: inout any ResponseBodyWriter) async throws {
        let chunk = ByteBuffer(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<(largeSize >> 20) {
            try await writer.write(chunk)
        }
        try await writer.finish(nil)
    }
}

/// Counts the calls per key of `/flaky/{key}`.
actor FlakyCounter {
    static let shared = FlakyCounter()
    private var calls: [String: Int] = [:]

    func record(_ key: String) -> Int {
        calls[key, default: 0] += 1
        return calls[key]!
    }

    func count(_ key: String) -> Int { calls[key] ?? 0 }
}
