import OpenServicesPDOK

/// The fictitious Locatieserver index of the sandbox: an `adres` document for every shared sandbox
/// address and `weg`, `postcode`, `woonplaats` and `gemeente` documents for the roads, postcodes,
/// places and municipalities they lie in.
struct PDOKSandboxData: Sendable {
    /// A document and the words it is found by.
    struct Entry: Sendable {
        var document: PDOKDocument
        var words: [String]
        var sortering: Double
    }

    static let shared = PDOKSandboxData()

    let entries: [Entry]

    static let provinces: [String: (code: String, afkorting: String)] = [
        "Groningen": ("PV20", "GR"), "Friesland": ("PV21", "FR"), "Drenthe": ("PV22", "DR"), "Overijssel": ("PV23", "OV"),
        "Flevoland": ("PV24", "FL"), "Gelderland": ("PV25", "GD"), "Utrecht": ("PV26", "UT"), "Noord-Holland": ("PV27", "NH"),
        "Zuid-Holland": ("PV28", "ZH"), "Zeeland": ("PV29", "ZL"), "Noord-Brabant": ("PV30", "NB"), "Limburg": ("PV31", "LB"),
    ]

    init() {
        var entries: [Entry] = []
        var seen: Set<String> = []
        func add(_ document: PDOKDocument, sortering: Double) {
            guard let id = document.id, seen.insert(id).inserted else { return }
            let text = [document.weergavenaam, document.postcode, document.huis_nlt, document.gemeentenaam, document.woonplaatsnaam,
                        document.straatnaam, document.provincienaam].compactMap { $0 }.joined(separator: " ")
            let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            entries.append(Entry(document: document, words: words, sortering: sortering))
        }
        for address in SandboxAddresses.all {
            let province = Self.provinces[address.provincie] ?? ("PV00", "NL")
            var huis = String(address.huisnummer)
            if let letter = address.huisletter { huis += letter }
            if let addition = address.huisnummertoevoeging { huis += "-\(addition)" }
            let ll = PDOKPoint(x: address.longitude, y: address.latitude)
            let rd = PDOKPoint(x: address.rdX, y: address.rdY)
            func base(_ prefix: String, _ key: String, _ type: PDOKDocumentType, _ name: String) -> PDOKDocument {
                PDOKDocument(
                    id: "\(prefix)-\(Self.hex(key))", weergavenaam: name, bron: "BAG", type: type,
                    woonplaatscode: address.woonplaatsIdentificatie, woonplaatsnaam: address.woonplaats,
                    gemeentecode: address.gemeentecode, gemeentenaam: address.gemeente, provinciecode: province.code,
                    provincienaam: address.provincie, provincieafkorting: province.afkorting, centroide_ll: ll, centroide_rd: rd)
            }
            var adres = base("adr", address.nummeraanduidingIdentificatie, .adres,
                             "\(address.straat) \(huis), \(address.postcode) \(address.woonplaats)")
            adres.identificatie = "\(address.adresseerbaarObjectIdentificatie)-\(address.nummeraanduidingIdentificatie)"
            adres.openbareruimte_id = address.openbareRuimteIdentificatie
            adres.openbareruimtetype = "Weg"
            adres.straatnaam = address.straat
            adres.straatnaam_verkort = address.korteStraatnaam
            adres.adresseerbaarobject_id = address.adresseerbaarObjectIdentificatie
            adres.nummeraanduiding_id = address.nummeraanduidingIdentificatie
            adres.huisnummer = address.huisnummer
            adres.huisletter = address.huisletter
            adres.huisnummertoevoeging = address.huisnummertoevoeging
            adres.huis_nlt = huis
            adres.postcode = address.postcode
            adres.adrestype = "hoofdadres"
            add(adres, sortering: 1)

            var weg = base("weg", address.openbareRuimteIdentificatie, .weg, "\(address.straat), \(address.woonplaats)")
            weg.identificatie = address.openbareRuimteIdentificatie
            weg.openbareruimte_id = address.openbareRuimteIdentificatie
            weg.openbareruimtetype = "Weg"
            weg.straatnaam = address.straat
            weg.straatnaam_verkort = address.korteStraatnaam
            add(weg, sortering: 0.7)

            var postcode = base("pcd", address.postcode + address.straat, .postcode, "\(address.straat), \(address.postcode) \(address.woonplaats)")
            postcode.postcode = address.postcode
            postcode.straatnaam = address.straat
            add(postcode, sortering: 0.9)

            var woonplaats = base("wpl", address.woonplaatsIdentificatie, .woonplaats,
                                  "\(address.woonplaats), \(address.gemeente), \(address.provincie)")
            woonplaats.identificatie = address.woonplaatsIdentificatie
            add(woonplaats, sortering: 0.5)

            var gemeente = base("gem", address.gemeentecode, .gemeente, "Gemeente \(address.gemeente)")
            gemeente.bron = "Bestuurlijke Grenzen"
            gemeente.identificatie = "GM" + address.gemeentecode
            gemeente.woonplaatscode = nil
            gemeente.woonplaatsnaam = nil
            add(gemeente, sortering: 0.3)
        }
        self.entries = entries
    }

    /// A stable 32-digit hexadecimal id from a key (two FNV-1a hashes).
    static func hex(_ key: String) -> String {
        func fnv(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in key.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
        let first = String(fnv(0xcbf2_9ce4_8422_2325), radix: 16), second = String(fnv(0x8422_2325_cbf2_9ce4), radix: 16)
        return String(repeating: "0", count: 16 - first.count) + first + String(repeating: "0", count: 16 - second.count) + second
    }
}
