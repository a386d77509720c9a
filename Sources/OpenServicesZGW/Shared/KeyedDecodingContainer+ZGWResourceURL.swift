extension KeyedDecodingContainer {
    /// Decodes an optional resource URL, reading `""` as absent: ZGW providers send an empty string
    /// rather than `null` for a URL field that is not set (`"hoofdzaak": ""`). Every model with an
    /// optional ``ZGWResourceURL`` field decodes through this overload.
    func decodeIfPresent<Resource>(
        _ type: ZGWResourceURL<Resource>.Type, forKey key: Key
    ) throws -> ZGWResourceURL<Resource>? {
        guard let text = try decodeIfPresent(String.self, forKey: key), !text.isEmpty else { return nil }
        return try decode(ZGWResourceURL<Resource>.self, forKey: key)
    }
}
