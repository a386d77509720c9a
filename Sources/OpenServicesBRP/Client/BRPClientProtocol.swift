public import OpenServicesCore

/// The operations of BRP Personen (Haal Centraal BRP API v2, `POST /personen`).
///
/// ``BRPClient`` is the implementation; a host substitutes its own conformance in tests.
/// Every method checks its input (BSNs, parameters, `fields`) before anything is sent and throws
/// ``OpenServicesError`` with code `invalidInput` naming the rule that failed.
public protocol BRPClientProtocol: Sendable {
    /// Looks up 1–20 persons by BSN (`RaadpleegMetBurgerservicenummer`).
    ///
    /// ```swift
    /// let personen = try await brp.persons([try BSN("999993653")], fields: ["naam", "geboorte"], gemeenteVanInschrijving: nil)
    /// ```
    ///
    /// - Parameters:
    ///   - bsns: 1 to 20 BSNs; a BSN the BRP does not know is simply absent from the answer.
    ///   - fields: 1 to 130 paths from the official `Persoon` list.
    ///   - gemeenteVanInschrijving: Only persons registered in this municipality (four-digit code).
    /// - Returns: The persons found, with the asked fields and the automatically delivered ones.
    func persons(_ bsns: [BSN], fields: [BRPField], gemeenteVanInschrijving: String?) async throws -> [Persoon]

    /// Searches persons by identifying data (the Zoek-operations), answering limited data.
    ///
    /// ```swift
    /// let gevonden = try await brp.search(.postcodeAndHouseNumber(postcode: try Postcode("3011WK"), huisnummer: 12),
    ///                                     fields: ["burgerservicenummer", "naam"])
    /// ```
    ///
    /// - Throws: ``OpenServicesError`` whose ``OpenServicesError/isTooManyResults`` is `true` when the
    ///   search matches more persons than the service returns (10, or 30 for postcode and house number).
    func search(_ query: BRPSearch, fields: [BRPField]) async throws -> [PersoonBeperkt]

    /// Lists the residents of a BAG adresseerbaar object with their gezag relations
    /// (`ZoekMetAdresseerbaarObjectIdentificatie`).
    ///
    /// ```swift
    /// let bewoners = try await brp.residents(adresseerbaarObjectIdentificatie: try BAGIdentifier("1926010000006015"),
    ///                                        fields: ["burgerservicenummer", "naam", "gezag"],
    ///                                        inclusiefOverledenPersonen: false, gemeenteVanInschrijving: nil)
    /// ```
    func residents(
        adresseerbaarObjectIdentificatie: BAGIdentifier, fields: [BRPField], inclusiefOverledenPersonen: Bool,
        gemeenteVanInschrijving: String?
    ) async throws -> [GezagPersoonBeperkt]
}

extension BRPClientProtocol {
    /// Looks up persons by BSN in every municipality.
    ///
    /// ```swift
    /// let personen = try await brp.persons([try BSN("999993653"), try BSN("999990019")], fields: ["naam"])
    /// ```
    public func persons(_ bsns: [BSN], fields: [BRPField]) async throws -> [Persoon] {
        try await persons(bsns, fields: fields, gemeenteVanInschrijving: nil)
    }

    /// Looks up one person by BSN; `nil` when the BRP does not know the BSN.
    ///
    /// ```swift
    /// let suzanne = try await brp.person(try BSN("999993653"), fields: ["naam.voornamen", "verblijfplaats"])
    /// ```
    public func person(_ bsn: BSN, fields: [BRPField]) async throws -> Persoon? {
        try await persons([bsn], fields: fields, gemeenteVanInschrijving: nil).first
    }

    /// Lists the living residents of a BAG adresseerbaar object with their gezag relations.
    ///
    /// ```swift
    /// let bewoners = try await brp.residents(adresseerbaarObjectIdentificatie: try BAGIdentifier("1926010000006015"),
    ///                                        fields: ["burgerservicenummer", "naam", "gezag"])
    /// ```
    public func residents(adresseerbaarObjectIdentificatie: BAGIdentifier, fields: [BRPField]) async throws -> [GezagPersoonBeperkt] {
        try await residents(
            adresseerbaarObjectIdentificatie: adresseerbaarObjectIdentificatie, fields: fields,
            inclusiefOverledenPersonen: false, gemeenteVanInschrijving: nil)
    }
}
