public import Foundation

extension ServiceResponse {
    /// Decodes the JSON body into `type`.
    ///
    /// A body that does not decode never surfaces as a bare `DecodingError`: it becomes an
    /// ``OpenServicesError`` with code ``OpenServicesError/Code-swift.struct/decodingFailed`` whose
    /// message names the operation, the status and the JSON path that failed
    /// (`personen[0].geboorte.datum`).
    public func decode<T: Decodable>(
        _ type: T.Type, context: OperationContext, decoder: JSONDecoder = JSONDecoder(), limit: Int = 16 << 20
    ) async throws -> T {
        let data = try await body.collect(upTo: limit)
        return try Self.decode(type, from: data, status: status.code, context: context, decoder: decoder)
    }

    /// Decodes `data` into `type`, turning a `DecodingError` into an ``OpenServicesError``.
    public static func decode<T: Decodable>(
        _ type: T.Type, from data: Data, status: Int, context: OperationContext, decoder: JSONDecoder = JSONDecoder()
    ) throws -> T {
        do {
            return try decoder.decode(type, from: data)
        } catch let error as DecodingError {
            throw OpenServicesError(
                .decodingFailed,
                "The \(context.operation) response (HTTP \(status)) did not decode as \(T.self): \(Self.explain(error, bodyIsEmpty: data.isEmpty))",
                service: context.service, operation: context.operation)
        }
    }

    static func explain(_ error: DecodingError, bodyIsEmpty: Bool) -> String {
        if bodyIsEmpty { return "the body is empty." }
        switch error {
        case .typeMismatch(let type, let context):
            return "at \(path(context.codingPath)): expected \(type)."
        case .valueNotFound(let type, let context):
            return "at \(path(context.codingPath)): expected \(type) but found null."
        case .keyNotFound(let key, let context):
            return "at \(path(context.codingPath + [key])): the required field is missing."
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "the body is not valid JSON (it may be truncated)." }
            return "at \(path(context.codingPath)): invalid value."
        @unknown default:
            return "invalid body."
        }
    }

    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "the top level" : text
    }
}
