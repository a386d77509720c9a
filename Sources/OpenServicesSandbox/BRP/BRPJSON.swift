import Foundation

/// A JSON value, so the BRP sandbox can validate request bodies by their JSON types and cut answers
/// down to the requested `fields` without losing the difference between booleans and numbers.
enum BRPJSON: Codable, Sendable, Equatable {
    case object([String: BRPJSON])
    case array([BRPJSON])
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([BRPJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: BRPJSON].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .object(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }

    /// Any encodable value as JSON.
    static func from(_ value: some Encodable) throws -> BRPJSON {
        try JSONDecoder().decode(BRPJSON.self, from: JSONEncoder().encode(value))
    }

    var object: [String: BRPJSON]? { if case .object(let value) = self { value } else { nil } }
    var string: String? { if case .string(let value) = self { value } else { nil } }

    subscript(key: String) -> BRPJSON? { object?[key] }

    /// Keeps only the `paths` (each a list of field names) of this value, the BRP way: arrays are
    /// filtered element by element, a polymorphic object keeps its `type`, and an object's
    /// `inOnderzoek` keeps the flags of the fields that remain (with its start dates).
    func keeping(_ paths: [[String]]) -> BRPJSON? {
        if paths.contains(where: \.isEmpty) { return self }
        switch self {
        case .array(let items):
            let kept = items.compactMap { $0.keeping(paths) }
            return kept.isEmpty ? nil : .array(kept)
        case .object(let fields):
            var result: [String: BRPJSON] = [:]
            let grouped = Dictionary(grouping: paths, by: { $0[0] })
            for (name, subpaths) in grouped {
                if let value = fields[name], let kept = value.keeping(subpaths.map { Array($0.dropFirst()) }) {
                    result[name] = kept
                }
            }
            guard !result.isEmpty else { return nil }
            if let type = fields["type"] { result["type"] = type }
            if case .object(let onderzoek)? = fields["inOnderzoek"], result["inOnderzoek"] == nil {
                let flags = onderzoek.filter { key, value in
                    if case .bool = value { return result[key] != nil || (key == "type" && result["type"] != nil) }
                    return false
                }
                if !flags.isEmpty {
                    result["inOnderzoek"] = .object(flags.merging(onderzoek.filter { $0.key.hasPrefix("datumIngangOnderzoek") }) { first, _ in first })
                }
            }
            return .object(result)
        default:
            return nil
        }
    }
}
