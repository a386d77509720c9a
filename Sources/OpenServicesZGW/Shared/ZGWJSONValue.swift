import Foundation
import OpenServicesCore

/// A free-form JSON value, for the parts of a ZGW resource the specification leaves open or that
/// take many shapes: GeoJSON geometries (`zaakgeometrie`), the `objectIdentificatie` of a zaakobject,
/// the `oud`/`nieuw` snapshots of an audit trail entry.
///
/// ```swift
/// if case .object(let punt) = zaak.zaakgeometrie, case .string("Point") = punt["type"] {
///     print(punt["coordinates"] ?? .null)
/// }
/// ```
public enum ZGWJSONValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([ZGWJSONValue])
    /// An object.
    case object([String: ZGWJSONValue])

    /// The member `key` when this is an object.
    public subscript(key: String) -> ZGWJSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The text when this is a string.
    public var stringValue: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }

    /// The value as compact JSON, with nine-digit numbers (BSNs, RSINs) masked, so a personal number
    /// held in free-form JSON never reaches a log line through it.
    public var description: String {
        let data = (try? ZGWJSON.encoder.encode(self)) ?? Data()
        return Redaction.redactText(String(decoding: data, as: UTF8.self))
    }

    /// Decodes any JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([ZGWJSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: ZGWJSONValue].self))
        }
    }

    /// Encodes the value as the JSON it stands for.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
