public import Foundation

extension PagingStyle where Cursor == URL {
    /// Paging by a link to the next page in each page: HAL `_links.next.href` (BAG) or `next` (ZGW).
    ///
    /// The link may be absolute or relative; a relative link is resolved against the URL of the
    /// page that carries it. A missing or empty link ends the sequence.
    ///
    /// A link that is not a URL, or that leads to another origin (scheme, host or port) than the
    /// page it came from, is not followed: the sequence delivers the page and then throws an
    /// ``OpenServicesError`` with code ``OpenServicesError/Code-swift.struct/unexpectedStatus``.
    /// Following it would send the call's credentials to a host the caller did not configure.
    /// A client behind a proxy that rewrites links maps the link onto its configured base URL in
    /// the `link` closure.
    ///
    /// ```swift
    /// // ZGW
    /// PageSequence(start: zakenURL, style: .nextLink(\ZGWPage<Zaak>.next)) { url in try await get(url) }
    /// // BAG (HAL)
    /// PageSequence(start: adressenURL, style: .nextLink(\.links?.next?.href)) { url in try await get(url) }
    /// ```
    ///
    /// - Parameter link: Reads the next page's link from a page, or `nil` on the last page.
    public static func nextLink(_ link: @escaping @Sendable (Page) -> String?) -> PagingStyle {
        PagingStyle { page, current in
            guard let text = link(page)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                return nil
            }
            guard let next = URL(string: text, relativeTo: current)?.absoluteURL, next.host != nil else {
                throw OpenServicesError.pagingInvalidNextLink()
            }
            let from = Origin(current), to = Origin(next)
            guard from == to else {
                throw OpenServicesError.pagingForeignNextLink(from: from.description, to: to.description)
            }
            return next
        }
    }
}

/// Scheme, host and effective port of a URL: what must stay the same from page to page.
private struct Origin: Equatable, CustomStringConvertible {
    let scheme: String
    let host: String
    let port: Int?

    init(_ url: URL) {
        scheme = url.scheme?.lowercased() ?? ""
        host = url.host?.lowercased() ?? ""
        port = url.port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : nil)
    }

    var description: String {
        "\(scheme)://\(host)" + (port.map { ":\($0)" } ?? "")
    }
}
