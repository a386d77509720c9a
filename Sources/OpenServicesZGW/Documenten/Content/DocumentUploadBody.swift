import Foundation
import OpenServicesCore

/// Builds the JSON body of a document create or update that carries its content: the metadata's
/// fields, then `"inhoud":"` and the content in base64, encoded piece by piece while the body is sent,
/// then `"}`. Neither the content nor its base64 is ever held in memory as a whole.
///
/// The body's length is known before the first byte is sent: the metadata, plus `4 × ⌈n / 3⌉` base64
/// characters for `n` bytes, plus the quote and the brace.
enum DocumentUploadBody {
    /// The streamed body for `metadata` (a JSON object without `inhoud`) and `content`.
    static func make(metadata: Data, content: DocumentContent, operation: String) throws -> ServiceBody {
        guard metadata.last == UInt8(ascii: "}") else {
            throw OpenServicesError(
                .invalidInput, "The \(operation) metadata did not encode as a JSON object.", service: ZGWAPI.documenten.rawValue,
                operation: operation)
        }
        var prefix = Data(metadata.dropLast())
        if prefix.contains(where: { $0 != UInt8(ascii: "{") && $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\n") }) {
            prefix.append(UInt8(ascii: ","))
        }
        prefix.append(contentsOf: #""inhoud":""#.utf8)
        let producer = Producer(prefix: prefix, content: content, operation: operation)
        return ServiceBody(stream: AsyncThrowingStream(unfolding: { try await producer.next() }), length: length(prefix: prefix.count, content: content.length))
    }

    /// The total body length: the prefix, the base64 of `content` bytes, and `"}`.
    static func length(prefix: Int, content: Int) -> Int {
        prefix + base64Length(content) + 2
    }

    /// The base64 length of `count` bytes: `4 × ⌈count / 3⌉`.
    static func base64Length(_ count: Int) -> Int {
        4 * ((count + 2) / 3)
    }

    /// Produces the body's pieces in order. The pipeline reads a body from one task, one pull after the
    /// other, so the state is never touched concurrently: that makes the unchecked `Sendable` sound.
    final class Producer: @unchecked Sendable {
        private enum Phase {
            case prefix, content, done
        }

        private var phase = Phase.prefix
        private let prefix: Data
        private let content: DocumentContent
        private let operation: String
        private var chunks: AsyncThrowingStream<Data, any Error>.Iterator?
        /// Up to two bytes left over from the previous chunk, encoded with the next one.
        private var carry = Data()
        private var received = 0

        init(prefix: Data, content: DocumentContent, operation: String) {
            self.prefix = prefix
            self.content = content
            self.operation = operation
        }

        func next() async throws -> Data? {
            switch phase {
            case .prefix:
                chunks = try content.open().makeAsyncIterator()
                phase = .content
                return prefix
            case .content:
                return try await nextContent()
            case .done:
                return nil
            }
        }

        /// The next piece of base64, or the last piece with the closing `"}` at the end of the content.
        private func nextContent() async throws -> Data {
            while true {
                guard let chunk = try await chunks?.next() else {
                    phase = .done
                    chunks = nil
                    guard received == content.length else { throw mismatch() }
                    var last = carry.base64EncodedData()
                    last.append(contentsOf: #""}"#.utf8)
                    return last
                }
                received += chunk.count
                guard received <= content.length else { throw mismatch() }
                var pending = carry
                pending.append(chunk)
                let usable = pending.count - pending.count % 3
                guard usable > 0 else {
                    carry = pending
                    continue
                }
                let start = pending.startIndex
                carry = Data(pending[(start + usable)...])
                return Data(pending[start..<(start + usable)]).base64EncodedData()
            }
        }

        private func mismatch() -> OpenServicesError {
            OpenServicesError(
                .invalidInput,
                "The document content gave \(received > content.length ? "more than" : "only") \(received) bytes, not the \(content.length) it declared; the upload was aborted.",
                remediation: "Give DocumentContent the exact length of what its chunks yield.",
                service: ZGWAPI.documenten.rawValue, operation: operation)
        }
    }
}
