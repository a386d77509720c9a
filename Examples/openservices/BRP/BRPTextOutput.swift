import OpenServicesBRP

/// The text (`--output text`) rendering of BRP answers.
enum BRPTextOutput {
    static func persons(_ personen: [Persoon]) -> String {
        guard !personen.isEmpty else { return "No persons found." }
        return personen.map { persoon in
            var lines = [header(persoon.burgerservicenummer, persoon.naam)]
            if let geboorte = persoon.geboorte { lines.append("  geboren:     " + describe(geboorte)) }
            if let overlijden = persoon.overlijden { lines.append("  overleden:   " + (overlijden.datum?.langFormaat ?? "onbekend")) }
            if let leeftijd = persoon.leeftijd { lines.append("  leeftijd:    \(leeftijd)") }
            if let geslacht = persoon.geslacht?.omschrijving { lines.append("  geslacht:    " + geslacht) }
            if let verblijfplaats = persoon.verblijfplaats { lines.append("  woont:       " + describe(verblijfplaats)) }
            if let nationaliteiten = persoon.nationaliteiten, !nationaliteiten.isEmpty {
                lines.append("  nationaliteit: " + nationaliteiten.map(\.omschrijving).joined(separator: ", "))
            }
            for partner in persoon.partners ?? [] {
                lines.append("  partner:     " + (partner.naam?.displayName ?? "?") + (partner.soortVerbintenis?.omschrijving.map { " (\($0))" } ?? ""))
            }
            for ouder in persoon.ouders ?? [] { lines.append("  ouder:       " + (ouder.naam?.displayName ?? "?")) }
            for kind in persoon.kinderen ?? [] { lines.append("  kind:        " + (kind.naam?.displayName ?? "?")) }
            lines += (persoon.gezag ?? []).map { "  gezag:       " + describe($0) }
            lines += notes(geheim: persoon.geheimhoudingPersoonsgegevens, opschorting: persoon.opschortingBijhouding, inOnderzoek: persoon.inOnderzoek)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    static func limited(_ personen: [PersoonBeperkt]) -> String {
        guard !personen.isEmpty else { return "No persons found." }
        return personen.map { persoon in
            var lines = [header(persoon.burgerservicenummer, persoon.naam)]
            if let geboorte = persoon.geboorte { lines.append("  geboren:     " + describe(geboorte)) }
            if let leeftijd = persoon.leeftijd { lines.append("  leeftijd:    \(leeftijd)") }
            if let regels = persoon.adressering {
                lines.append("  adres:       " + [regels.adresregel1, regels.adresregel2, regels.adresregel3].compactMap { $0 }.joined(separator: ", "))
            }
            lines += notes(geheim: persoon.geheimhoudingPersoonsgegevens, opschorting: persoon.opschortingBijhouding, inOnderzoek: persoon.inOnderzoek)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    static func residents(_ personen: [GezagPersoonBeperkt]) -> String {
        guard !personen.isEmpty else { return "No residents found." }
        return zip(limited(personen.map(\.persoonBeperkt)).components(separatedBy: "\n\n"), personen).map { text, persoon in
            ([text] + (persoon.gezag ?? []).map { "  gezag:       " + describe($0) }).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    static func header(_ bsn: String?, _ naam: Naam?) -> String {
        "\(bsn ?? "(geen BSN gevraagd)")  \(naam?.displayName ?? "")"
    }

    static func describe(_ geboorte: Geboorte) -> String {
        var text = geboorte.datum?.langFormaat ?? "onbekend"
        let place = [geboorte.plaats?.omschrijving, geboorte.land?.omschrijving].compactMap { $0 }
        if !place.isEmpty { text += " (" + place.joined(separator: ", ") + ")" }
        return text
    }

    static func describe(_ verblijfplaats: Verblijfplaats) -> String {
        switch verblijfplaats {
        case .adres(let adres):
            let a = adres.verblijfadres
            let number = "\(a?.huisnummer.map(String.init) ?? "")\(a?.huisletter ?? "")\(a?.huisnummertoevoeging.map { "-" + $0 } ?? "")"
            return "\(a?.officieleStraatnaam ?? "") \(number), \(a?.postcode ?? "") \(a?.woonplaats ?? "")"
        case .locatie(let locatie):
            return locatie.verblijfadres?.locatiebeschrijving ?? "locatie"
        case .verblijfplaatsBuitenland(let buitenland):
            let a = buitenland.verblijfadres
            return [a?.regel1, a?.regel2, a?.regel3, a?.land?.omschrijving].compactMap { $0 }.joined(separator: ", ")
        case .verblijfplaatsOnbekend(let onbekend):
            return "onbekend sinds " + (onbekend.datumVan?.langFormaat ?? "?")
        case .unknown(let type):
            return type
        }
    }

    static func describe(_ gezag: Gezagsrelatie) -> String {
        let minor = gezag.minderjarige?.naam?.volledigeNaam ?? gezag.minderjarige?.burgerservicenummer ?? "?"
        var holders: [String] = []
        switch gezag {
        case .gezamenlijkOuderlijkGezag(let value):
            holders = (value.ouders ?? []).compactMap(\.naam.volledigeNaam)
        case .eenhoofdigOuderlijkGezag(let value):
            holders = [value.ouder?.naam.volledigeNaam ?? "?"]
        case .gezamenlijkGezag(let value):
            holders = [value.ouder?.naam.volledigeNaam ?? "?", name(of: value.derde)]
        case .voogdij(let value):
            holders = (value.derden ?? []).map(name(of:))
        case .tijdelijkGeenGezag(let value), .gezagNietTeBepalen(let value):
            holders = value.toelichting.map { [$0] } ?? []
        case .unknown:
            break
        }
        return "\(gezag.type) over \(minor)" + (holders.isEmpty ? "" : ": " + holders.joined(separator: " en "))
    }

    static func name(of derde: Derde?) -> String {
        if case .bekendeDerde(let known)? = derde { return known.naam?.volledigeNaam ?? known.burgerservicenummer ?? "?" }
        return "een derde"
    }

    static func notes(geheim: Bool?, opschorting: OpschortingBijhouding?, inOnderzoek: InOnderzoek?) -> [String] {
        var lines: [String] = []
        if geheim == true { lines.append("  ! geheimhouding persoonsgegevens: niet verstrekken aan derden") }
        if let reden = opschorting?.reden?.omschrijving { lines.append("  ! bijhouding opgeschort: \(reden)") }
        if let inOnderzoek, !inOnderzoek.velden.isEmpty {
            lines.append("  ! in onderzoek: " + inOnderzoek.velden.keys.sorted().joined(separator: ", "))
        }
        return lines
    }
}
