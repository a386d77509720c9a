import Foundation
import HTTPTypes
import OpenServicesCore

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension URLSessionConnector {
    /// The `URLRequest` for a ``OpenServicesCore/ServiceRequest``; a streamed body is collected first, because
    /// URLSession cannot send an async sequence.
    static func urlRequest(for request: ServiceRequest, failure: TransportFailure) async throws -> URLRequest {
        guard let url = request.url else {
            throw failure.invalidRequest("the request has no valid absolute URL")
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.head.method.rawValue
        urlRequest.httpShouldHandleCookies = false
        for field in request.head.headerFields {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name.rawName)
        }
        if let body = request.body {
            if let data = body.bufferedData {
                urlRequest.httpBody = data
            } else {
                var data = Data()
                if let length = body.length { data.reserveCapacity(length) }
                do {
                    for try await chunk in body.chunks { data.append(chunk) }
                } catch {
                    throw failure.requestBodyFailed(error)
                }
                urlRequest.httpBody = data
            }
        }
        return urlRequest
    }
}
