import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOCore
import NIOFoundationCompat
import NIOHTTP1
import OpenServicesCore

extension HTTPConnector {
    /// The AsyncHTTPClient request for a ``OpenServicesCore/ServiceRequest``: URL from the pseudo-header fields,
    /// every header field in order, and the body buffered or streamed as it is held.
    static func clientRequest(for request: ServiceRequest, context: OperationContext) throws -> HTTPClientRequest {
        let head = request.head
        guard let authority = head.authority, !authority.isEmpty else {
            throw TransportFailure(authority: "(no host)", context: context)
                .invalidRequest("the request has no host (its authority is empty)")
        }
        let scheme = head.scheme ?? "https"
        let path = head.path ?? "/"
        var url = ""
        url.reserveCapacity(scheme.utf8.count + 3 + authority.utf8.count + path.utf8.count)
        url += scheme
        url += "://"
        url += authority
        url += path

        var clientRequest = HTTPClientRequest(url: url)
        clientRequest.method = HTTPMethod(rawValue: head.method.rawValue)
        if !head.headerFields.isEmpty {
            var headers = HTTPHeaders()
            headers.reserveCapacity(head.headerFields.count)
            for field in head.headerFields {
                headers.add(name: field.name.rawName, value: field.value)
            }
            clientRequest.headers = headers
        }
        if let body = request.body {
            clientRequest.body = requestBody(body)
        }
        return clientRequest
    }

    /// A buffered body is copied into one `ByteBuffer` once and can be resent (redirects); a streamed body is
    /// sent chunk by chunk as it is produced, with `Content-Length` when its length is known and chunked otherwise.
    static func requestBody(_ body: ServiceBody) -> HTTPClientRequest.Body {
        if let data = body.bufferedData {
            return .bytes(ByteBuffer(data: data))
        }
        let length = body.length.map { HTTPClientRequest.Body.Length.known(Int64($0)) } ?? .unknown
        return .stream(RequestBodyChunks(chunks: body.chunks), length: length)
    }
}

/// The chunks of a streamed ``OpenServicesCore/ServiceBody`` as `ByteBuffer`s; an error of the producer is
/// wrapped in ``RequestBodyFailure`` so it is reported as the caller's, not as a transport failure.
struct RequestBodyChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    let chunks: AsyncThrowingStream<Data, any Error>

    func makeAsyncIterator() -> Iterator {
        Iterator(base: chunks.makeAsyncIterator())
    }

    struct Iterator: AsyncIteratorProtocol {
        var base: AsyncThrowingStream<Data, any Error>.Iterator

        mutating func next() async throws -> ByteBuffer? {
            do {
                while let chunk = try await base.next() {
                    if !chunk.isEmpty { return ByteBuffer(data: chunk) }
                }
                return nil
            } catch {
                throw RequestBodyFailure(underlying: error)
            }
        }
    }
}
