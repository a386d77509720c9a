import Foundation
import HTTPTypes
import OpenServicesCore
import Synchronization

/// A connector that reads a streamed request body piece by piece without keeping it: it counts the bytes,
/// notes the largest piece, and decodes the `inhoud` base64 as it passes to count the content's bytes.
final class PieceCountingConnector: Connector {
    struct Result: Sendable {
        var total = 0
        var announced: Int?
        var largestPiece = 0
        var decoded = 0
    }

    private let response: String
    private let state = Mutex(Result())

    init(response: String) { self.response = response }

    var result: Result { state.withLock { $0 } }

    func send(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        var result = Result(announced: request.body?.length)
        var inContent = false
        var pending = Data()
        let marker = Data(#""inhoud":""#.utf8)
        for try await piece in request.body?.chunks ?? AsyncThrowingStream(unfolding: { nil }) {
            result.total += piece.count
            result.largestPiece = max(result.largestPiece, piece.count)
            if !inContent {
                if piece.range(of: marker) != nil { inContent = true }
                continue
            }
            var text = pending + piece
            if text.last == UInt8(ascii: "}") { text.removeLast(2) }
            let usable = text.count - text.count % 4
            result.decoded += Data(base64Encoded: text.prefix(usable))?.count ?? -1_000_000_000
            pending = Data(text.dropFirst(usable))
        }
        state.withLock { $0 = result }
        return ServiceResponse(status: .created, headerFields: [.contentType: "application/json"], body: Data(response.utf8))
    }
}
