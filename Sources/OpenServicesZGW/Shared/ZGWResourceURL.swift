public import Foundation
import OpenServicesCore

/// The absolute URL of a ZGW resource of a known kind, as the ZGW APIs use to refer to each other
/// (`"zaaktype": "https://…/catalogi/api/v1/zaaktypen/5b1e…"`).
///
/// The `Resource` parameter says what the URL points at, so the compiler keeps a zaaktype URL from
/// being passed where a zaak is expected; the client of the right API resolves it:
///
/// ```swift
/// let zaak = try await zaken.zaak(uuid)
/// let zaaktype = try await catalogi.zaaktype(at: zaak.zaaktype)
/// ```
///
/// It encodes and decodes as the plain URL string of the JSON.
public struct ZGWResourceURL<Resource>: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The URL.
    public let url: URL

    /// Wraps a URL.
    public init(_ url: URL) { self.url = url }

    /// Parses an absolute `http` or `https` URL.
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (invalid input) for anything else.
    public init(_ text: String) throws {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host != nil
        else {
            throw OpenServicesError(
                .invalidInput, "'\(text)' is not an absolute http(s) URL of a \(Resource.self) (rule: ZGW resource URL).",
                remediation: "Pass the resource's full URL as the API returned it, e.g. https://openzaak.example.nl/zaken/api/v1/zaken/<uuid>.")
        }
        self.url = url
    }

    /// The UUID in the URL's last path segment, when it is one (every ZGW resource URL ends in its UUID).
    public var uuid: UUID? { UUID(uuidString: url.lastPathComponent) }

    /// The URL text.
    public var description: String { url.absoluteString }

    /// Decodes the URL string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let url = URL(string: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a URL.")
        }
        self.url = url
    }

    /// Encodes the URL string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(url.absoluteString)
    }
}
