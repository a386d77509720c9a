import Foundation
import OpenServicesCore
import OpenServicesTesting
import OpenServicesZGW
import Testing

/// The streamed create-with-content body: valid JSON whose `inhoud` decodes to the original bytes, with an
/// exact length known up front, whatever the content's size and however its chunks are cut.
@Suite struct DocumentenUploadTests {
    typealias Support = DocumentenTestSupport

    /// Uploads `data` cut into `chunkSize` pieces and returns what the connector saw.
    static func upload(_ data: Data, chunkSize: Int) async throws -> StreamingConnector.Seen {
        let connector = StreamingConnector(chunks: [Data(Support.documentJSON().utf8)], contentType: "application/json")
        let content = DocumentContent(length: data.count, chunks: Support.chunks(data, size: chunkSize))
        _ = try await Support.documenten(connector).createDocument(try DocumentenClientTests.request(), content: content)
        return try #require(connector.requests.first)
    }

    static func check(_ seen: StreamingConnector.Seen, against data: Data) throws {
        let body = try #require(seen.body)
        #expect(seen.request.body?.length == body.count, "Content-Length must be exact")
        #expect(seen.request.body?.isReplayable == false)
        let json = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        let inhoud = try #require(json["inhoud"] as? String)
        #expect(Data(base64Encoded: inhoud) == data)
        #expect(inhoud.count == 4 * ((data.count + 2) / 3))
        #expect(json["bestandsomvang"] as? Int == data.count)
        #expect(json["titel"] as? String == "Aanvraag")
        #expect(json["informatieobjecttype"] as? String == Support.informatieobjecttypeURL)
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 299, 300, 301, 302, 1_000])
    func everySizeInEveryChunking(size: Int) async throws {
        let data = Support.bytes(size)
        for chunkSize in [1, 2, 3, 4, 5, 7, 64, 1 << 16] {
            try Self.check(try await Self.upload(data, chunkSize: chunkSize), against: data)
        }
    }

    @Test func theRequestIsAPOSTOfJSON() async throws {
        let seen = try await Self.upload(Data("Hallo".utf8), chunkSize: 2)
        #expect(seen.request.head.method == .post)
        #expect(seen.request.head.path == "/documenten/api/v1/enkelvoudiginformatieobjecten")
        #expect(seen.request.head.headerFields[.contentType] == "application/json")
        let body = try #require(seen.body)
        #expect(String(decoding: body, as: UTF8.self).hasSuffix(#","inhoud":"SGFsbG8="}"#))
    }

    @Test func aGivenBestandsomvangIsKept() async throws {
        let connector = ScriptedConnector([.json(Support.documentJSON(), status: .created)])
        var request = try DocumentenClientTests.request()
        request.bestandsomvang = 5
        _ = try await Support.documenten(connector).createDocument(request, content: .data(Data("Hallo".utf8)))
        #expect(Support.json(connector.requests.first?.body)["bestandsomvang"] as? Int == 5)
        #expect(Support.json(connector.requests.first?.body)["inhoud"] as? String == "SGFsbG8=")
    }

    @Test func aFileIsReadInChunks() async throws {
        let data = Support.bytes(1_000_001, seed: 42)
        let file = FileManager.default.temporaryDirectory.appending(path: "documenten-upload-\(UUID().uuidString).bin")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let connector = StreamingConnector(chunks: [Data(Support.documentJSON().utf8)], contentType: "application/json")
        _ = try await Support.documenten(connector).createDocument(
            try DocumentenClientTests.request(), content: try .file(file, chunkSize: 1_000))
        try Self.check(try #require(connector.requests.first), against: data)
    }

    @Test func aMissingFileIsInvalidInput() throws {
        let error = try #require(throws: OpenServicesError.self) {
            _ = try DocumentContent.file(URL(filePath: "/nonexistent/aanvraag-\(UUID().uuidString).pdf"))
        }
        #expect(error.code == .invalidInput)
    }

    @Test(arguments: [(declared: 10, actual: 9), (declared: 2, actual: 3), (declared: 0, actual: 1)])
    func contentOfAnotherLengthAbortsTheUpload(declared: Int, actual: Int) async throws {
        let connector = ScriptedConnector([.json(Support.documentJSON(), status: .created)])
        let content = DocumentContent(length: declared, chunks: Support.chunks(Support.bytes(actual), size: 4))
        let error = try await #require(throws: OpenServicesError.self) {
            _ = try await Support.documenten(connector).createDocument(try DocumentenClientTests.request(), content: content)
        }
        #expect(error.code == .invalidInput)
        #expect(error.message.contains("\(declared)"))
    }

    @Test func anUpdateCanReplaceTheContentWithTheLock() async throws {
        let connector = StreamingConnector(chunks: [Data(Support.documentJSON().utf8)], contentType: "application/json")
        let data = Support.bytes(1_234)
        _ = try await Support.documenten(connector).updateDocument(
            try ZGWResourceURL(Support.documentURL), try DocumentenClientTests.request(), lock: "0f7e1c2d",
            content: DocumentContent(length: data.count, chunks: Support.chunks(data, size: 100)))
        let seen = try #require(connector.requests.first)
        #expect(seen.request.head.method == .put)
        try Self.check(seen, against: data)
        #expect(Support.json(seen.body)["lock"] as? String == "0f7e1c2d")
    }

    /// 50 MiB go out in pieces no larger than a read's base64: the body is never assembled in memory.
    @Test func fiftyMebibytesStreamInBoundedPieces() async throws {
        let size = 50 << 20, chunk = 192 * 1024
        let counter = UploadOffsets()
        let source = AsyncStream<Data>(unfolding: {
            let offset = counter.take(chunk, of: size)
            return offset < size ? Data(repeating: UInt8(offset / chunk % 251), count: min(chunk, size - offset)) : nil
        })
        let connector = PieceCountingConnector(response: Support.documentJSON())
        _ = try await Support.documenten(connector).createDocument(
            try DocumentenClientTests.request(), content: DocumentContent(length: size, chunks: source))
        let result = connector.result
        #expect(result.total == result.announced)
        #expect(result.largestPiece <= 4 * chunk / 3 + 2)
        #expect(result.decoded == size)
    }
}

/// Hands out consecutive offsets for the lazily generated upload source.
final class UploadOffsets: @unchecked Sendable {
    private var next = 0
    private let lock = NSLock()

    func take(_ count: Int, of total: Int) -> Int {
        lock.withLock {
            let offset = next
            next += count
            return offset
        }
    }
}
