import Foundation

extension KeyedDecodingContainer {
    /// A required string that must not be empty (`minLength: 1`).
    func decodeNonEmpty(_ key: Key) throws -> String {
        let value = try decode(String.self, forKey: key)
        guard !value.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "must not be empty")
        }
        return value
    }

    /// A required absolute `http(s)` URL (`format: uri`).
    func decodeAbsoluteURL(_ key: Key) throws -> URL {
        let text = try decode(String.self, forKey: key)
        guard let url = Self.absoluteURL(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an absolute http(s) URL")
        }
        return url
    }

    /// An optional URL that ZGW providers may send as `""` or `null` for "none": both decode as `nil`.
    func decodeOptionalURL(_ key: Key) throws -> URL? {
        guard let text = try decodeIfPresent(String.self, forKey: key), !text.isEmpty else { return nil }
        guard let url = URL(string: text), url.scheme != nil else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not an absolute URL")
        }
        return url
    }

    static func absoluteURL(_ text: String) -> URL? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host != nil
        else { return nil }
        return url
    }
}
