import Foundation
@testable import OpenServicesCore

/// A context for one direct connector attempt whose deadline is `attemptTimeout` from now, as the retry
/// stage would set it.
func attemptContext(attemptTimeout: Duration = .seconds(10)) -> OperationContext {
    var context = OperationContext(service: "test", operation: "connector.check")
    context.attemptDeadline = context.clock.now + attemptTimeout
    return context
}

/// A streamed body of `data`, in chunks of `chunkSize` bytes.
func streamedBody(_ data: Data, chunkSize: Int, announceLength: Bool) -> ServiceBody {
    let stream = AsyncThrowingStream<Data, any Error> { continuation in
        var offset = 0
        while offset < data.count {
            let end = min(offset + chunkSize, data.count)
            continuation.yield(data.subdata(in: offset..<end))
            offset = end
        }
        continuation.finish()
    }
    return ServiceBody(stream: stream, length: announceLength ? data.count : nil)
}

/// Reads a body to the end, without a limit of its own (so the connector's limit is the one that applies).
func readAll(_ body: ServiceBody) async throws -> Data {
    var data = Data()
    for try await chunk in body.chunks { data.append(chunk) }
    return data
}
