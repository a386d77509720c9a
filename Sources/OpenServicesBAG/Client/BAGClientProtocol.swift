public import OpenServicesCore

/// The operations of BAG Individuele Bevragingen v2, so that a host app can substitute its own
/// implementation in tests.
///
/// ```swift
/// struct FakeBAG: BAGClientProtocol { … }
/// let service = AddressService(bag: FakeBAG())
/// ```
public protocol BAGClientProtocol: Sendable {
    /// `GET /adressen`: the addresses matching `query`, page by page (HAL `_links.next`).
    func addresses(_ query: BAGAddressQuery, expand: BAGExpand, pageSize: Int) throws -> PageSequence<BAGPage<BAGAdres>>
    /// `GET /adressen/{nummeraanduidingIdentificatie}`: one address.
    func address(nummeraanduiding: String, expand: BAGExpand) async throws -> BAGResult<BAGAdres>
    /// `GET /adresseerbareobjecten/{id}`: a verblijfsobject, ligplaats or standplaats.
    func addressableObject(_ identificatie: String) async throws -> BAGResult<BAGAdresseerbaarObject>
    /// `GET /verblijfsobjecten/{id}`: a verblijfsobject.
    func residentialObject(_ identificatie: String) async throws -> BAGResult<BAGVerblijfsobjectIO>
    /// `GET /panden/{id}`: a pand.
    func building(_ identificatie: String) async throws -> BAGResult<BAGPandIO>
    /// `GET /nummeraanduidingen/{id}`: a nummeraanduiding.
    func numberDesignation(_ identificatie: String) async throws -> BAGResult<BAGNummeraanduidingIO>
    /// `GET /openbareruimten/{id}`: an openbare ruimte.
    func publicSpace(_ identificatie: String) async throws -> BAGResult<BAGOpenbareRuimteIO>
    /// `GET /woonplaatsen/{id}`: a woonplaats.
    func place(_ identificatie: String) async throws -> BAGResult<BAGWoonplaatsIO>
}

extension BAGClientProtocol {
    /// The addresses at a postcode and house number, with an optional letter and addition.
    ///
    /// ```swift
    /// let adressen = try await bag.addresses(postcode: "3011WK", houseNumber: 12).items.collect()
    /// ```
    ///
    /// - Throws: ``OpenServicesError`` (invalid input) for a malformed postcode, number, letter or
    ///   addition, before anything is sent.
    public func addresses(
        postcode: String, houseNumber: Int, houseLetter: String? = nil, addition: String? = nil,
        exactMatch: Bool? = nil, expand: BAGExpand = [], pageSize: Int = 20
    ) throws -> PageSequence<BAGPage<BAGAdres>> {
        let query = try BAGAddressQuery(
            postcode: postcode, huisnummer: houseNumber, huisletter: houseLetter, huisnummertoevoeging: addition,
            exacteMatch: exactMatch)
        return try addresses(query, expand: expand, pageSize: pageSize)
    }

    /// The addresses matching a free-text search (`q`): postcode, place, street, number, letter, addition.
    ///
    /// ```swift
    /// let adressen = try await bag.addresses(matching: "Wijnhavenkade Rotterdam").items.collect()
    /// ```
    public func addresses(matching text: String, pageSize: Int = 20) throws -> PageSequence<BAGPage<BAGAdres>> {
        try addresses(BAGAddressQuery(q: text), expand: [], pageSize: pageSize)
    }

    /// The addresses matching `query`, 20 a page, without embedded objects.
    ///
    /// ```swift
    /// let pages = try bag.addresses(BAGAddressQuery(woonplaatsNaam: "Rotterdam", openbareRuimteNaam: "Wijnhavenkade"))
    /// ```
    public func addresses(_ query: BAGAddressQuery) throws -> PageSequence<BAGPage<BAGAdres>> {
        try addresses(query, expand: [], pageSize: 20)
    }

    /// One address by its nummeraanduiding identification, without embedded objects.
    ///
    /// ```swift
    /// let adres = try await bag.address(nummeraanduiding: "0599200000001012").value
    /// ```
    public func address(nummeraanduiding: String) async throws -> BAGResult<BAGAdres> {
        try await address(nummeraanduiding: nummeraanduiding, expand: [])
    }
}
