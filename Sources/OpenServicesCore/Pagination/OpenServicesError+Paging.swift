extension OpenServicesError {
    /// The task was cancelled before the next page was fetched (or while its results were read).
    static func pagingCancelled() -> OpenServicesError {
        OpenServicesError(.cancelled, "The task was cancelled while paging; no further page was requested.")
    }

    /// A page's next link repeats the link of a page fetched before: following it would loop.
    static func pagingRepeatedLink(page: Int, repeats earlier: Int) -> OpenServicesError {
        OpenServicesError(
            .unexpectedStatus,
            "The service's paging loops: the next link of page \(page) leads back to page \(earlier), which was already fetched. The pages so far were delivered; the results may be incomplete.",
            remediation: "The service pages inconsistently; report it to the service provider, or narrow the query so that fewer pages are needed.")
    }

    /// More pages than the sequence's `maximumPages` guard allows.
    static func pagingTooManyPages(_ maximum: Int) -> OpenServicesError {
        OpenServicesError(
            .unexpectedStatus,
            "The service has more than \(maximum) pages of results; paging stopped at the limit. The pages so far were delivered; the results are incomplete.",
            remediation: "Narrow the query, ask for larger pages, or raise maximumPages on the PageSequence.")
    }

    /// A next link that is not a URL.
    static func pagingInvalidNextLink() -> OpenServicesError {
        OpenServicesError(
            .unexpectedStatus,
            "The service's link to the next page is not a valid URL; paging stopped after the page that carried it.",
            remediation: "Report the invalid paging link to the service provider.")
    }

    /// A next link to another scheme, host or port than the page it came from.
    static func pagingForeignNextLink(from: String, to: String) -> OpenServicesError {
        OpenServicesError(
            .unexpectedStatus,
            "The service's link to the next page leads to \(to) instead of \(from); it was not followed, so the call's credentials stay with the configured service.",
            remediation: "If the service sits behind a proxy that rewrites its links, map the next link onto the configured base URL.")
    }
}
