public import Foundation
public import HTTPTypes
public import OpenServicesCore

/// One scripted outcome of an attempt: a response, a fault, or a delay before another outcome.
public indirect enum ScriptedResponse: Sendable {
    /// Answer with this status, headers and body.
    case respond(HTTPResponse.Status, headers: HTTPFields = [:], body: Data = Data())
    /// Wait `duration` on the pipeline's clock, then produce `outcome`. If the attempt's deadline
    /// comes first, the attempt fails with ``OpenServicesError/Code-swift.struct/attemptTimeout``.
    case delay(Duration, then: ScriptedResponse)
    /// Fail as a connection that was reset mid-response.
    case connectionReset
    /// Fail as a refused connection (nothing was sent).
    case connectionRefused
    /// Fail with this error.
    case fail(OpenServicesError)

    /// A JSON response with `Content-Type: application/json`.
    public static func json(_ text: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> ScriptedResponse {
        var headers = headers
        headers[.contentType] = "application/json"
        return .respond(status, headers: headers, body: Data(text.utf8))
    }

    /// A problem+json error response.
    public static func problem(_ status: HTTPResponse.Status, _ text: String, headers: HTTPFields = [:]) -> ScriptedResponse {
        var headers = headers
        headers[.contentType] = "application/problem+json"
        return .respond(status, headers: headers, body: Data(text.utf8))
    }

    /// A 200 whose JSON body is cut off after `keeping` bytes, as when a connection drops unnoticed.
    public static func truncatedJSON(_ text: String, keeping: Int) -> ScriptedResponse {
        .respond(.ok, headers: [.contentType: "application/json"], body: Data(text.utf8.prefix(keeping)))
    }

    /// A 200 that claims JSON but whose body is not JSON.
    public static func malformedJSON(_ text: String = "<html>Service temporarily unavailable</html>") -> ScriptedResponse {
        .respond(.ok, headers: [.contentType: "application/json"], body: Data(text.utf8))
    }

    /// A status with no body.
    public static func status(_ status: HTTPResponse.Status, headers: HTTPFields = [:]) -> ScriptedResponse {
        .respond(status, headers: headers)
    }
}
