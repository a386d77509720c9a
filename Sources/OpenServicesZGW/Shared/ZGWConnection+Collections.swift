import Foundation
import OpenServicesCore

/// The collection operations every ZGW client repeats: one page, every page, one resource by UUID or by URL.
extension ZGWConnection {
    /// `GET /{collection}?…&page=N`: one page of a paged list.
    func collectionPage<Item: Decodable & Sendable>(
        _ collection: String, query: [(String, String)], page: Int?, operation: String, of item: Item.Type, crs: Bool = false
    ) async throws -> ZGWPage<Item> {
        let items = query + (try Self.pageItem(page, operation: operation, api: api))
        return try await self.page(url("/" + collection, query: items), operation: operation, of: Item.self, crs: crs)
    }

    /// `GET /{collection}?…`, page after page, following `next`.
    func collectionPages<Item: Decodable & Sendable>(
        _ collection: String, query: [(String, String)], operation: String, of item: Item.Type, crs: Bool = false
    ) -> PageSequence<ZGWPage<Item>> {
        pages(from: url("/" + collection, query: query), operation: operation, of: Item.self, crs: crs)
    }

    /// `GET /{collection}/{uuid}`.
    func resource<Item: Decodable>(
        _ collection: String, _ uuid: UUID, operation: String, as type: Item.Type, crs: Bool = false
    ) async throws -> Item {
        try await get(url("/\(collection)/\(uuid.uuidString.lowercased())"), operation: operation, as: Item.self, crs: crs)
    }

    /// Resolves a resource URL (see ``resolve(_:operation:)``) and checks that it points into `collection`
    /// (`zaken`, `statussen`, …), so a status URL is never sent where a zaak is meant.
    func resolve<Resource>(_ resource: ZGWResourceURL<Resource>, in collection: String, operation: String) throws -> URL {
        let target = try resolve(resource, operation: operation)
        let below = target.absoluteString.dropFirst(Self.trimmed(baseURL).count)
        guard below.hasPrefix("/\(collection)/"), below.count > collection.count + 2 else {
            throw OpenServicesError(
                .invalidInput,
                "The \(Resource.self) URL \(resource) does not point into /\(collection) of the \(api) API (rule: ZGW resource URL).",
                remediation: "Pass the URL of a \(Resource.self) as the API returned it in its `url` field.",
                service: api.rawValue, operation: operation)
        }
        return target
    }

    /// The filters that are set, as query parameters, in the order given.
    static func filters(_ items: (String, String?)...) -> [(String, String)] {
        items.compactMap { name, value in value.map { (name, $0) } }
    }

    static func pageItem(_ page: Int?, operation: String, api: ZGWAPI) throws -> [(String, String)] {
        guard let page else { return [] }
        guard page >= 1 else {
            throw OpenServicesError(
                .invalidInput, "The page number \(page) is below 1 (rule: ZGW page).",
                remediation: "ZGW pages count from 1.", service: api.rawValue, operation: operation)
        }
        return [("page", String(page))]
    }
}
