public import Foundation
import HTTPTypes
import OpenServicesCore

extension DocumentenClient {
    /// `GET …/enkelvoudiginformatieobjecten/{uuid}/download`: the document's content as a stream of chunks,
    /// from the URL in its `inhoud`.
    ///
    /// ```swift
    /// let download = try await documenten.download(document)
    /// var size = 0
    /// for try await chunk in download { size += chunk.count }
    /// ```
    ///
    /// The body is handed over as it arrives (the request asks the connector for a streamed response), so
    /// memory stays flat whatever the document's size. Read it once.
    ///
    /// - Parameters:
    ///   - document: The document; its ``EnkelvoudigInformatieObject/inhoud`` says where the content is.
    ///   - maximumSize: The largest download accepted, 1 GiB by default; larger fails with `responseTooLarge`.
    /// - Throws: ``OpenServicesCore/OpenServicesError``: invalid input when the document has no content or
    ///   its `inhoud` URL is not under this API's root; the API's errors as usual.
    public func download(_ document: EnkelvoudigInformatieObject, maximumSize: Int = defaultMaximumDownloadSize) async throws
        -> DocumentDownload
    {
        guard let inhoud = document.inhoud else {
            throw OpenServicesError(
                .invalidInput, "The document \(document.url) has no content to download (inhoud is empty).",
                remediation: "Upload content with updateDocument(_:_:lock:content:options:) first, or use the document's link.",
                service: connection.api.rawValue, operation: Self.downloadOperation)
        }
        return try await download(from: try connection.resolve(inhoud, operation: Self.downloadOperation), maximumSize: maximumSize)
    }

    /// `GET /enkelvoudiginformatieobjecten/{uuid}/download`: the content of the document with `uuid`, its
    /// latest version or `versie`, as a stream of chunks.
    ///
    /// ```swift
    /// let download = try await documenten.download(uuid, versie: 1)
    /// try await download.write(to: URL(filePath: "/tmp/versie1.pdf"))
    /// ```
    public func download(_ uuid: UUID, versie: Int? = nil, maximumSize: Int = defaultMaximumDownloadSize) async throws
        -> DocumentDownload
    {
        let query = versie.map { [("versie", String($0))] } ?? []
        let url = connection.url(Self.path("/enkelvoudiginformatieobjecten", uuid) + "/download", query: query)
        return try await download(from: url, maximumSize: maximumSize)
    }

    /// Downloads the document's content into a file, chunk by chunk, and returns the number of bytes.
    ///
    /// ```swift
    /// let bytes = try await documenten.download(document, to: URL(filePath: "/tmp/aanvraag.pdf"))
    /// ```
    @discardableResult
    public func download(
        _ document: EnkelvoudigInformatieObject, to fileURL: URL, maximumSize: Int = defaultMaximumDownloadSize
    ) async throws -> Int {
        try await download(document, maximumSize: maximumSize).write(to: fileURL)
    }

    /// Downloads a small document's content into memory.
    ///
    /// ```swift
    /// let data = try await documenten.downloadData(document)
    /// ```
    ///
    /// - Parameter maximumSize: The largest content accepted, 16 MiB by default; stream larger documents.
    public func downloadData(_ document: EnkelvoudigInformatieObject, maximumSize: Int = 16 << 20) async throws -> Data {
        try await download(document, maximumSize: maximumSize).collect(upTo: maximumSize)
    }

    static let downloadOperation = "enkelvoudiginformatieobject_download"

    private func download(from url: URL, maximumSize: Int) async throws -> DocumentDownload {
        let response = try await connection.send(.get, url, operation: Self.downloadOperation) { request in
            request.head.headerFields[.accept] = "application/octet-stream"
            request.streamsResponseBody = true
            request.maximumResponseSize = maximumSize
        }
        return DocumentDownload(
            chunks: response.body.chunks, length: response.body.length ?? response.head.headerFields[.contentLength].flatMap { Int($0) },
            contentType: response.head.headerFields[.contentType], operation: Self.downloadOperation)
    }
}
