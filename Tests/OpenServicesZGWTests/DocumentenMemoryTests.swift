import Foundation
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesZGW
import Testing

/// Uploading and downloading 50 MiB over real HTTP keeps the process's memory flat: the upload's base64 is
/// produced piece by piece while it is sent, the download's chunks are written to a file as they arrive.
///
/// Other suites run in the same process at the same time (the sandbox's round trip buffers a few MiB of
/// JSON), so the bound is loose, three quarters of the document; buffering would cost at least the whole
/// document (50 MiB) or its base64 (67 MiB). Run this suite alone for the real figure
/// (`--filter DocumentenMemoryTests`); it prints it. The baseline is taken after a small warm-up upload and
/// download, so connection set-up is not counted.
@Suite(.serialized) struct DocumentenMemoryTests {
    static let size = 50 << 20

    @Test func fiftyMebibytesUpAndDownStayFlat() async throws {
        let server = try await StreamingDocumentServer.start(downloadSize: Self.size)
        defer { server.stop() }
        let client = DocumentenClient(pipeline: Pipeline(connector: HTTPConnector(), retry: .none), baseURL: server.rootURL)
        let offsets = UploadOffsets()
        let source = AsyncStream<Data>(unfolding: {
            let offset = offsets.take(DocumentContent.defaultChunkSize, of: Self.size)
            return offset < Self.size ? Data(repeating: UInt8(truncatingIfNeeded: offset), count: min(DocumentContent.defaultChunkSize, Self.size - offset)) : nil
        })
        let warmUp = try await client.createDocument(try DocumentenClientTests.request(), content: .data(Data("warm".utf8)))
        #expect(try await client.download(try #require(warmUp.url.uuid), versie: 0).collect(upTo: 16).count == 4)
        var document: EnkelvoudigInformatieObject?
        let upload = try await ResidentMemory.peak {
            document = try await client.createDocument(
                try DocumentenClientTests.request(), content: DocumentContent(length: Self.size, chunks: source))
        }
        #expect(server.received.withLock { $0 } == Self.size)

        let file = FileManager.default.temporaryDirectory.appending(path: "documenten-50mib-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: file) }
        var written = 0
        let download = try await ResidentMemory.peak {
            written = try await client.download(try #require(document), to: file)
        }
        #expect(written == Self.size)
        let uploadGrowth = upload.peak - upload.baseline, downloadGrowth = download.peak - download.baseline
        print("DocumentenMemoryTests: 50 MiB upload peak +\(uploadGrowth >> 10) KiB, download peak +\(downloadGrowth >> 10) KiB above baseline")
        #expect(uploadGrowth < Self.size * 3 / 4)
        #expect(downloadGrowth < Self.size * 3 / 4)
    }
}
