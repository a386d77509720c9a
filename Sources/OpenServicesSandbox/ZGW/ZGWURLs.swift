import Foundation

/// How the ZGW fakes keep resource URLs host-independent: stored under one canonical origin, answered
/// under the origin of the request (like Open Zaak, whose URLs follow the request's Host).
///
/// Any `http(s)` URL whose path lies under one of the six ZGW API roots is taken as a sandbox URL,
/// whatever its host, so `localhost`, `127.0.0.1` and the in-process host all refer to the same resources.
enum ZGWURLs {
    /// The origin resource URLs are stored under; never answered.
    static let canonicalOrigin = "http://zgw.sandbox.internal"

    /// A URL with a sandbox API path moved to the canonical origin; other text unchanged.
    static func canonical(_ text: String) -> String {
        guard text.hasPrefix("http://") || text.hasPrefix("https://") else { return text }
        guard let components = URLComponents(string: text), components.host != nil else { return text }
        let path = components.percentEncodedPath
        guard ZGWSandbox.API.allCases.contains(where: { path.hasPrefix($0.basePath + "/") }) else { return text }
        return canonicalOrigin + path + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
    }

    /// A canonical URL moved to `origin`; other text unchanged.
    static func external(_ text: String, origin: String) -> String {
        text.hasPrefix(canonicalOrigin) ? origin + text.dropFirst(canonicalOrigin.count) : text
    }

    /// The canonical URL of a resource.
    static func resource(_ api: ZGWSandbox.API, _ collection: String, _ uuid: String) -> String {
        canonicalOrigin + api.basePath + "/" + collection + "/" + uuid
    }

    /// The collection and uuid a canonical URL names, `nil` when it names no sandbox resource.
    /// A nested zaakeigenschap (`/zaken/{zaak}/zaakeigenschappen/{uuid}`) resolves to `zaakeigenschappen`.
    static func resolve(_ url: String) -> (api: ZGWSandbox.API, collection: String, uuid: String)? {
        guard url.hasPrefix(canonicalOrigin) else { return nil }
        var path = String(url.dropFirst(canonicalOrigin.count))
        if let question = path.firstIndex(of: "?") { path = String(path[..<question]) }
        guard let api = ZGWSandbox.API.allCases.first(where: { path.hasPrefix($0.basePath + "/") }) else { return nil }
        let segments = path.dropFirst(api.basePath.count).split(separator: "/").map(String.init)
        switch segments.count {
        case 2: return (api, segments[0], segments[1])
        case 4 where segments[0] == "zaken" && segments[2] == "zaakeigenschappen": return (api, segments[2], segments[3])
        default: return nil
        }
    }

    /// Whether text is an absolute http(s) URL (what Django's URLField accepts, roughly).
    static func isURL(_ text: String) -> Bool {
        guard text.hasPrefix("http://") || text.hasPrefix("https://"), !text.contains(" "),
              let components = URLComponents(string: text), let host = components.host, !host.isEmpty
        else { return false }
        return true
    }
}
