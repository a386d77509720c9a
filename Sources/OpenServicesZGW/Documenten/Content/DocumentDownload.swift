public import Foundation
import OpenServicesCore

/// The content of a document as it arrives: an asynchronous sequence of `Data` chunks, read once,
/// with the length and type the service announced.
///
/// ```swift
/// let download = try await documenten.download(document)
/// for try await chunk in download {
///     try output.write(contentsOf: chunk)
/// }
/// ```
///
/// Or let it write a file, or collect a small document in memory:
///
/// ```swift
/// let bytes = try await documenten.download(document).write(to: URL(filePath: "/tmp/besluit.pdf"))
/// let data = try await documenten.download(document).collect(upTo: 1 << 20)
/// ```
public struct DocumentDownload: AsyncSequence, Sendable {
    /// A chunk of the content.
    public typealias Element = Data

    /// The number of bytes the service announced (`Content-Length`), if it did.
    public let length: Int?
    /// The media type the service gave (`Content-Type`), e.g. `application/octet-stream`.
    public let contentType: String?
    private let chunks: AsyncThrowingStream<Data, any Error>
    private let operation: String

    init(chunks: AsyncThrowingStream<Data, any Error>, length: Int?, contentType: String?, operation: String) {
        self.chunks = chunks
        self.length = length
        self.contentType = contentType
        self.operation = operation
    }

    /// Iterates over the chunks; the content can be read once.
    public func makeAsyncIterator() -> AsyncThrowingStream<Data, any Error>.Iterator {
        chunks.makeAsyncIterator()
    }

    /// Writes the content to a file chunk by chunk, replacing the file, and returns the number of bytes
    /// written. On a failure the partial file is removed.
    ///
    /// ```swift
    /// let written = try await documenten.download(document).write(to: URL(filePath: "/tmp/aanvraag.pdf"))
    /// ```
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError``: the transport's error when the download breaks
    ///   off, invalid input when the file cannot be written, a decoding error when fewer or more bytes
    ///   arrive than announced.
    @discardableResult
    public func write(to fileURL: URL) async throws -> Int {
        let path = fileURL.path(percentEncoded: false)
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw OpenServicesError(
                .invalidInput, "The download could not create the file \(fileURL.lastPathComponent).",
                remediation: "Check that the folder exists and is writable.", service: ZGWAPI.documenten.rawValue, operation: operation)
        }
        do {
            let handle = try FileHandle(forWritingTo: fileURL)
            defer { try? handle.close() }
            var written = 0
            for try await chunk in chunks {
                try handle.write(contentsOf: chunk)
                written += chunk.count
            }
            try checkLength(written)
            return written
        } catch {
            try? FileManager.default.removeItem(at: fileURL)
            if let error = error as? OpenServicesError { throw error }
            throw OpenServicesError(
                .invalidInput, "The download could not be written to \(fileURL.lastPathComponent): \(error.localizedDescription)",
                remediation: "Check the free disk space and the file's permissions.", service: ZGWAPI.documenten.rawValue,
                operation: operation)
        }
    }

    /// Collects the content in memory, for small documents.
    ///
    /// ```swift
    /// let data = try await documenten.download(document).collect(upTo: 4 << 20)
    /// ```
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (`responseTooLarge`) beyond `limit` bytes.
    public func collect(upTo limit: Int) async throws -> Data {
        var data = Data()
        if let length, length <= limit { data.reserveCapacity(length) }
        for try await chunk in chunks {
            guard data.count + chunk.count <= limit else {
                throw OpenServicesError(
                    .responseTooLarge, "The document is larger than the limit of \(limit) bytes.",
                    remediation: "Stream it (iterate over the download) or write it to a file with write(to:).",
                    service: ZGWAPI.documenten.rawValue, operation: operation)
            }
            data.append(chunk)
        }
        try checkLength(data.count)
        return data
    }

    private func checkLength(_ received: Int) throws {
        guard let length, received != length else { return }
        throw OpenServicesError(
            .decodingFailed, "The document download gave \(received) bytes, not the \(length) the service announced.",
            remediation: "Download it again; the connection may have been cut off.", service: ZGWAPI.documenten.rawValue,
            operation: operation)
    }
}
