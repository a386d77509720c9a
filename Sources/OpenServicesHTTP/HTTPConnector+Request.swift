import AsyncHTTPClient
import Foundation
import HTTPTypes
import NIOCore
import NIOFoundationCompat
import NIOHTTP1
import OpenServicesCore

extension HTTPConnector {
    /// The absolute URL of a request, from its pseudo-header fields; `https` when it has no scheme.
    static func urlString(of request: ServiceRequest, context: OperationContext) throws -> String {
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
        return url
    }

    /// Every header field of a request, in order.
    static func headers(of request: ServiceRequest) -> HTTPHeaders {
        var headers = HTTPHeaders()
        let fields = request.head.headerFields
        guard !fields.isEmpty else { return headers }
        headers.reserveCapacity(fields.count)
        for field in fields {
            headers.add(name: field.name.rawName, value: field.value)
        }
        return headers
    }

    /// The request for AsyncHTTPClient's async API.
    @inline(never)  // built on the thread stack, not in the calling async frame
    static func clientRequest(for request: ServiceRequest, context: OperationContext) throws -> HTTPClientRequest {
        var clientRequest = HTTPClientRequest(url: try urlString(of: request, context: context))
        clientRequest.method = HTTPMethod(rawValue: request.head.method.rawValue)
        clientRequest.headers = headers(of: request)
        if let body = request.body {
            clientRequest.body = requestBody(body)
        }
        return clientRequest
    }

    /// The request for AsyncHTTPClient's delegate API; only for a request without a body or with a buffered one.
    @inline(never)
    static func delegateRequest(for request: ServiceRequest, context: OperationContext) throws -> HTTPClient.Request {
        try HTTPClient.Request(
            url: try urlString(of: request, context: context),
            method: HTTPMethod(rawValue: request.head.method.rawValue),
            headers: headers(of: request),
            body: request.body?.bufferedData.map { .byteBuffer(ByteBuffer(data: $0)) })
    }

    /// A buffered body is copied into one `ByteBuffer` once; a streamed body is sent chunk by chunk as it is
    /// produced, with `Content-Length` when its length is known and chunked otherwise.
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
