import Foundation
import OpenServicesBRP

/// Helpers that write the sandbox's fictitious persons compactly and derive what the BRP derives
/// (voorletters, volledigeNaam, adressering, relatives' summaries, gezag on both sides, age).
enum BRPSandboxPersonBuilder {
    typealias T = BRPSandboxTables

    /// A name with voorletters and volledigeNaam derived.
    static func naam(
        _ voornamen: String, _ voorvoegsel: String?, _ geslachtsnaam: String, predicaat: AdellijkeTitelPredicaat? = nil,
        gebruik: Waardetabel = T.eigenNaam, inOnderzoek: InOnderzoek? = nil
    ) -> Naam {
        let voorletters = voornamen.split(separator: " ").map { "\($0.prefix(1))." }.joined()
        let volledig = [predicaat?.omschrijving, voornamen, voorvoegsel, geslachtsnaam].compactMap { $0 }.joined(separator: " ")
        return Naam(
            voornamen: voornamen, adellijkeTitelPredicaat: predicaat, voorvoegsel: voorvoegsel, geslachtsnaam: geslachtsnaam,
            voorletters: voorletters, volledigeNaam: volledig, aanduidingNaamgebruik: gebruik, inOnderzoek: inOnderzoek)
    }

    /// A Dutch nationality by birth.
    static let nederlands = Nationaliteit.nationaliteit(NationaliteitBekend(nationaliteit: T.nederlandse, redenOpname: T.wetNederlanderschap))

    /// A foreign nationality.
    static func vreemd(_ nationaliteit: Waardetabel, sinds: AbstractDatum? = nil) -> Nationaliteit {
        .nationaliteit(NationaliteitBekend(nationaliteit: nationaliteit, redenOpname: T.vreemd, datumIngangGeldigheid: sinds))
    }

    /// Living at a sandbox address since a date.
    static func adres(_ address: SandboxAddress, sinds: String, inOnderzoek: InOnderzoek? = nil) -> Verblijfplaats {
        .adres(Adres(
            verblijfadres: VerblijfadresBinnenland(
                officieleStraatnaam: address.straat, korteStraatnaam: address.korteStraatnaam, huisnummer: address.huisnummer,
                huisletter: address.huisletter, huisnummertoevoeging: address.huisnummertoevoeging, postcode: address.postcode,
                woonplaats: address.woonplaats),
            functieAdres: T.woonadres, adresseerbaarObjectIdentificatie: address.adresseerbaarObjectIdentificatie,
            nummeraanduidingIdentificatie: address.nummeraanduidingIdentificatie, datumVan: .volledig(sinds),
            inOnderzoek: inOnderzoek))
    }

    /// A person with the usual groups filled in; `extra` adds the rest.
    static func persoon(
        _ bsn: String, _ geslacht: Waardetabel, _ naam: Naam, geboren: AbstractDatum, te plaats: Waardetabel?,
        land: Waardetabel = T.nederland, nationaliteiten: [Nationaliteit] = [nederlands], woont: Verblijfplaats?,
        gemeente: String, ingeschreven: String, extra: (inout Persoon) -> Void = { _ in }
    ) -> Persoon {
        // The GBA started on 1994-10-01; later births in the Netherlands are registered at birth, immigrants on arrival.
        let eersteInschrijving: String
        if land != T.nederland {
            eersteInschrijving = ingeschreven
        } else if case .datum(let datum) = geboren, let iso = datum.datum, iso > "1994-10-01" {
            eersteInschrijving = iso
        } else {
            eersteInschrijving = "1994-10-01"
        }
        var persoon = Persoon(
            aNummer: "1" + bsn, burgerservicenummer: bsn, datumEersteInschrijvingGBA: .volledig(eersteInschrijving),
            geslacht: geslacht, naam: naam, nationaliteiten: nationaliteiten,
            geboorte: Geboorte(datum: geboren, land: land, plaats: plaats), verblijfplaats: woont,
            gemeenteVanInschrijving: gemeente == "1999" ? T.rni : T.gemeente(gemeente), datumInschrijvingInGemeente: .volledig(ingeschreven))
        extra(&persoon)
        return persoon
    }

    /// Address lines and salutation, derived from the name, sex and residence.
    static func adressering(for persoon: Persoon) -> Adressering? {
        guard let naam = persoon.naam else { return nil }
        let aanhefNaam = [naam.voorvoegsel.map { $0.prefix(1).uppercased() + $0.dropFirst() }, naam.geslachtsnaam].compactMap { $0 }.joined(separator: " ")
        let lopendNaam = [naam.voorvoegsel, naam.geslachtsnaam].compactMap { $0 }.joined(separator: " ")
        let isMan = persoon.geslacht?.code == "M"
        var adressering = Adressering(
            aanhef: naam.adellijkeTitelPredicaat != nil ? "Hoogwelgeboren heer" : (isMan ? "Geachte heer " : "Geachte mevrouw ") + aanhefNaam,
            aanschrijfwijze: Aanschrijfwijze(
                naam: [naam.voorletters, naam.voorvoegsel, naam.geslachtsnaam].compactMap { $0 }.joined(separator: " "),
                aanspreekvorm: naam.adellijkeTitelPredicaat != nil ? "De hoogwelgeboren heer" : nil),
            gebruikInLopendeTekst: (isMan ? "de heer " : "mevrouw ") + lopendNaam)
        switch persoon.verblijfplaats {
        case .adres(let adres)?:
            guard let verblijfadres = adres.verblijfadres else { break }
            let number = "\(verblijfadres.huisnummer ?? 0)" + (verblijfadres.huisletter ?? "")
                + (verblijfadres.huisnummertoevoeging.map { "-" + $0 } ?? "")
            adressering.adresregel1 = "\(verblijfadres.korteStraatnaam ?? "") \(number)"
            let postcode = verblijfadres.postcode.map { "\($0.prefix(4)) \($0.suffix(2))" } ?? ""
            adressering.adresregel2 = "\(postcode)  \((verblijfadres.woonplaats ?? "").uppercased())"
        case .locatie(let locatie)?:
            adressering.adresregel1 = locatie.verblijfadres?.locatiebeschrijving
            adressering.adresregel2 = (persoon.gemeenteVanInschrijving?.omschrijving ?? "").uppercased()
        case .verblijfplaatsBuitenland(let buitenland)?:
            adressering.adresregel1 = buitenland.verblijfadres?.regel1
            adressering.adresregel2 = buitenland.verblijfadres?.regel2
            adressering.adresregel3 = buitenland.verblijfadres?.regel3
            adressering.land = buitenland.verblijfadres?.land
        default:
            break
        }
        return adressering
    }

    /// The summary of a person as a relative (name and birth only, as the BRP gives it).
    static func gerelateerdeNaam(_ naam: Naam?) -> Naam? {
        naam.map {
            Naam(voornamen: $0.voornamen, adellijkeTitelPredicaat: $0.adellijkeTitelPredicaat, voorvoegsel: $0.voorvoegsel,
                 geslachtsnaam: $0.geslachtsnaam, voorletters: $0.voorletters)
        }
    }

    /// The age in whole years on `today` of someone born on a complete date; `nil` otherwise.
    static func leeftijd(_ datum: AbstractDatum?, today: Date = Date()) -> Int? {
        guard case .datum(let geboren)? = datum, let born = geboren.components,
              let year = born.year, let month = born.month, let day = born.day
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
        let now = calendar.dateComponents([.year, .month, .day], from: today)
        guard let nowYear = now.year, let nowMonth = now.month, let nowDay = now.day else { return nil }
        var age = nowYear - year
        if (nowMonth, nowDay) < (month, day) { age -= 1 }
        return age
    }
}
