import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOCore
import NIOFoundationCompat
import NIOHTTP1
import OpenServicesCore

extension HTTPConnector {
    /// The swift-http-types head of an AsyncHTTPClient response.
    static func responseHead(status: HTTPResponseStatus, headers: HTTPHeaders) -> HTTPResponse {
        var fields = HTTPFields()
        fields.reserveCapacity(headers.count)
        for (name, value) in headers {
            guard let name = HTTPField.Name(name) else { continue }
            fields.append(HTTPField(name: name, value: value))
        }
        return HTTPResponse(
            status: HTTPResponse.Status(code: Int(status.code), reasonPhrase: status.reasonPhrase), headerFields: fields)
    }

    /// The body length the response announces: none for `HEAD` and 304, else `Content-Length`.
    static func expectedLength(status: HTTPResponseStatus, headers: HTTPHeaders, method: HTTPMethod) -> Int? {
        if method == .HEAD || status == .notModified { return 0 }
        return headers.first(name: "content-length").flatMap { Int($0) }
    }
}

/// Hands an AsyncHTTPClient response body over as the stream of a ``OpenServicesCore/ServiceBody``, pulling one
/// chunk per read (back pressure is kept), counting bytes against the size limit, applying the attempt's
/// deadline and mapping errors.
///
/// The stream is read by one consumer, one `next()` at a time, and each pull finishes before the next
/// starts, so the AsyncHTTPClient iterator is never used concurrently; that makes the unchecked `Sendable` sound.
final class StreamedBodyReader: @unchecked Sendable {
    private var iterator: HTTPClientResponse.Body.AsyncIterator?
    private var received = 0
    private let attempt: HTTPConnector.Attempt
    private let eventLoopGroup: any EventLoopGroup

    init(body: HTTPClientResponse.Body, attempt: HTTPConnector.Attempt, eventLoopGroup: any EventLoopGroup) {
        self.iterator = body.makeAsyncIterator()
        self.attempt = attempt
        self.eventLoopGroup = eventLoopGroup
    }

    func stream() -> AsyncThrowingStream<Data, any Error> {
        AsyncThrowingStream(unfolding: { try await self.next() })
    }

    /// The next chunk, within the attempt's deadline.
    private func next() async throws -> Data? {
        do {
            return try await HTTPConnector.withDeadline(attempt.deadline, on: eventLoopGroup) { try await self.pull() }
        } catch {
            throw attempt.error(for: error, afterHead: true)
        }
    }

    /// Pulls one non-empty chunk; on an error or at the end the iterator is released, which closes the
    /// connection if the body was not complete.
    private func pull() async throws -> Data? {
        guard var iterator = iterator.take() else { return nil }
        while let buffer = try await iterator.next() {
            guard buffer.readableBytes > 0 else { continue }
            received += buffer.readableBytes
            guard received <= attempt.maximumResponseSize else {
                throw attempt.failure.tooLarge(limit: attempt.maximumResponseSize, nil)
            }
            self.iterator = iterator
            return Data(buffer: buffer)
        }
        return nil
    }
}
