public import Foundation
import OpenServicesCore

/// The content of a document to upload, read as a stream of chunks whose total length is known in
/// advance, so the upload's `Content-Length` is exact and the bytes are never all in memory.
///
/// ```swift
/// let fromFile = try DocumentContent.file(URL(filePath: "/tmp/aanvraag.pdf"))
/// let small = DocumentContent.data(Data("Hallo".utf8))
/// let streamed = DocumentContent(length: size, chunks: chunksFromElsewhere)
/// ```
///
/// The chunks may have any size; the upload re-cuts them into pieces that encode to base64 on
/// their own. A content made from an `AsyncSequence` can be sent once; ``file(_:chunkSize:)`` and
/// ``data(_:)`` open their source afresh for each upload.
public struct DocumentContent: Sendable {
    /// The number of bytes.
    public let length: Int
    /// Opens the source and returns its chunks.
    let open: @Sendable () throws -> AsyncThrowingStream<Data, any Error>

    /// The default read size of ``file(_:chunkSize:)``: 192 KiB, a multiple of 3 so that each piece
    /// encodes to base64 without carrying bytes over.
    public static let defaultChunkSize = 192 * 1024

    /// Content of a known length from any asynchronous sequence of chunks; the sequence is read once.
    ///
    /// ```swift
    /// let content = DocumentContent(length: 3, chunks: AsyncStream { $0.yield(Data([1, 2, 3])); $0.finish() })
    /// ```
    ///
    /// - Parameters:
    ///   - length: The total number of bytes the sequence yields. An upload fails (and is aborted)
    ///     when the sequence yields more or fewer.
    ///   - chunks: The bytes, in chunks of any size.
    public init<Chunks: AsyncSequence & Sendable>(length: Int, chunks: Chunks) where Chunks.Element == Data {
        self.length = length
        open = {
            let reader = ChunkReader(chunks.makeAsyncIterator())
            return AsyncThrowingStream(unfolding: { try await reader.next() })
        }
    }

    /// Content held in memory, for small documents.
    ///
    /// ```swift
    /// let content = DocumentContent.data(Data("Besluit op uw aanvraag".utf8))
    /// ```
    public static func data(_ data: Data) -> DocumentContent {
        DocumentContent(length: data.count) {
            AsyncThrowingStream { continuation in
                if !data.isEmpty { continuation.yield(data) }
                continuation.finish()
            }
        }
    }

    /// The content of a file, read `chunkSize` bytes at a time while the upload is sent.
    ///
    /// ```swift
    /// let content = try DocumentContent.file(URL(filePath: "/data/bouwtekening.pdf"))
    /// ```
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (invalid input) when the file cannot be read or
    ///   `chunkSize` is not positive.
    public static func file(_ url: URL, chunkSize: Int = defaultChunkSize) throws -> DocumentContent {
        guard chunkSize > 0 else {
            throw OpenServicesError(.invalidInput, "The chunk size \(chunkSize) is not positive (rule: document chunk size).",
                                    remediation: "Read the file in chunks of at least one byte, e.g. DocumentContent.defaultChunkSize.")
        }
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path(percentEncoded: false))
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw unreadable(url, error)
        }
        return DocumentContent(length: size) {
            let handle: FileHandle
            do { handle = try FileHandle(forReadingFrom: url) } catch { throw unreadable(url, error) }
            let reader = FileChunkReader(handle: handle, chunkSize: chunkSize)
            return AsyncThrowingStream(unfolding: { try reader.next() })
        }
    }

    init(length: Int, open: @escaping @Sendable () throws -> AsyncThrowingStream<Data, any Error>) {
        self.length = length
        self.open = open
    }

    private static func unreadable(_ url: URL, _ error: any Error) -> OpenServicesError {
        OpenServicesError(
            .invalidInput, "The document file \(url.lastPathComponent) could not be read: \(error.localizedDescription)",
            remediation: "Check that the file exists and is readable.", service: ZGWAPI.documenten.rawValue)
    }
}

/// Pulls the chunks of a caller's sequence one `next()` at a time. The upload reads it from one task,
/// one pull after the other, so the iterator is never used concurrently: that makes the unchecked
/// `Sendable` sound.
private final class ChunkReader<Iterator: AsyncIteratorProtocol>: @unchecked Sendable where Iterator.Element == Data {
    private var iterator: Iterator

    init(_ iterator: Iterator) { self.iterator = iterator }

    func next() async throws -> Data? { try await iterator.next() }
}

/// Reads a file chunk by chunk and closes it at the end or on an error. Read by one consumer, one
/// pull after the other (see ``ChunkReader``).
private final class FileChunkReader: @unchecked Sendable {
    private var handle: FileHandle?
    private let chunkSize: Int

    init(handle: FileHandle, chunkSize: Int) {
        self.handle = handle
        self.chunkSize = chunkSize
    }

    deinit { try? handle?.close() }

    func next() throws -> Data? {
        guard let current = handle else { return nil }
        do {
            if let chunk = try current.read(upToCount: chunkSize), !chunk.isEmpty { return chunk }
        } catch {
            try? current.close()
            handle = nil
            throw error
        }
        try? current.close()
        handle = nil
        return nil
    }
}
