public import Foundation

/// Builds the URL of an operation under a service's API root.
///
/// ```swift
/// let url = OperationURL.make(
///     URL(string: "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2")!,
///     path: "/adressen", query: [("postcode", "2631CR"), ("huisnummer", "15")])
/// // https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2/adressen?postcode=2631CR&huisnummer=15
/// ```
public enum OperationURL {
    /// The API root, a path below it and the query parameters in order; every query name and value is
    /// percent-encoded strictly (only unreserved characters and `,` stay), so `+`, `&` and spaces survive.
    public static func make(_ base: URL, path: String, query: [(String, String)] = []) -> URL {
        var text = base.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        text += path
        if !query.isEmpty {
            text += "?" + query.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        }
        return URL(string: text)!
    }

    static let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~,")

    /// A query name or value, percent-encoded strictly.
    public static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
