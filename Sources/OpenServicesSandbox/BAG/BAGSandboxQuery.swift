import Foundation

/// Query helpers of the BAG fake: strict percent-encoding for the links it writes.
enum BAGSandboxQuery {
    static let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~,")

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// `name=value&…` with `page` replaced.
    static func query(_ items: [(name: String, value: String)], page: Int) -> String {
        var items = items.filter { $0.name != "page" }
        items.append((name: "page", value: String(page)))
        return items.map { "\(encode($0.name))=\(encode($0.value))" }.joined(separator: "&")
    }
}
