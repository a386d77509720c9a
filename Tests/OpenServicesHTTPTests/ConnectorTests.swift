import Foundation
import HTTPTypes
@testable import OpenServicesCore
import OpenServicesHTTP
import Testing

/// One suite, run against both connectors and a live loopback server.
@Suite("Connectors against a live server")
struct ConnectorTests {
    @Test("Returns status, headers and body", arguments: ConnectorKind.allCases)
    func success(_ kind: ConnectorKind) async throws {
        let request = ServiceRequest(method: .get, url: try await TestServer.url("/json"))
        let response = try await kind.make().send(request, context: attemptContext())
        #expect(response.status == .ok)
        #expect(response.head.headerFields[.contentType] == "application/json")
        #expect(response.requestID == "req-42")
        #expect(response.body.isReplayable)
        let body = try await response.body.collect(upTo: 1 << 20)
        #expect(String(decoding: body, as: UTF8.self) == TestServer.json)
    }

    @Test("A connection that is never accepted ends with the connect timeout", arguments: ConnectorKind.allCases)
    func connectTimeout(_ kind: ConnectorKind) async throws {
        let port = UnreachablePorts.blackhole
        let connector = kind.make(connectTimeout: .milliseconds(500))
        let request = ServiceRequest(method: .get, url: URL(string: "http://127.0.0.1:\(port)/json")!)
        let start = ContinuousClock.now
        let error = await #expect(throws: OpenServicesError.self) {
            _ = try await connector.send(request, context: attemptContext())
        }
        #expect(error?.code == kind.connectTimeoutCode)
        #expect(ContinuousClock.now - start < .seconds(5))
        if kind == .asyncHTTPClient {
            #expect(error?.message.contains("connect timeout of 500 ms") == true)
            #expect(error?.message.contains("nothing was sent") == true)
        }
    }

    @Test("A closed port is reported as refused", arguments: ConnectorKind.allCases)
    func connectionRefused(_ kind: ConnectorKind) async throws {
        let port = try await UnreachablePorts.refused()
        let request = ServiceRequest(method: .get, url: URL(string: "http://127.0.0.1:\(port)/json")!)
        let error = await #expect(throws: OpenServicesError.self) {
            _ = try await kind.make().send(request, context: attemptContext())
        }
        #expect(error?.code == .connectionRefused)
        #expect(error?.message.contains("127.0.0.1:\(port)") == true)
    }

    @Test("A host name that does not resolve is connectionFailed", arguments: ConnectorKind.allCases)
    func unresolvableHost(_ kind: ConnectorKind) async throws {
        let request = ServiceRequest(method: .get, url: URL(string: "http://openservices-test.invalid/json")!)
        let error = await #expect(throws: OpenServicesError.self) {
            _ = try await kind.make().send(request, context: attemptContext(attemptTimeout: .seconds(5)))
        }
        #expect(error?.code == .connectionFailed)
    }

    @Test("A TLS handshake with a server that does not speak TLS is a TLS error", arguments: ConnectorKind.allCases)
    func tlsFailure(_ kind: ConnectorKind) async throws {
        let request = ServiceRequest(method: .get, url: URL(string: "https://127.0.0.1:\(try await TestServer.port)/json")!)
        let error = await #expect(throws: OpenServicesError.self) {
            _ = try await kind.make().send(request, context: attemptContext(attemptTimeout: .seconds(5)))
        }
        #expect(error?.code == .tls, "\(String(describing: error))")
    }

    @Test("A connection closed or reset mid-body is connectionReset", arguments: ConnectorKind.allCases, ["/close", "/reset"])
    func resetMidBody(_ kind: ConnectorKind, path: String) async throws {
        let request = ServiceRequest(method: .get, url: try await BrokenResponseServer.url(path))
        let error = await #expect(throws: OpenServicesError.self) {
            let response = try await kind.make().send(request, context: attemptContext())
            _ = try await readAll(response.body)
        }
        #expect(error?.code == .connectionReset)
        #expect(error?.message.contains("closed or reset before the response was complete") == true, "\(String(describing: error))")
    }

    @Test("A body slower than the attempt deadline is attemptTimeout", arguments: ConnectorKind.allCases)
    func slowBody(_ kind: ConnectorKind) async throws {
        let request = ServiceRequest(method: .get, url: try await TestServer.url("/slow"))
        let start = ContinuousClock.now
        let error = await #expect(throws: OpenServicesError.self) {
            _ = try await kind.make().send(request, context: attemptContext(attemptTimeout: .milliseconds(500)))
        }
        #expect(error?.code == .attemptTimeout)
        #expect(ContinuousClock.now - start < .seconds(3))
    }

    @Test("The attempt deadline also ends a stalled streamed body", arguments: ConnectorKind.allCases)
    func slowBodyStreamed(_ kind: ConnectorKind) async throws {
        let request = ServiceRequest(method: .get, url: try await TestServer.url("/slow"))
        let connector = kind.make(responseMode: .streamed)
        let start = ContinuousClock.now
        let error = await #expect(throws: OpenServicesError.self) {
            let response = try await connector.send(request, context: attemptContext(attemptTimeout: .milliseconds(500)))
            _ = try await readAll(response.body)
        }
        #expect(error?.code == .attemptTimeout)
        #expect(ContinuousClock.now - start < .seconds(3))
    }

    @Test("The attempt deadline ends a stalled body after a streamed upload", arguments: ConnectorKind.allCases)
    func slowBodyAfterStreamedUpload(_ kind: ConnectorKind) async throws {
        let request = ServiceRequest(
            method: .post, url: try await TestServer.url("/slow"),
            body: streamedBody(Data(repeating: 1, count: 10_000), chunkSize: 1000, announceLength: true))
        let start = ContinuousClock.now
        let error = await #expect(throws: OpenServicesError.self) {
            _ = try await kind.make().send(request, context: attemptContext(attemptTimeout: .milliseconds(500)))
        }
        #expect(error?.code == .attemptTimeout)
        #expect(ContinuousClock.now - start < .seconds(3))
    }

    @Test("An expired attempt deadline fails before sending", arguments: ConnectorKind.allCases)
    func expiredDeadline(_ kind: ConnectorKind) async throws {
        let request = ServiceRequest(method: .get, url: try await TestServer.url("/json"))
        let error = await #expect(throws: OpenServicesError.self) {
            _ = try await kind.make().send(request, context: attemptContext(attemptTimeout: .zero))
        }
        #expect(error?.code == .attemptTimeout)
    }

    @Test("A 17 MiB body exceeds the 16 MiB limit", arguments: ConnectorKind.allCases, ["/large", "/large-chunked"])
    func tooLarge(_ kind: ConnectorKind, path: String) async throws {
        let request = ServiceRequest(method: .get, url: try await TestServer.url(path))
        let error = await #expect(throws: OpenServicesError.self) {
            _ = try await kind.make().send(request, context: attemptContext())
        }
        #expect(error?.code == .responseTooLarge)
        #expect(error?.message.contains("16777216 bytes (16 MiB)") == true)
    }

    @Test("A HEAD response announcing 17 MiB has no body, so the limit does not apply", arguments: ConnectorKind.allCases)
    func headIsNotTooLarge(_ kind: ConnectorKind) async throws {
        let request = ServiceRequest(method: .head, url: try await TestServer.url("/large"))
        let response = try await kind.make().send(request, context: attemptContext())
        #expect(response.status == .ok)
        #expect(response.head.headerFields[.contentLength] == "\(17 << 20)")
        #expect(try await response.body.collect(upTo: 1 << 20).isEmpty)
    }

    @Test("The size limit also applies to a streamed body", arguments: ConnectorKind.allCases, ["/large", "/large-chunked"])
    func tooLargeStreamed(_ kind: ConnectorKind, path: String) async throws {
        let request = ServiceRequest(method: .get, url: try await TestServer.url(path))
        let connector = kind.make(responseMode: .streamed)
        let error = await #expect(throws: OpenServicesError.self) {
            let response = try await connector.send(request, context: attemptContext())
            _ = try await readAll(response.body)
        }
        #expect(error?.code == .responseTooLarge)
    }

    @Test("A request's own size limit replaces the connector's", arguments: ConnectorKind.allCases, ["/large", "/large-chunked"])
    func requestSizeLimit(_ kind: ConnectorKind, path: String) async throws {
        var request = ServiceRequest(method: .get, url: try await TestServer.url(path))
        request.maximumResponseSize = 32 << 20
        let response = try await kind.make().send(request, context: attemptContext())
        #expect(try await response.body.collect(upTo: 32 << 20).count == 17 << 20)

        request.maximumResponseSize = 1 << 20
        let error = await #expect(throws: OpenServicesError.self) {
            let response = try await kind.make().send(request, context: attemptContext())
            _ = try await readAll(response.body)
        }
        #expect(error?.code == .responseTooLarge)
        #expect(error?.message.contains("1048576 bytes") == true)
    }

    @Test("A request can ask a buffering connector for a streamed response", arguments: ConnectorKind.allCases)
    func requestAsksForStream(_ kind: ConnectorKind) async throws {
        var request = ServiceRequest(method: .get, url: try await TestServer.url("/stream"))
        request.streamsResponseBody = true
        let response = try await kind.make().send(request, context: attemptContext())
        #expect(!response.body.isReplayable)
        #expect(try await readAll(response.body).count == 10_000)
    }

    @Test("A streamed response yields the whole body once", arguments: ConnectorKind.allCases)
    func streamedResponse(_ kind: ConnectorKind) async throws {
        let request = ServiceRequest(method: .get, url: try await TestServer.url("/stream"))
        let response = try await kind.make(responseMode: .streamed).send(request, context: attemptContext())
        #expect(response.status == .ok)
        #expect(!response.body.isReplayable)
        let body = try await readAll(response.body)
        #expect(body.count == 10_000)
        #expect(body.first == UInt8(ascii: "0"))
        #expect(body.last == UInt8(ascii: "9"))
    }

    @Test(
        "The request body and headers arrive intact", arguments: ConnectorKind.allCases,
        [RequestBodyShape.buffered, .streamedWithLength, .streamedChunked])
    func requestBodyRoundTrip(_ kind: ConnectorKind, shape: RequestBodyShape) async throws {
        let payload = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let body: ServiceBody = switch shape {
        case .buffered: ServiceBody(payload)
        case .streamedWithLength: streamedBody(payload, chunkSize: 16_384, announceLength: true)
        case .streamedChunked: streamedBody(payload, chunkSize: 16_384, announceLength: false)
        }
        let request = ServiceRequest(
            method: .post, url: try await TestServer.url("/echo"),
            headerFields: [HTTPField.Name("X-Test")!: "waarde-1", .contentType: "application/octet-stream"], body: body)
        let response = try await kind.make().send(request, context: attemptContext())
        #expect(response.status == .ok)
        #expect(response.head.headerFields[HTTPField.Name("X-Echo-Test")!] == "waarde-1")
        #expect(response.head.headerFields[HTTPField.Name("X-Echo-Method")!] == "POST")
        #expect(try await response.body.collect(upTo: 1 << 20) == payload)
    }

    @Test("Cancelling the task ends the attempt at once", arguments: ConnectorKind.allCases)
    func cancellation(_ kind: ConnectorKind) async throws {
        let request = ServiceRequest(method: .get, url: try await TestServer.url("/slow"))
        let connector = kind.make()
        let start = ContinuousClock.now
        let task = Task { try await connector.send(request, context: attemptContext()) }
        try await Task.sleep(for: .milliseconds(300))
        task.cancel()
        let result = await task.result
        #expect(ContinuousClock.now - start < .seconds(3))
        switch result {
        case .success:
            Issue.record("The cancelled attempt returned a response.")
        case .failure(let error as OpenServicesError):
            #expect(error.code == .cancelled)
        case .failure(let error):
            #expect(error is CancellationError)
        }
    }

    @Test("Errors never show query values or header values", arguments: ConnectorKind.allCases)
    func redaction(_ kind: ConnectorKind) async throws {
        let port = try await UnreachablePorts.refused()
        let request = ServiceRequest(
            method: .get, url: URL(string: "http://127.0.0.1:\(port)/personen?burgerservicenummer=999993653")!,
            headerFields: [.authorization: "Bearer geheim-token"])
        let error = await #expect(throws: OpenServicesError.self) {
            _ = try await kind.make().send(request, context: attemptContext())
        }
        let text = error.map { "\($0) \($0.message)" } ?? ""
        #expect(!text.contains("999993653"))
        #expect(!text.contains("geheim"))
        #expect(!text.contains("burgerservicenummer"))
    }
}

/// How the request body of the round-trip test is held.
enum RequestBodyShape: String, Sendable, CustomTestStringConvertible {
    case buffered, streamedWithLength, streamedChunked
    var testDescription: String { rawValue }
}
