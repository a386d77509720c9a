import OpenServicesBAG

/// Readable text for the BAG commands.
enum BAGTextOutput {
    static func addresses(_ adressen: [BAGAdres]) -> String {
        guard !adressen.isEmpty else { return "No addresses found." }
        return adressen.map { adres in
            var lines = [
                "\(adres.adresregel5 ?? "\(adres.openbareRuimteNaam) \(adres.huisnummer)"), \(adres.adresregel6 ?? adres.woonplaatsNaam)",
                "  nummeraanduiding   \(adres.nummeraanduidingIdentificatie)",
                "  adresseerbaar obj. \(adres.adresseerbaarObjectIdentificatie ?? "-")",
                "  panden             \((adres.pandIdentificaties ?? []).joined(separator: ", "))",
            ]
            if let vbo = adres._embedded?.adresseerbaarObject?.verblijfsobject?.verblijfsobject {
                lines.append("  gebruiksdoel       \(vbo.gebruiksdoelen.map(\.rawValue).joined(separator: ", ")), \(vbo.oppervlakte) m²")
            }
            if let pand = adres._embedded?.panden?.first?.pand {
                lines.append("  bouwjaar           \(pand.oorspronkelijkBouwjaar)")
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    static func object(_ object: BAGAdresseerbaarObject) -> String {
        if let vbo = object.verblijfsobject?.verblijfsobject {
            return """
                verblijfsobject \(vbo.identificatie) (\(vbo.status))
                  hoofdadres     \(vbo.heeftAlsHoofdAdres)
                  gebruiksdoel   \(vbo.gebruiksdoelen.map(\.rawValue).joined(separator: ", "))
                  oppervlakte    \(vbo.oppervlakte) m²
                  punt (RD)      \(vbo.geometrie.punt?.x.map { "\($0)" } ?? "-") \(vbo.geometrie.punt?.y.map { "\($0)" } ?? "-")
                  panden         \(vbo.maaktDeelUitVan.joined(separator: ", "))
                """
        }
        let plaats = object.ligplaats?.ligplaats ?? object.standplaats?.standplaats
        return plaats.map { "\($0.domein) \($0.identificatie) (\($0.status)), hoofdadres \($0.heeftAlsHoofdAdres)" } ?? "Empty object."
    }

    static func pand(_ io: BAGPandIO) -> String {
        "pand \(io.pand.identificatie): bouwjaar \(io.pand.oorspronkelijkBouwjaar), \(io.pand.status)"
    }

    static func nummeraanduiding(_ io: BAGNummeraanduidingIO) -> String {
        let n = io.nummeraanduiding
        return "nummeraanduiding \(n.identificatie): \(n.huisnummer)\(n.huisletter ?? "")\(n.huisnummertoevoeging.map { "-\($0)" } ?? "") \(n.postcode ?? ""), ligt aan \(n.ligtAan) (\(n.status))"
    }

    static func openbareRuimte(_ io: BAGOpenbareRuimteIO) -> String {
        let r = io.openbareRuimte
        return "openbare ruimte \(r.identificatie): \(r.naam) (\(r.type)), woonplaats \(r.ligtIn)"
    }

    static func woonplaats(_ io: BAGWoonplaatsIO) -> String {
        "woonplaats \(io.woonplaats.identificatie): \(io.woonplaats.naam) (\(io.woonplaats.status))"
    }
}
