import OpenServicesKVK

/// Readable text for the KVK commands.
enum KVKTextOutput {
    static func results(_ items: [KVKResultaatItem], total: Int) -> String {
        guard !items.isEmpty else { return "No registrations found." }
        let lines = items.map { item -> String in
            let adres = item.adres?.binnenlandsAdres
            let houseNumber = adres?.huisnummer.map { "\($0)\(adres?.huisletter ?? "")" }
            let place = [adres?.straatnaam, houseNumber, adres?.postcode, adres?.plaats].compactMap { $0 }.joined(separator: " ")
            let number = item.vestigingsnummer.map { " vestiging \($0)" } ?? ""
            return "\(item.kvkNummer ?? "-")\(number)  \(item.naam ?? "")  [\(item.type?.rawValue ?? "-")\(item.actief == "Nee" ? ", inactief" : "")]  \(place)"
        }
        return (lines + ["\(total) found"]).joined(separator: "\n")
    }

    static func profile(_ profiel: KVKBasisprofiel) -> String {
        var lines = ["\(profiel.naam ?? "-") (KVK \(profiel.kvkNummer ?? "-"))"]
        if let eigenaar = profiel._embedded?.eigenaar {
            lines.append("  rechtsvorm     \(eigenaar.uitgebreideRechtsvorm ?? eigenaar.rechtsvorm ?? "-")")
            if let rsin = eigenaar.rsin { lines.append("  RSIN           \(rsin)") }
        }
        lines.append("  ingeschreven   \(profiel.formeleRegistratiedatum ?? "-")")
        if let names = profiel.handelsnamen, !names.isEmpty { lines.append("  handelsnamen   \(names.compactMap(\.naam).joined(separator: "; "))") }
        if let sbi = profiel.sbiActiviteiten?.first { lines.append("  activiteit     \(sbi.sbiCode ?? "") \(sbi.sbiOmschrijving ?? "")") }
        if let hoofd = profiel._embedded?.hoofdvestiging {
            lines.append("  hoofdvestiging \(hoofd.vestigingsnummer ?? "-") \(hoofd.adressen?.first?.volledigAdres ?? "")")
        }
        return lines.joined(separator: "\n")
    }

    static func branches(_ lijst: KVKVestigingList) -> String {
        (["\(lijst.totaalAantalVestigingen ?? 0) vestigingen"] + (lijst.vestigingen ?? []).map {
            "  \($0.vestigingsnummer ?? "-")  \($0.eersteHandelsnaam ?? "")  \($0.volledigAdres ?? "")\($0.indHoofdvestiging == "Ja" ? "  (hoofdvestiging)" : "")"
        }).joined(separator: "\n")
    }

    static func branch(_ vestiging: KVKVestiging) -> String {
        var lines = ["\(vestiging.eersteHandelsnaam ?? "-") (vestiging \(vestiging.vestigingsnummer ?? "-"), KVK \(vestiging.kvkNummer ?? "-"))"]
        lines.append("  hoofdvestiging \(vestiging.indHoofdvestiging ?? "-"), commercieel \(vestiging.indCommercieleVestiging ?? "-")")
        lines.append("  werkzaam       \(vestiging.totaalWerkzamePersonen ?? 0)")
        for adres in vestiging.adressen ?? [] {
            lines.append("  \(adres.type ?? "adres")    \(adres.volledigAdres ?? "")")
            if let geo = adres.geoData {
                lines.append("    BAG          \(geo.nummerAanduidingId ?? "-") (\(geo.gpsLatitude ?? 0), \(geo.gpsLongitude ?? 0))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
