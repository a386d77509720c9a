public import Foundation
import HTTPTypes
public import OpenServicesCore

/// The BRP Personen client: typed access to `POST /personen` through an OpenServices ``Pipeline``
/// (policy, audit, credentials, retry and telemetry apply to every call).
///
/// BSNs travel only in the JSON body, never in the URL. Requests are marked safe (read-only), so the
/// retry stage may repeat them.
///
/// ```swift
/// let brp = BRPClient(pipeline: pipeline, baseURL: URL(string: "https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp")!)
/// let persoon = try await brp.person(try BSN("999993653"), fields: ["naam", "geboorte", "verblijfplaats"])
/// print(persoon?.naam?.volledigeNaam ?? "niet gevonden")
/// ```
public struct BRPClient: BRPClientProtocol {
    /// The pipeline every call goes through.
    public let pipeline: Pipeline
    /// The API root, e.g. `https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp`; the client appends `/personen`.
    public let baseURL: URL
    /// The overall time a call may take; `nil` uses the pipeline's retry policy default.
    public var timeout: Duration?

    /// The most BSNs one lookup may carry.
    public static let maximumBSNs = 20

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline (connector, credentials, policy, audit, retry).
    ///   - baseURL: The API root; the client appends `/personen`.
    public init(pipeline: Pipeline, baseURL: URL) {
        self.pipeline = pipeline
        self.baseURL = baseURL
    }

    /// Looks up 1–20 persons by BSN (`RaadpleegMetBurgerservicenummer`).
    ///
    /// ```swift
    /// let personen = try await brp.persons([try BSN("999993653")], fields: ["naam", "partners"], gemeenteVanInschrijving: "0599")
    /// ```
    public func persons(_ bsns: [BSN], fields: [BRPField], gemeenteVanInschrijving: String?) async throws -> [Persoon] {
        let type = BRPQueryType.raadpleegMetBurgerservicenummer
        guard (1...Self.maximumBSNs).contains(bsns.count) else {
            throw OpenServicesError(
                .invalidInput,
                "A BRP lookup takes 1 to \(Self.maximumBSNs) BSNs, not \(bsns.count) (rule: burgerservicenummer minItems 1, maxItems 20).",
                remediation: "Split the BSNs into batches of at most 20.", service: "brp", operation: type.operation)
        }
        var body = PersonenQueryBody(type: type, fields: try Self.checked(fields, for: type))
        body.burgerservicenummer = bsns.map(\.value)
        body.gemeenteVanInschrijving = try gemeenteVanInschrijving.map {
            try BRPSearch.check("gemeenteVanInschrijving", $0, BRPParameterRules.gemeenteVanInschrijving)
        }
        return try await send(body, type: type, as: Persoon.self)
    }

    /// Searches persons by identifying data (the Zoek-operations).
    ///
    /// ```swift
    /// let gevonden = try await brp.search(.surnameAndBirthDate(geslachtsnaam: "Moulin", geboortedatum: "1985-12-01"),
    ///                                     fields: ["burgerservicenummer", "naam", "geboorte"])
    /// ```
    public func search(_ query: BRPSearch, fields: [BRPField]) async throws -> [PersoonBeperkt] {
        let body = try query.body(fields: Self.checked(fields, for: query.type))
        return try await send(body, type: query.type, as: PersoonBeperkt.self)
    }

    /// Lists the residents of a BAG adresseerbaar object with their gezag relations.
    ///
    /// ```swift
    /// let bewoners = try await brp.residents(adresseerbaarObjectIdentificatie: try BAGIdentifier("1926010000006015"),
    ///                                        fields: ["burgerservicenummer", "naam", "gezag"],
    ///                                        inclusiefOverledenPersonen: false, gemeenteVanInschrijving: nil)
    /// ```
    public func residents(
        adresseerbaarObjectIdentificatie: BAGIdentifier, fields: [BRPField], inclusiefOverledenPersonen: Bool,
        gemeenteVanInschrijving: String?
    ) async throws -> [GezagPersoonBeperkt] {
        let type = BRPQueryType.zoekMetAdresseerbaarObjectIdentificatie
        guard [.verblijfsobject, .ligplaats, .standplaats].contains(adresseerbaarObjectIdentificatie.objectType) else {
            throw OpenServicesError(
                .invalidInput,
                "The BRP parameter adresseerbaarObjectIdentificatie is invalid (rule: the identification of a verblijfsobject, ligplaats or standplaats, object type code 01, 02 or 03).",
                remediation: "Pass the adresseerbaar object's identification, not the nummeraanduiding's.",
                service: "brp", operation: type.operation)
        }
        var body = PersonenQueryBody(type: type, fields: try Self.checked(fields, for: type))
        body.adresseerbaarObjectIdentificatie = adresseerbaarObjectIdentificatie.value
        body.inclusiefOverledenPersonen = inclusiefOverledenPersonen ? true : nil
        body.gemeenteVanInschrijving = try gemeenteVanInschrijving.map {
            try BRPSearch.check("gemeenteVanInschrijving", $0, BRPParameterRules.gemeenteVanInschrijving)
        }
        return try await send(body, type: type, as: GezagPersoonBeperkt.self)
    }

    /// Checks `fields` against the official rules for `type`.
    ///
    /// - Throws: ``OpenServicesError`` (`invalidInput`) naming the first offending field and the rule.
    public static func checked(_ fields: [BRPField], for type: BRPQueryType) throws -> [BRPField] {
        func fail(_ message: String, _ remediation: String) -> OpenServicesError {
            OpenServicesError(.invalidInput, message, remediation: remediation, service: "brp", operation: type.operation)
        }
        guard !fields.isEmpty else {
            throw fail("A BRP query needs at least one field (rule: fields minItems 1).",
                       "Ask only for the fields you need, e.g. [\"burgerservicenummer\", \"naam\"].")
        }
        guard fields.count <= BRPFieldRules.maximumCount else {
            throw fail("A BRP query may ask for at most \(BRPFieldRules.maximumCount) fields, not \(fields.count) (rule: fields maxItems 130).",
                       "Ask for whole groups (\"naam\") instead of each of their fields.")
        }
        for (index, field) in fields.enumerated() {
            switch BRPFieldRules.verdict(for: field.path, in: type) {
            case .allowed:
                continue
            case .invalidSyntax:
                throw fail("The field '\(field.path)' (fields[\(index)]) is not a valid field path (rule: pattern ^[a-zA-Z0-9\\._]{1,200}$).",
                           "Write field paths as dot-separated names, e.g. naam.voornamen.")
            case .notAllowed:
                throw fail("The field '\(field.path)' (fields[\(index)]) may not be asked for (rule: inOnderzoek, geheimhoudingPersoonsgegevens, opschortingBijhouding, rni and verificatie are delivered automatically, and gezag only as a whole).",
                           "Leave it out of fields; the service adds it to the answer when it applies.")
            case .unknown:
                throw fail("The field '\(field.path)' (fields[\(index)]) does not exist for \(type.rawValue) (rule: only paths of the official fields list for this query type).",
                           type == .raadpleegMetBurgerservicenummer
                               ? "Check the spelling against the Persoon fields list (case matters)."
                               : "Searches answer limited data (PersoonBeperkt); look the person up by BSN for more fields.")
            }
        }
        return fields
    }

    private func send<Person: Codable & Sendable>(
        _ body: PersonenQueryBody, type: BRPQueryType, as person: Person.Type
    ) async throws -> [Person] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(body)
        var request = ServiceRequest(
            method: .post, url: baseURL.appending(path: "personen"),
            headerFields: [.contentType: "application/json", .accept: "application/json"], body: ServiceBody(data))
        request.isSafe = true
        let context = OperationContext(service: "brp", operation: type.operation, timeout: timeout)
        do {
            let response = try await pipeline.execute(request, context: context)
            return try await response.decode(PersonenQueryResponse<Person>.self, context: context).personen
        } catch let error as OpenServicesError {
            throw BRPProblem.explained(error, type: type)
        }
    }
}
