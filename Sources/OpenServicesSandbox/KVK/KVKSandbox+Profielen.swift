import Foundation
import HTTPTypes
import OpenServicesKVK
import OpenServicesCore

extension KVKSandbox {
    /// `GET /v1/basisprofielen/{kvkNummer}[/eigenaar|/hoofdvestiging|/vestigingen]`.
    func basisprofiel(_ number: String, _ sub: String?, _ request: SandboxRequest) -> ServiceResponse {
        if let error = unknownParameter(request, allowed: sub == "vestigingen" ? [] : ["geoData"]) { return error }
        guard number.range(of: "^[0-9]{8}$", options: .regularExpression) != nil else {
            return fout(.badRequest, "IPD0004", "Het KVK-nummer \(number) is niet valide.")
        }
        let geo: Bool
        switch geoData(request) {
        case .success(let flag): geo = flag
        case .failure(let failure): return failure.response
        }
        guard let company = data.company(number) else {
            return fout(.notFound, "IPD0005", "Het product is niet leverbaar voor KVK-nummer \(number).")
        }
        if company.failsBasisprofiel {
            return fout(.internalServerError, "IPD0001", "Het opvragen van het product is mislukt.")
        }
        let root = request.baseURL
        let main = company.branches.first { $0.isMain }
        switch sub {
        case "eigenaar":
            return answer(eigenaar(company, geo: geo, root: root), version: "1.5.0")
        case "hoofdvestiging":
            guard let main else { return fout(.notFound, "IPD0005", "Het product is niet leverbaar: er is geen hoofdvestiging.") }
            return answer(vestiging(company, main, geo: geo, root: root), version: "1.5.0")
        case "vestigingen":
            let list = company.branches.map { branch in
                KVKVestigingBasis(
                    vestigingsnummer: branch.vestigingsnummer, kvkNummer: company.kvkNummer, eersteHandelsnaam: branch.naam,
                    indHoofdvestiging: branch.isMain ? "Ja" : "Nee", indAdresAfgeschermd: "Nee",
                    indCommercieleVestiging: branch.isCommercial ? "Ja" : "Nee", volledigAdres: Self.volledigAdres(branch.address),
                    links: KVKLinks([KVKLink(rel: "vestigingsprofiel", href: root + "/v1/vestigingsprofielen/\(branch.vestigingsnummer)")]))
            }
            let commercial = company.branches.filter(\.isCommercial).count
            return answer(KVKVestigingList(
                kvkNummer: company.kvkNummer, aantalCommercieleVestigingen: commercial,
                aantalNietCommercieleVestigingen: company.branches.count - commercial, totaalAantalVestigingen: company.branches.count,
                vestigingen: list, links: KVKLinks([KVKLink(rel: "self", href: root + "/v1/basisprofielen/\(number)/vestigingen")])),
                version: "1.5.0")
        default:
            var links = [
                KVKLink(rel: "self", href: root + "/v1/basisprofielen/\(number)"),
                KVKLink(rel: "eigenaar", href: root + "/v1/basisprofielen/\(number)/eigenaar"),
                KVKLink(rel: "vestigingen", href: root + "/v1/basisprofielen/\(number)/vestigingen"),
            ]
            if main != nil { links.append(KVKLink(rel: "hoofdvestiging", href: root + "/v1/basisprofielen/\(number)/hoofdvestiging")) }
            let werkzaam = company.branches.reduce(0) { $0 + $1.voltijd + $1.deeltijd }
            return answer(KVKBasisprofiel(
                kvkNummer: company.kvkNummer, indNonMailing: "Nee", naam: company.naam, formeleRegistratiedatum: company.datumAanvang,
                materieleRegistratie: KVKMaterieleRegistratie(datumAanvang: company.datumAanvang, datumEinde: company.isActive ? nil : "20231231"),
                totaalWerkzamePersonen: werkzaam, statutaireNaam: company.rsin == nil ? nil : company.naam,
                handelsnamen: company.handelsnamen.enumerated().map { KVKHandelsnaam(naam: $1, volgorde: $0 + 1) },
                sbiActiviteiten: Self.sbi(company), links: KVKLinks(links),
                _embedded: KVKEmbeddedContainer(
                    hoofdvestiging: main.map { vestiging(company, $0, geo: geo, root: root, embedded: true) },
                    eigenaar: eigenaar(company, geo: geo, root: root))),
                version: "1.5.0")
        }
    }

    /// `GET /v1/vestigingsprofielen/{vestigingsnummer}`.
    func vestigingsprofiel(_ number: String, _ request: SandboxRequest) -> ServiceResponse {
        if let error = unknownParameter(request, allowed: ["geoData"]) { return error }
        guard number.range(of: "^[0-9]{12}$", options: .regularExpression) != nil else {
            return fout(.badRequest, "IPD0006", "Het vestigingsnummer \(number) is niet valide.")
        }
        let geo: Bool
        switch geoData(request) {
        case .success(let flag): geo = flag
        case .failure(let failure): return failure.response
        }
        guard let found = data.branch(number) else {
            return fout(.notFound, "IPD0005", "Het product is niet leverbaar voor vestigingsnummer \(number).")
        }
        return answer(vestiging(found.0, found.1, geo: geo, root: request.baseURL), version: "1.4.0")
    }

    func vestiging(
        _ company: KVKSandboxData.Company, _ branch: KVKSandboxData.Branch, geo: Bool, root: String, embedded: Bool = false
    ) -> KVKVestiging {
        KVKVestiging(
            vestigingsnummer: branch.vestigingsnummer, kvkNummer: company.kvkNummer, rsin: embedded ? nil : company.rsin,
            indNonMailing: "Nee", formeleRegistratiedatum: company.datumAanvang,
            materieleRegistratie: KVKMaterieleRegistratie(datumAanvang: company.datumAanvang),
            statutaireNaam: company.rsin == nil ? nil : company.naam, eersteHandelsnaam: branch.naam,
            indHoofdvestiging: branch.isMain ? "Ja" : "Nee", indCommercieleVestiging: branch.isCommercial ? "Ja" : "Nee",
            voltijdWerkzamePersonen: branch.voltijd, totaalWerkzamePersonen: branch.voltijd + branch.deeltijd,
            deeltijdWerkzamePersonen: branch.deeltijd,
            handelsnamen: embedded ? nil : [KVKHandelsnaam(naam: branch.naam, volgorde: 1)],
            adressen: [Self.adres(branch.address, geo: geo)], websites: company.websites.isEmpty ? nil : company.websites,
            sbiActiviteiten: Self.sbi(company),
            links: KVKLinks([
                KVKLink(rel: "self", href: root + "/v1/vestigingsprofielen/\(branch.vestigingsnummer)"),
                KVKLink(rel: "basisprofiel", href: root + "/v1/basisprofielen/\(company.kvkNummer)"),
            ]))
    }

    func eigenaar(_ company: KVKSandboxData.Company, geo: Bool, root: String) -> KVKEigenaar {
        let withoutBranches = company.branches.isEmpty
        return KVKEigenaar(
            rsin: company.rsin, rechtsvorm: company.rechtsvorm, uitgebreideRechtsvorm: company.uitgebreideRechtsvorm,
            datumUitschrijving: company.isActive ? nil : "20231231",
            adressen: withoutBranches ? [Self.adres(SandboxAddresses.all[7], geo: geo)] : nil,
            websites: withoutBranches && !company.websites.isEmpty ? company.websites : nil,
            links: KVKLinks([
                KVKLink(rel: "self", href: root + "/v1/basisprofielen/\(company.kvkNummer)/eigenaar"),
                KVKLink(rel: "basisprofiel", href: root + "/v1/basisprofielen/\(company.kvkNummer)"),
            ]))
    }

    static func adres(_ address: SandboxAddress, geo: Bool) -> KVKAdres {
        KVKAdres(
            type: "bezoekadres", indAfgeschermd: "Nee", volledigAdres: volledigAdres(address), straatnaam: address.straat,
            huisnummer: address.huisnummer, huisletter: address.huisletter, huisnummerToevoeging: address.huisnummertoevoeging,
            postcode: address.postcode, plaats: address.woonplaats, land: "Nederland",
            geoData: geo ? KVKGeoData(
                addresseerbaarObjectId: address.adresseerbaarObjectIdentificatie, nummerAanduidingId: address.nummeraanduidingIdentificatie,
                gpsLatitude: address.latitude, gpsLongitude: address.longitude, rijksdriehoekX: address.rdX, rijksdriehoekY: address.rdY,
                rijksdriehoekZ: 0) : nil)
    }

    static func volledigAdres(_ address: SandboxAddress) -> String {
        var text = "\(address.straat) \(address.huisnummer)"
        if let letter = address.huisletter { text += letter }
        if let addition = address.huisnummertoevoeging { text += " \(addition)" }
        return text + " \(address.postcode) \(address.woonplaats)"
    }

    static func sbi(_ company: KVKSandboxData.Company) -> [KVKSBIActiviteit] {
        company.sbi.enumerated().map {
            KVKSBIActiviteit(sbiCode: $1.code, sbiOmschrijving: $1.omschrijving, indHoofdactiviteit: $0 == 0 ? "Ja" : "Nee")
        }
    }
}
