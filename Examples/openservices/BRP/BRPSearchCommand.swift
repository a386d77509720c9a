import ArgumentParser
import OpenServicesBRP
import OpenServicesCore

/// `openservices brp search …`: the Zoek-operations of BRP Personen.
struct BRPSearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search persons by name and birth date, name and municipality, address, or BAG identification.",
        discussion: """
            Give one combination:
              --surname X --birthdate YYYY-MM-DD              (ZoekMetGeslachtsnaamEnGeboortedatum)
              --surname X --given-names Y --municipality NNNN (ZoekMetNaamEnGemeenteVanInschrijving)
              --postcode P --house-number N                   (ZoekMetPostcodeEnHuisnummer)
              --street S --house-number N --municipality NNNN (ZoekMetStraatHuisnummerEnGemeenteVanInschrijving)
              --nummeraanduiding ID                           (ZoekMetNummeraanduidingIdentificatie)
              --adresseerbaar-object ID                       (ZoekMetAdresseerbaarObjectIdentificatie, with gezag)
            Example: openservices brp search --postcode 2631CR --house-number 15 --sandbox
            """
    )

    @Option(help: "Surname without prefix (geslachtsnaam); a trailing * after 3 letters is a wildcard.")
    var surname: String?
    @Option(help: "Date of birth, YYYY-MM-DD (geboortedatum).")
    var birthdate: String?
    @Option(help: "Given names (voornamen).")
    var givenNames: String?
    @Option(help: "Surname prefix, e.g. 'van der' (voorvoegsel).")
    var prefix: String?
    @Option(help: "Sex: M, V or O (geslacht).")
    var sex: String?
    @Option(help: "Municipality of registration, four digits (gemeenteVanInschrijving).")
    var municipality: String?
    @Option(help: "Postcode, e.g. 2631CR.")
    var postcode: String?
    @Option(help: "House number (huisnummer).")
    var houseNumber: Int?
    @Option(help: "House letter (huisletter).")
    var houseLetter: String?
    @Option(help: "House number addition (huisnummertoevoeging).")
    var houseNumberAddition: String?
    @Option(help: "Street name (straat); a * wildcard after 7 letters.")
    var street: String?
    @Option(help: "BAG nummeraanduiding identification (16 digits).")
    var nummeraanduiding: String?
    @Option(help: "BAG adresseerbaar object identification (16 digits); answers residents with gezag.")
    var adresseerbaarObject: String?
    @Flag(help: "Include deceased persons (inclusiefOverledenPersonen).")
    var includeDeceased = false
    @Option(help: "Comma-separated fields (default: burgerservicenummer,naam,geboorte; plus gezag for --adresseerbaar-object).")
    var fields: String?

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        if let adresseerbaarObject {
            let id = try BAGIdentifier(adresseerbaarObject)
            let fields = BRPCommandSupport.fields(fields, for: .zoekMetAdresseerbaarObjectIdentificatie)
            let client = try await makeClient()
            let bewoners = try await global.withAccess {
                try await client.residents(
                    adresseerbaarObjectIdentificatie: id, fields: fields, inclusiefOverledenPersonen: includeDeceased,
                    gemeenteVanInschrijving: municipality)
            }
            try OutputPrinter.print(bewoners, format: global.output) { BRPTextOutput.residents(bewoners) }
            return
        }
        let search = try makeSearch()
        let fields = BRPCommandSupport.fields(fields, for: search.type)
        let client = try await makeClient()
        let gevonden = try await global.withAccess { try await client.search(search, fields: fields) }
        try OutputPrinter.print(gevonden, format: global.output) { BRPTextOutput.limited(gevonden) }
    }

    func makeClient() async throws -> BRPClient {
        let connection = try await ServiceConnection.make(.brp, options: global)
        return BRPClient(pipeline: connection.pipeline, baseURL: connection.baseURL)
    }

    /// The search the options describe.
    ///
    /// - Throws: ``OpenServicesError`` (`invalidInput`) when the options form no combination, or a value is invalid.
    func makeSearch() throws -> BRPSearch {
        if let nummeraanduiding {
            return .nummeraanduiding(
                try BAGIdentifier(nummeraanduiding, expecting: .nummeraanduiding), inclusiefOverledenPersonen: includeDeceased,
                gemeenteVanInschrijving: municipality)
        }
        if let postcode, let houseNumber {
            return .postcodeAndHouseNumber(
                postcode: try Postcode(postcode), huisnummer: houseNumber, huisletter: houseLetter,
                huisnummertoevoeging: houseNumberAddition, geboortedatum: birthdate, geslachtsnaam: surname,
                inclusiefOverledenPersonen: includeDeceased, gemeenteVanInschrijving: municipality)
        }
        if let street, let houseNumber, let municipality {
            return .streetHouseNumberAndMunicipality(
                straat: street, huisnummer: houseNumber, gemeenteVanInschrijving: municipality, huisletter: houseLetter,
                huisnummertoevoeging: houseNumberAddition, inclusiefOverledenPersonen: includeDeceased)
        }
        if let surname, let birthdate {
            return .surnameAndBirthDate(
                geslachtsnaam: surname, geboortedatum: birthdate, geslacht: sex, voorvoegsel: prefix, voornamen: givenNames,
                inclusiefOverledenPersonen: includeDeceased, gemeenteVanInschrijving: municipality)
        }
        if let surname, let givenNames, let municipality {
            return .nameAndMunicipality(
                geslachtsnaam: surname, voornamen: givenNames, gemeenteVanInschrijving: municipality, geslacht: sex,
                voorvoegsel: prefix, inclusiefOverledenPersonen: includeDeceased)
        }
        throw OpenServicesError(
            .invalidInput,
            "These options form no BRP search (rule: one of the required combinations of the Zoek-operations).",
            remediation: "Give --surname with --birthdate, --surname with --given-names and --municipality, --postcode with --house-number, --street with --house-number and --municipality, --nummeraanduiding, or --adresseerbaar-object.")
    }
}

extension BRPSearchCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
