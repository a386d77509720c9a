public import Foundation
public import OpenServicesCore
public import HTTPTypes
import Synchronization

/// A connector for tests that answers from a script and records every request it receives.
///
/// ```swift
/// let connector = ScriptedConnector([.status(.serviceUnavailable), .json(#"{"ok":true}"#)])
/// let pipeline = Pipeline(connector: connector, clock: TestClock())
/// let response = try await pipeline.execute(request, context: context)
/// #expect(connector.requests.count == 2)
/// ```
///
/// Outcomes are used in order; when the script runs out, the last outcome repeats. A handler
/// closure can compute the outcome from the request instead.
public final class ScriptedConnector: Connector {
    /// Computes the outcome of an attempt from the request and its 1-based index.
    public typealias Handler = @Sendable (ServiceRequest, Int) async throws -> ScriptedResponse

    private let handler: Handler
    private let recorded = Mutex<[RecordedRequest]>([])

    /// A connector that plays `script` in order, repeating the last outcome.
    public init(_ script: [ScriptedResponse]) {
        precondition(!script.isEmpty, "A ScriptedConnector needs at least one outcome.")
        handler = { _, index in script[min(index, script.count) - 1] }
    }

    /// A connector whose outcomes `handler` computes.
    public init(handler: @escaping Handler) {
        self.handler = handler
    }

    /// Every request received so far, in order.
    public var requests: [RecordedRequest] { recorded.withLock { $0 } }

    /// Plays the next outcome for `request`.
    public func send(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        let body = try await request.body?.collect(upTo: .max)
        let index = recorded.withLock { requests in
            requests.append(RecordedRequest(head: request.head, body: body, attempt: context.attempt))
            return requests.count
        }
        try Task.checkCancellation()
        return try await play(try await handler(request, index), context: context)
    }

    private func play(_ outcome: ScriptedResponse, context: OperationContext) async throws -> ServiceResponse {
        switch outcome {
        case .respond(let status, let headers, let body):
            return ServiceResponse(status: status, headerFields: headers, body: body)
        case .delay(let duration, let next):
            if let remaining = context.attemptTimeRemaining, remaining < duration {
                try await context.clock.sleep(for: max(remaining, .zero))
                throw OpenServicesError(.attemptTimeout, "The scripted attempt took longer than its deadline.")
            }
            try await context.clock.sleep(for: duration)
            return try await play(next, context: context)
        case .connectionReset:
            throw OpenServicesError(.connectionReset, "The connection was reset before the response was complete.")
        case .connectionRefused:
            throw OpenServicesError(.connectionRefused, "The connection was refused.")
        case .fail(let error):
            throw error
        }
    }
}

/// A request as the ``ScriptedConnector`` received it.
public struct RecordedRequest: Sendable {
    /// Method, URL parts and header fields.
    public var head: HTTPRequest
    /// The body bytes, if there was a body.
    public var body: Data?
    /// The attempt number the retry stage gave it.
    public var attempt: Int
}
