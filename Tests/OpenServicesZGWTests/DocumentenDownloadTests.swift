import Foundation
import OpenServicesCore
import OpenServicesZGW
import Testing

/// The streamed download: the request asks for a streamed response with a large limit, at the URL in the
/// document's `inhoud`, and the chunks reach the caller, a file or memory as they arrive.
@Suite struct DocumentenDownloadTests {
    typealias Support = DocumentenTestSupport
    static let chunks = [Data("Besluit ".utf8), Data("op uw ".utf8), Data("aanvraag".utf8)]

    static func document(inhoud: String? = Support.documentURL + "/download?versie=1") throws -> EnkelvoudigInformatieObject {
        var document = try JSONDecoder().decode(EnkelvoudigInformatieObject.self, from: Data(Support.documentJSON().utf8))
        document.inhoud = try inhoud.map { try ZGWResourceURL($0) }
        return document
    }

    @Test func theChunksArriveAsTheyAreStreamed() async throws {
        let connector = StreamingConnector(chunks: Self.chunks)
        let download = try await Support.documenten(connector).download(try Self.document())
        #expect(download.length == 22)
        #expect(download.contentType == "application/octet-stream")
        var received: [Data] = []
        for try await chunk in download { received.append(chunk) }
        #expect(received == Self.chunks)
        let seen = try #require(connector.requests.first)
        #expect(seen.request.head.method == .get)
        #expect(seen.request.head.path == "/documenten/api/v1/enkelvoudiginformatieobjecten/\(Support.documentUUID)/download?versie=1")
        #expect(seen.request.head.headerFields[.accept] == "application/octet-stream")
        #expect(seen.request.streamsResponseBody)
        #expect(seen.request.maximumResponseSize == DocumentenClient.defaultMaximumDownloadSize)
        #expect(seen.request.head.headerFields[.authorization]?.hasPrefix("Bearer ") == true)
    }

    @Test func byUUIDWithAVersionAndALimit() async throws {
        let connector = StreamingConnector(chunks: Self.chunks)
        let uuid = try #require(UUID(uuidString: Support.documentUUID))
        let data = try await Support.documenten(connector).download(uuid, versie: 2, maximumSize: 5 << 20).collect(upTo: 100)
        #expect(data == Data("Besluit op uw aanvraag".utf8))
        let seen = try #require(connector.requests.first)
        #expect(seen.request.head.path == "/documenten/api/v1/enkelvoudiginformatieobjecten/\(Support.documentUUID)/download?versie=2")
        #expect(seen.request.maximumResponseSize == 5 << 20)
    }

    @Test func anInhoudURLUnderAnotherRootIsRewritten() async throws {
        let connector = StreamingConnector(chunks: Self.chunks)
        let client = DocumentenClient(
            pipeline: try Support.pipeline(connector), baseURL: URL(string: "http://outway.internal:8080/documenten/api/v1")!,
            resourceRoots: [URL(string: "\(Support.host)/documenten/api/v1")!])
        _ = try await client.download(try Self.document()).collect(upTo: 100)
        let seen = try #require(connector.requests.first)
        #expect(seen.request.head.authority == "outway.internal:8080")
        #expect(seen.request.head.path == "/documenten/api/v1/enkelvoudiginformatieobjecten/\(Support.documentUUID)/download?versie=1")
    }

    @Test func writesAFileChunkByChunk() async throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "documenten-download-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let written = try await Support.documenten(StreamingConnector(chunks: Self.chunks)).download(try Self.document(), to: file)
        #expect(written == 22)
        #expect(try Data(contentsOf: file) == Data("Besluit op uw aanvraag".utf8))
    }

    @Test func collectsSmallDocumentsAndRefusesLargeOnes() async throws {
        let client = try Support.documenten(StreamingConnector(chunks: Self.chunks))
        #expect(try await client.downloadData(try Self.document()) == Data("Besluit op uw aanvraag".utf8))
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await client.download(try Self.document()).collect(upTo: 10)
        }
        #expect(error.code == .responseTooLarge)
    }

    @Test func aShortDownloadFailsAndLeavesNoFile() async throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "documenten-short-\(UUID().uuidString).txt")
        let client = try Support.documenten(StreamingConnector(chunks: Self.chunks, announcedLength: 30))
        let error = try await #require(throws: OpenServicesError.self) { try await client.download(try Self.document(), to: file) }
        #expect(error.code == .decodingFailed)
        #expect(!FileManager.default.fileExists(atPath: file.path(percentEncoded: false)))
    }

    @Test func aDocumentWithoutContentIsInvalidInput() async throws {
        let connector = StreamingConnector(chunks: Self.chunks)
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await Support.documenten(connector).download(try Self.document(inhoud: nil))
        }
        #expect(error.code == .invalidInput)
        #expect(connector.requests.isEmpty)
    }

    @Test func anInhoudOfAnotherAPIIsRefused() async throws {
        let connector = StreamingConnector(chunks: Self.chunks)
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await Support.documenten(connector).download(try Self.document(inhoud: "https://elders.example.nl/files/1"))
        }
        #expect(error.code == .invalidInput)
        #expect(connector.requests.isEmpty)
    }
}
