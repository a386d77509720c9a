import ArgumentParser
import Foundation
import OpenServicesBAG
import OpenServicesBRP
import OpenServicesCore
import OpenServicesKVK
import OpenServicesPDOK
import OpenServicesSandbox

/// `openservices demo`: a guided tour of the base registers and the ZGW APIs in the embedded sandbox.
///
/// Offline and with no set-up it looks up a person by BSN with minimal fields, their address in
/// BAG, a company at or near that address in KVK with its branches, the address's location in
/// PDOK, opens a zaak for the person with a status and a document (ZGW), and shows two requests the
/// SDK refuses before anything is sent.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Walk through the base registers and the ZGW APIs in the embedded sandbox (offline, no set-up)."
    )

    @OptionGroup var global: GlobalOptions

    /// The official test person the tour starts from (Suzanne Moulin, Rotterdam).
    static let bsn = "999993653"

    func run() async throws {
        var demo = global
        demo.sandbox = true
        let brp = BRPClient(connection: try await ServiceConnection.make(.brp, options: demo))
        let bag = BAGClient(connection: try await ServiceConnection.make(.bag, options: demo))
        let kvk = KVKClient(connection: try await ServiceConnection.make(.kvk, options: demo))
        let pdok = PDOKClient(connection: try await ServiceConnection.make(.pdok, options: demo))
        let tour = DemoTour()

        try await demo.withAccess {
            tour.title("OpenServices — a tour of the base registers and ZGW in the embedded sandbox")
            tour.note("Fictitious data, no network, no configuration. Every call below passes the same pipeline:")
            tour.note("telemetry → policy → audit → credentials → retry → connector (here: the in-process sandbox).")

            // 1. BRP: a person by BSN, asking only for the fields needed (data minimisation).
            tour.section("1. BRP Personen — RaadpleegMetBurgerservicenummer")
            let fields: [BRPField] = ["burgerservicenummer", "naam", "geboorte", "verblijfplaats"]
            tour.call("brp.persons([\(try BSN(Self.bsn))], fields: \(fields.map(\.description)))")
            guard let persoon = try await brp.person(try BSN(Self.bsn), fields: fields) else {
                throw OpenServicesError(.notFound, "The sandbox has no person \(try BSN(Self.bsn)).")
            }
            tour.row("naam", persoon.naam?.volledigeNaam ?? "—")
            tour.row("geboren", persoon.geboorte?.datum?.langFormaat ?? "—")
            let adres = Self.address(of: persoon)
            tour.row("woont", adres.map { "\($0.street) \($0.number), \($0.postcode) \($0.place)" } ?? "—")
            tour.row("BSN in logs", "\(try BSN(Self.bsn)) (masked; it travelled only in the request body)")

            // 2. BAG: the same address, with its BAG identifications.
            tour.section("2. BAG Individuele Bevragingen — the address of that person")
            if let adres, let id = adres.nummeraanduiding {
                tour.call("bag.address(nummeraanduiding: \"\(id)\")")
                let found = try await bag.address(nummeraanduiding: id, expand: [])
                let bagAdres = found.value
                tour.row("adres", "\(bagAdres.openbareRuimteNaam) \(bagAdres.huisnummer), \(bagAdres.postcode ?? "") \(bagAdres.woonplaatsNaam)")
                tour.row("nummeraanduiding", bagAdres.nummeraanduidingIdentificatie)
                tour.row("verblijfsobject", bagAdres.adresseerbaarObjectIdentificatie ?? "—")
                tour.row("panden", (bagAdres.pandIdentificaties ?? []).joined(separator: ", "))
            } else {
                tour.note("The person has no Dutch address with a nummeraanduiding.")
            }

            // 3. KVK: a company in the same place, with its branches.
            tour.section("3. KVK Handelsregister — a company in \(adres?.place ?? "the sandbox") and its branches")
            tour.call("kvk.search(KVKSearchQuery(plaats: \"\(adres?.place ?? "Rotterdam")\"))")
            let companies = try await kvk.search(KVKSearchQuery(plaats: adres?.place ?? "Rotterdam")).pageItems
            if let company = companies.first(where: { $0.kvkNummer != nil }), let number = company.kvkNummer {
                tour.row("bedrijf", "\(company.naam ?? "—") (KVK \(number))")
                tour.call("kvk.branches(\"\(number)\")")
                let branches = try await kvk.branches(number)
                for branch in branches.vestigingen ?? [] {
                    tour.row("vestiging", "\(branch.vestigingsnummer ?? "—") \(branch.eersteHandelsnaam ?? "")")
                }
            } else {
                tour.note("No company found.")
            }

            // 4. PDOK: where that address is.
            tour.section("4. PDOK Locatieserver — the location of the address")
            if let adres {
                let query = "\(adres.postcode) \(adres.number)"
                tour.call("pdok.free(\"\(query)\", filters: [\"type:adres\"])")
                let result = try await pdok.free(query, filters: ["type:adres"], rows: 1)
                if let document = result.pageItems.first {
                    tour.row("gevonden", document.weergavenaam ?? "—")
                    if let point = document.centroide_ll { tour.row("WGS84", String(format: "%.5f N, %.5f E", point.latitude, point.longitude)) }
                    if let point = document.centroide_rd { tour.row("RD", String(format: "x %.0f, y %.0f", point.x, point.y)) }
                }
            }

            // 5. ZGW: a zaak for that person, with a status, a document and a notification.
            tour.section("5. ZGW — a zaak for \(persoon.naam?.volledigeNaam ?? "that person"), a status, a document, a notification")
            try await zgwLeg(tour, demo: demo, persoon: persoon)

            // 6. What the SDK refuses before anything is sent.
            tour.section("6. Refused before sending: clear errors instead of a bad request")
            tour.call("try BSN(\"123456789\")")
            do {
                _ = try BSN("123456789")
            } catch let error as OpenServicesError {
                tour.refused(error)
            }
            tour.call("brp.search(.surnameAndBirthDate(…), fields: [\"kinderen\"])")
            do {
                _ = try await brp.search(
                    .surnameAndBirthDate(geslachtsnaam: "Moulin", geboortedatum: "1985-12-01"), fields: ["kinderen"])
            } catch let error as OpenServicesError {
                tour.refused(error)
            }

            tour.section("Next")
            tour.note("openservices brp person 999993653 --sandbox --output json")
            tour.note("openservices zaken list --bsn 999993653 --sandbox")
            tour.note("openservices sandbox serve --port 8080   # the same fakes over HTTP")
            tour.note("openservices policy authorize --help      # purpose binding and field obligations")
        }
    }

    /// The Dutch address of a person's verblijfplaats, if they have one.
    static func address(of persoon: Persoon) -> DemoAddress? {
        guard case .adres(let adres)? = persoon.verblijfplaats, let binnenland = adres.verblijfadres else { return nil }
        return DemoAddress(
            street: binnenland.officieleStraatnaam ?? binnenland.korteStraatnaam ?? "",
            number: binnenland.huisnummer.map(String.init) ?? "",
            postcode: binnenland.postcode ?? "", place: binnenland.woonplaats ?? "",
            nummeraanduiding: adres.nummeraanduidingIdentificatie)
    }
}

/// The parts of an address the tour passes from register to register.
struct DemoAddress {
    var street: String
    var number: String
    var postcode: String
    var place: String
    var nummeraanduiding: String?
}

extension BRPClient {
    init(connection: ServiceConnection) { self.init(pipeline: connection.pipeline, baseURL: connection.baseURL) }
}

extension BAGClient {
    init(connection: ServiceConnection) { self.init(pipeline: connection.pipeline, baseURL: connection.baseURL) }
}

extension KVKClient {
    init(connection: ServiceConnection) { self.init(pipeline: connection.pipeline, baseURL: connection.baseURL) }
}

extension PDOKClient {
    init(connection: ServiceConnection) { self.init(pipeline: connection.pipeline, baseURL: connection.baseURL) }
}
