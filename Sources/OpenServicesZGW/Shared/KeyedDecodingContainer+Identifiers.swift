import OpenServicesCore

extension KeyedDecodingContainer {
    /// Decodes an optional validated identifier (BSN, RSIN, …), reading `""` as absent: ZGW providers
    /// send an empty string for an identifier that is not set (`"inpBsn": ""`).
    func decodeIfPresent<Identifier: ValidatedIdentifier>(_ type: Identifier.Type, forKey key: Key) throws -> Identifier? {
        guard let text = try decodeIfPresent(String.self, forKey: key), !text.isEmpty else { return nil }
        return try decode(Identifier.self, forKey: key)
    }
}
