/// A ZGW enumeration (`archiefstatus`, `betrokkeneType`, …) held as its official text.
///
/// The known values are static members (`Archiefstatus.gearchiveerd`), but any text decodes, so a
/// value a newer provider adds never breaks a response. An empty string, which ZGW providers send
/// for a blank choice, decodes as absent (`nil`) in an optional field.
///
/// ```swift
/// if zaak.archiefstatus == .nogTeArchiveren { … }
/// ```
public protocol ZGWEnumeration: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral where RawValue == String
{
    /// Wraps the official text.
    init(rawValue: String)
}

extension ZGWEnumeration {
    /// Wraps the official text of a literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The official text.
    public var description: String { rawValue }

    /// Decodes the official text.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the official text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension KeyedDecodingContainer {
    /// Decodes an optional enumeration, reading `""` (a blank choice) as absent.
    func decodeIfPresent<Value: ZGWEnumeration>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        guard let text = try decodeIfPresent(String.self, forKey: key), !text.isEmpty else { return nil }
        return Value(rawValue: text)
    }
}
