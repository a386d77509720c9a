import Foundation
import HTTPTypes
import Logging
import OpenServicesCore
import OpenServicesTesting

/// A GET request to a fictitious BAG host.
func getRequest(_ path: String = "/lvbag/individuelebevragingen/v2/adressen?postcode=2631CR&huisnummer=15") -> ServiceRequest {
    ServiceRequest(method: .get, url: URL(string: "https://bag.test.example\(path)")!)
}

/// A POST request (not safe) to a fictitious ZGW host.
func postRequest(idempotencyKey: String? = nil) -> ServiceRequest {
    var request = ServiceRequest(
        method: .post, url: URL(string: "https://zaken.test.example/zaken/api/v1/zaken")!,
        body: ServiceBody(text: #"{"omschrijving":"test"}"#))
    request.idempotencyKey = idempotencyKey
    return request
}

func context(_ operation: String = "adressen.zoeken", service: String = "bag", timeout: Duration? = nil) -> OperationContext {
    OperationContext(service: service, operation: operation, timeout: timeout)
}

/// A retry policy with quick, deterministic-ceiling backoff for tests.
func testRetryPolicy(
    attempts: Int = 3, overall: Duration = .seconds(60), attemptTimeout: Duration = .seconds(30),
    budget: RetryBudget.Configuration = .init()
) -> RetryPolicy {
    RetryPolicy(
        maximumAttempts: attempts, backoff: Backoff(base: .milliseconds(100), cap: .seconds(1)),
        attemptTimeout: attemptTimeout, overallTimeout: overall, budget: budget)
}

extension OpenServicesError {
    /// Runs `body` and returns the `OpenServicesError` it throws, or nil.
    static func caught(_ body: () async throws -> Void) async -> OpenServicesError? {
        do {
            try await body()
            return nil
        } catch let error as OpenServicesError {
            return error
        } catch {
            return nil
        }
    }
}
