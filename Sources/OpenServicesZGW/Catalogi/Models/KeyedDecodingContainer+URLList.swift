extension KeyedDecodingContainer {
    /// Decodes a list of resource URLs that a provider may also send as a single string (or `""` for none),
    /// as the Catalogi 1.3.1 specification types `informatieobjecttypen` and `zaaktypen` on some resources.
    func decodeResourceURLList<Resource>(forKey key: Key) throws -> [ZGWResourceURL<Resource>] {
        if let list = try? decodeIfPresent([ZGWResourceURL<Resource>].self, forKey: key) { return list }
        guard let single = try decodeIfPresent(ZGWResourceURL<Resource>.self, forKey: key) else { return [] }
        return [single]
    }
}
