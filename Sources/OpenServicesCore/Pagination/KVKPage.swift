/// A page of KVK Zoeken results: `pagina`, `resultatenPerPagina`, `totaal`, `resultaten`.
///
/// Page through it with ``PagingStyle/kvk()``:
///
/// ```swift
/// let pages = PageSequence(start: PageNumber(size: 100), style: .kvk()) { cursor in
///     try await get(zoekenURL(pagina: cursor.number, resultatenPerPagina: cursor.size), as: KVKPage<Resultaat>.self)
/// }
/// ```
public struct KVKPage<Item: Sendable>: Sendable {
    /// The 1-based number of this page.
    public var pagina: Int?
    /// The number of results per page the service applied.
    public var resultatenPerPagina: Int?
    /// The number of results found; KVK Zoeken shows at most ``maximumResults`` of them.
    public var totaal: Int?
    /// The link to the previous page, when there is one.
    public var vorige: String?
    /// The link to the next page, when there is one.
    public var volgende: String?
    /// The results on this page; empty when the service sent none.
    public var resultaten: [Item]

    /// The most results KVK Zoeken shows for one query, over all pages: 1,000.
    public static var maximumResults: Int { 1_000 }

    /// Creates a page.
    public init(
        pagina: Int? = nil, resultatenPerPagina: Int? = nil, totaal: Int? = nil,
        vorige: String? = nil, volgende: String? = nil, resultaten: [Item]
    ) {
        self.pagina = pagina
        self.resultatenPerPagina = resultatenPerPagina
        self.totaal = totaal
        self.vorige = vorige
        self.volgende = volgende
        self.resultaten = resultaten
    }

    private enum CodingKeys: String, CodingKey {
        case pagina, resultatenPerPagina, totaal, vorige, volgende, resultaten
    }
}

extension KVKPage: Equatable where Item: Equatable {}
extension KVKPage: Hashable where Item: Hashable {}
extension KVKPage: Encodable where Item: Encodable {}

extension KVKPage: Decodable where Item: Decodable {
    /// Decodes a page; a missing `resultaten` reads as no results.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            pagina: try container.decodeIfPresent(Int.self, forKey: .pagina),
            resultatenPerPagina: try container.decodeIfPresent(Int.self, forKey: .resultatenPerPagina),
            totaal: try container.decodeIfPresent(Int.self, forKey: .totaal),
            vorige: try container.decodeIfPresent(String.self, forKey: .vorige),
            volgende: try container.decodeIfPresent(String.self, forKey: .volgende),
            resultaten: try container.decodeIfPresent([Item].self, forKey: .resultaten) ?? [])
    }
}

extension KVKPage: Paged {
    /// The ``resultaten``.
    public var pageItems: [Item] { resultaten }
}
