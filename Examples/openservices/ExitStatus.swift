import ArgumentParser
import OpenServicesCore

/// The exit codes of `openservices` and the mapping of failures onto them.
enum ExitStatus {
    /// Success.
    static let success: Int32 = 0
    /// Any other failure, including a response that does not decode.
    static let failure: Int32 = 1
    /// A usage error or invalid input (a malformed BSN, postcode, …).
    static let usage: Int32 = 2
    /// Denied by policy.
    static let denied: Int32 = 3
    /// The service rejected the request (4xx).
    static let rejected: Int32 = 4
    /// The service is unavailable (5xx, timeout, connection failure).
    static let unavailable: Int32 = 5

    /// The exit code for an OpenServices error.
    static func code(for error: OpenServicesError) -> Int32 {
        switch error.category {
        case .policyDenied:
            return denied
        case .configuration:
            return usage
        case .transport, .timeout, .service:
            return unavailable
        case .cancelled, .decoding, .audit:
            return failure
        default:
            // invalidRequest, authentication, forbidden, notFound, rateLimited
            if let status = error.status { return status.code >= 500 ? unavailable : rejected }
            return error.category == .invalidRequest ? usage : failure
        }
    }

    /// Prints `error` the way the user needs it and returns the exit code.
    static func report(_ error: any Error) -> Int32 {
        switch error {
        case let error as OpenServicesError:
            printToStandardError("error: \(error)")
            return code(for: error)
        case let exit as ExitCode:
            return exit.rawValue
        default:
            let code = OpenServicesCommand.exitCode(for: error)
            let message = OpenServicesCommand.fullMessage(for: error)
            if code == .success {
                print(message)
                return success
            }
            if !message.isEmpty { printToStandardError(message) }
            // ArgumentParser reports usage errors as EX_USAGE (64); openservices uses 2.
            return code == .validationFailure ? usage : (code.rawValue == 0 ? success : failure)
        }
    }
}
