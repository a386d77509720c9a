public import Foundation

/// The body of a request or response: either bytes in memory or a stream of chunks.
///
/// Buffered bodies can be sent any number of times, so requests with them can be retried.
/// A streamed body is produced once; a request with a streamed body is only retried when the
/// failure happened before any byte was sent.
public struct ServiceBody: Sendable {
    enum Storage: Sendable {
        case bytes(Data)
        case stream(AsyncThrowingStream<Data, any Error>, length: Int?)
    }

    let storage: Storage

    /// A body held in memory.
    public init(_ data: Data) { storage = .bytes(data) }

    /// A body held in memory, from UTF-8 text.
    public init(text: String) { storage = .bytes(Data(text.utf8)) }

    /// A streamed body, read once; `length` is sent as `Content-Length` when known.
    public init(stream: AsyncThrowingStream<Data, any Error>, length: Int? = nil) {
        storage = .stream(stream, length: length)
    }

    /// The number of bytes, when known in advance.
    public var length: Int? {
        switch storage {
        case .bytes(let data): data.count
        case .stream(_, let length): length
        }
    }

    /// Whether the body can be sent again on a retry.
    public var isReplayable: Bool {
        if case .bytes = storage { return true }
        return false
    }

    /// The bytes, when the body is held in memory; `nil` for a stream.
    public var bufferedData: Data? {
        if case .bytes(let data) = storage { return data }
        return nil
    }

    /// The body as a sequence of chunks (a buffered body yields one chunk).
    public var chunks: AsyncThrowingStream<Data, any Error> {
        switch storage {
        case .stream(let stream, _):
            return stream
        case .bytes(let data):
            return AsyncThrowingStream { continuation in
                continuation.yield(data)
                continuation.finish()
            }
        }
    }

    /// Collects the whole body into memory, failing with ``OpenServicesError/Code-swift.struct/responseTooLarge``
    /// when it exceeds `limit` bytes.
    public func collect(upTo limit: Int) async throws -> Data {
        // A buffered body (the usual case) is returned without the stream loop's frame.
        switch storage {
        case .bytes(let data): return try Self.buffered(data, upTo: limit)
        case .stream(let stream, _): return try await Self.collect(stream, upTo: limit)
        }
    }

    /// A buffered body, within `limit`.
    @inline(never)
    private static func buffered(_ data: Data, upTo limit: Int) throws -> Data {
        guard data.count <= limit else { throw tooLarge(limit) }
        return data
    }

    private static func collect(_ stream: AsyncThrowingStream<Data, any Error>, upTo limit: Int) async throws -> Data {
        var data = Data()
        for try await chunk in stream {
            guard data.count + chunk.count <= limit else { throw Self.tooLarge(limit) }
            data.append(chunk)
        }
        return data
    }

    static func tooLarge(_ limit: Int) -> OpenServicesError {
        OpenServicesError(.responseTooLarge, "The response body is larger than the limit of \(limit) bytes.")
    }
}
