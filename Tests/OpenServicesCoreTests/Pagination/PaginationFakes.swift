import Foundation
import OpenServicesCore

/// Records the cursors a fetch closure was called with, in order.
actor PagingFetchLog<Cursor: Sendable> {
    private(set) var cursors: [Cursor] = []

    var count: Int { cursors.count }

    func record(_ cursor: Cursor) {
        cursors.append(cursor)
    }
}

/// A ZGW list of `total` items (1...total), `pageSize` per page, linked by absolute `next` URLs.
struct PagingFakeZGWList: Sendable {
    let pages: [URL: ZGWPage<Int>]
    let first: URL

    init(total: Int, pageSize: Int, base: String = "https://zaken.example.nl/zaken/api/v1/zaken") {
        let pageCount = max(1, (total + pageSize - 1) / pageSize)
        func url(_ page: Int) -> String { page == 1 ? base : "\(base)?page=\(page)" }
        var pages: [URL: ZGWPage<Int>] = [:]
        for page in 1...pageCount {
            let items = Array(stride(from: (page - 1) * pageSize + 1, through: min(page * pageSize, total), by: 1))
            pages[URL(string: url(page))!] = ZGWPage(
                count: total,
                next: page < pageCount ? url(page + 1) : nil,
                previous: page > 1 ? url(page - 1) : nil,
                results: items)
        }
        self.pages = pages
        self.first = URL(string: url(1))!
    }

    func page(_ url: URL) throws -> ZGWPage<Int> {
        guard let page = pages[url] else { throw PagingFakeError.noSuchPage(url.absoluteString) }
        return page
    }
}

/// KVK Zoeken: `totaal` results (0..<totaal) of which at most `shown` are served, pages of at most `maximumSize`.
struct PagingFakeKVK: Sendable {
    let totaal: Int
    var shown = 1_000
    var maximumSize = 100

    func page(_ cursor: PageNumber) -> KVKPage<Int> {
        let size = min(cursor.size, maximumSize)
        let start = (cursor.number - 1) * size
        let end = min(start + size, min(totaal, shown))
        return KVKPage(
            pagina: cursor.number, resultatenPerPagina: size, totaal: totaal,
            resultaten: start < end ? Array(start..<end) : [])
    }
}

/// PDOK Locatieserver: `numFound` documents (0..<numFound), pages of at most `maximumRows`.
struct PagingFakePDOK: Sendable {
    let numFound: Int
    var maximumRows = 100

    func page(_ cursor: PageOffset) -> SolrPage<Int> {
        let rows = min(cursor.rows, maximumRows)
        let end = min(cursor.start + rows, numFound)
        return SolrPage(response: .init(
            numFound: numFound, start: cursor.start, docs: cursor.start < end ? Array(cursor.start..<end) : []))
    }
}

enum PagingFakeError: Error, Equatable {
    case noSuchPage(String)
    case boom
}

/// Runs `body` over a sequence and returns what it produced before ending, plus the error that ended it.
func drainPaging<S: AsyncSequence>(_ sequence: S) async -> (elements: [S.Element], error: (any Error)?) {
    var elements: [S.Element] = []
    do {
        for try await element in sequence {
            elements.append(element)
        }
        return (elements, nil)
    } catch {
        return (elements, error)
    }
}
