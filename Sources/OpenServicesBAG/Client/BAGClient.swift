public import Foundation
import HTTPTypes
public import OpenServicesCore

/// The client of BAG Individuele Bevragingen v2 (Kadaster): addresses, addressable objects,
/// verblijfsobjecten, panden, nummeraanduidingen, openbare ruimten and woonplaatsen.
///
/// Identifiers and postcodes are validated before anything is sent. Geometry is asked for in
/// Rijksdriehoek (`Accept-Crs: epsg:28992`). A `429` is retried by the pipeline; the rate limit
/// the gateway reports is on every ``BAGResult`` and ``BAGPage``.
///
/// ```swift
/// let pipeline = Pipeline(connector: HTTPConnector(), credentials: CredentialStage(try APIKeyProvider(header: "X-Api-Key", key: key)))
/// let bag = BAGClient(pipeline: pipeline, baseURL: URL(string: "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2")!)
/// for try await adres in try bag.addresses(postcode: "2631CR", houseNumber: 15).items {
///     print(adres.adresregel5 ?? "", adres.adresregel6 ?? "")
/// }
/// ```
public struct BAGClient: BAGClientProtocol {
    /// The pipeline every call goes through.
    public let pipeline: Pipeline
    /// The API root, e.g. `https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2`.
    public let baseURL: URL

    /// The service name in contexts, metrics and errors: `bag`.
    public static let service = "bag"
    /// The CRS asked for wherever geometry is returned.
    public static let crs = "epsg:28992"
    /// The page sizes BAG accepts (`pageSize`): 10 to 100.
    public static let pageSizes = 10...100

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline, with an `X-Api-Key` credential.
    ///   - baseURL: The API root, ending in `/lvbag/individuelebevragingen/v2`.
    public init(pipeline: Pipeline, baseURL: URL) {
        self.pipeline = pipeline
        self.baseURL = baseURL
    }

    /// `GET /adressen`: the addresses matching `query`, page by page, following `_links.next`.
    ///
    /// ```swift
    /// let query = BAGAddressQuery(woonplaatsNaam: "Rotterdam", openbareRuimteNaam: "Wijnhavenkade")
    /// let all = try await bag.addresses(query, expand: [], pageSize: 10).items.collect()
    /// ```
    ///
    /// - Throws: ``OpenServicesError`` (invalid input) when the query breaks a rule or `pageSize` is
    ///   outside 10–100, before anything is sent.
    public func addresses(_ query: BAGAddressQuery, expand: BAGExpand, pageSize: Int) throws -> PageSequence<BAGPage<BAGAdres>> {
        try query.validate()
        guard Self.pageSizes.contains(pageSize) else {
            throw OpenServicesError(
                .invalidInput, "The page size \(pageSize) is outside 10–100 (rule: BAG pageSize).",
                remediation: "Ask for 10 to 100 addresses a page.", service: Self.service, operation: "adressen.zoeken")
        }
        var items = query.queryItems
        if let expand = expand.parameterValue { items.append(("expand", expand)) }
        items.append(("pageSize", String(pageSize)))
        let start = OperationURL.make(baseURL, path: "/adressen", query: items)
        return PageSequence(start: start, style: .nextLink { $0.links?.next?.href }) { url in
            let result = try await get(url, operation: "adressen.zoeken", geometry: false, as: HALCollection<BAGAdressen>.self)
            return BAGPage(links: result.value.links, items: result.value.embedded?.adressen ?? [], rateLimit: result.rateLimit)
        }
    }

    /// `GET /adressen/{nummeraanduidingIdentificatie}`: one address.
    ///
    /// ```swift
    /// let adres = try await bag.address(nummeraanduiding: "0599200000001012", expand: .all).value
    /// print(adres.adresregel5 ?? "")   // Wijnhavenkade 12
    /// ```
    ///
    /// - Throws: ``OpenServicesError`` (invalid input) when the id is not a nummeraanduiding id; `notFound` when BAG has no such address.
    public func address(nummeraanduiding: String, expand: BAGExpand) async throws -> BAGResult<BAGAdres> {
        let id = try BAGIdentifier(nummeraanduiding, expecting: .nummeraanduiding)
        let query = expand.parameterValue.map { [("expand", $0)] } ?? []
        return try await get(
            OperationURL.make(baseURL, path: "/adressen/\(id.value)", query: query), operation: "adressen.raadplegen",
            geometry: false, as: BAGAdres.self)
    }

    /// `GET /adresseerbareobjecten/{id}`: a verblijfsobject, ligplaats or standplaats.
    ///
    /// ```swift
    /// let object = try await bag.addressableObject("0599010000001012").value
    /// print(object.verblijfsobject?.verblijfsobject.gebruiksdoelen ?? [])
    /// ```
    public func addressableObject(_ identificatie: String) async throws -> BAGResult<BAGAdresseerbaarObject> {
        let id = try BAGIdentifier(identificatie)
        guard [.verblijfsobject, .ligplaats, .standplaats].contains(id.objectType) else {
            throw OpenServicesError(
                .invalidInput, "'\(identificatie)' identifies a \(id.objectType), not an addressable object (rule: type code 01, 02 or 03).",
                remediation: "Pass the identification of a verblijfsobject, ligplaats or standplaats.",
                service: Self.service, operation: "adresseerbareobjecten.raadplegen")
        }
        return try await object("/adresseerbareobjecten/\(id.value)", "adresseerbareobjecten.raadplegen", geometry: true)
    }

    /// `GET /verblijfsobjecten/{id}`: a verblijfsobject, with its geometry in EPSG:28992.
    ///
    /// ```swift
    /// let vbo = try await bag.residentialObject("0599010000001012").value.verblijfsobject
    /// print(vbo.oppervlakte, vbo.geometrie.punt?.x ?? 0)
    /// ```
    public func residentialObject(_ identificatie: String) async throws -> BAGResult<BAGVerblijfsobjectIO> {
        let id = try BAGIdentifier(identificatie, expecting: .verblijfsobject)
        return try await object("/verblijfsobjecten/\(id.value)", "verblijfsobjecten.raadplegen", geometry: true)
    }

    /// `GET /panden/{id}`: a pand, with its outline in EPSG:28992.
    ///
    /// ```swift
    /// let pand = try await bag.building("0599100000001012").value.pand
    /// print(pand.oorspronkelijkBouwjaar)
    /// ```
    public func building(_ identificatie: String) async throws -> BAGResult<BAGPandIO> {
        let id = try BAGIdentifier(identificatie, expecting: .pand)
        return try await object("/panden/\(id.value)", "panden.raadplegen", geometry: true)
    }

    /// `GET /nummeraanduidingen/{id}`: a nummeraanduiding.
    ///
    /// ```swift
    /// let nummer = try await bag.numberDesignation("0599200000001012").value.nummeraanduiding
    /// print(nummer.postcode ?? "", nummer.huisnummer)
    /// ```
    public func numberDesignation(_ identificatie: String) async throws -> BAGResult<BAGNummeraanduidingIO> {
        let id = try BAGIdentifier(identificatie, expecting: .nummeraanduiding)
        return try await object("/nummeraanduidingen/\(id.value)", "nummeraanduidingen.raadplegen", geometry: false)
    }

    /// `GET /openbareruimten/{id}`: an openbare ruimte.
    ///
    /// ```swift
    /// let straat = try await bag.publicSpace("0599300000000010").value.openbareRuimte
    /// print(straat.naam)
    /// ```
    public func publicSpace(_ identificatie: String) async throws -> BAGResult<BAGOpenbareRuimteIO> {
        let id = try BAGIdentifier(identificatie, expecting: .openbareRuimte)
        return try await object("/openbareruimten/\(id.value)", "openbareruimten.raadplegen", geometry: false)
    }

    /// `GET /woonplaatsen/{id}`: a woonplaats by its four-digit identification.
    ///
    /// ```swift
    /// let woonplaats = try await bag.place("3086").value.woonplaats
    /// print(woonplaats.naam)   // Rotterdam
    /// ```
    public func place(_ identificatie: String) async throws -> BAGResult<BAGWoonplaatsIO> {
        guard identificatie.utf8.count == 4, identificatie.allSatisfy(\.isASCIIDigitCharacter), identificatie != "0000" else {
            throw OpenServicesError(
                .invalidInput, "'\(identificatie)' is not a woonplaats identification (rule: four digits, 0001–9999).",
                remediation: "Give the woonplaatscode, e.g. 3086 for Rotterdam.", service: Self.service,
                operation: "woonplaatsen.raadplegen")
        }
        return try await object("/woonplaatsen/\(identificatie)", "woonplaatsen.raadplegen", geometry: true)
    }

    private func object<T: Decodable & Sendable>(_ path: String, _ operation: String, geometry: Bool) async throws -> BAGResult<T> {
        try await get(OperationURL.make(baseURL, path: path, query: []), operation: operation, geometry: geometry, as: T.self)
    }

    /// Sends a GET through the pipeline and decodes the HAL answer.
    func get<T: Decodable & Sendable>(_ url: URL, operation: String, geometry: Bool, as type: T.Type) async throws -> BAGResult<T> {
        let context = OperationContext(service: Self.service, operation: operation)
        var headers = HTTPFields()
        headers[.accept] = "application/hal+json"
        if geometry, let acceptCrs = HTTPField.Name("Accept-Crs") { headers[acceptCrs] = Self.crs }
        let response = try await pipeline.execute(ServiceRequest(method: .get, url: url, headerFields: headers), context: context)
        let value = try await response.decode(T.self, context: context)
        let fields = response.head.headerFields
        return BAGResult(
            value: value, rateLimit: BAGRateLimit(headers: fields),
            apiVersion: HTTPField.Name("API-Version").flatMap { fields[$0] },
            contentCrs: HTTPField.Name("Content-Crs").flatMap { fields[$0] })
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9.
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
