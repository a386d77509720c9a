import Foundation

/// The ZGW fakes keep their resources as JSON values (the BRP sandbox's JSON type), so every field
/// of a resource round-trips exactly as the client sent it.
typealias ZGWJSON = BRPJSON

/// One resource as stored and answered: field name to value.
typealias ZGWObject = [String: ZGWJSON]

extension BRPJSON {
    var array: [BRPJSON]? { if case .array(let value) = self { value } else { nil } }
    var bool: Bool? { if case .bool(let value) = self { value } else { nil } }
    var int: Int? { if case .int(let value) = self { value } else { nil } }
    var isNull: Bool { if case .null = self { true } else { false } }

    /// The same value with every string passed through `transform` (keys stay as they are).
    func mappingStrings(_ transform: (String) -> String) -> BRPJSON {
        switch self {
        case .string(let value): .string(transform(value))
        case .array(let items): .array(items.map { $0.mappingStrings(transform) })
        case .object(let fields): .object(fields.mapValues { $0.mappingStrings(transform) })
        default: self
        }
    }

    /// The text of a scalar, as a query filter compares it (`true`, `12`, the string itself).
    var filterText: String? {
        switch self {
        case .string(let value): value
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .double(let value): String(value)
        default: nil
        }
    }

    /// The encoded JSON, keys sorted.
    func encoded() -> Data {
        (try? SandboxResponses.encoder().encode(self)) ?? Data("null".utf8)
    }

    /// Decodes a JSON document; `nil` when it is not JSON.
    static func decode(_ data: Data) -> BRPJSON? {
        try? JSONDecoder().decode(BRPJSON.self, from: data)
    }
}

extension Dictionary where Key == String, Value == BRPJSON {
    /// The string value of a field, `nil` when absent or not a string.
    func text(_ key: String) -> String? { self[key]?.string }
}

extension BRPJSON: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(arrayLiteral elements: BRPJSON...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, BRPJSON)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
