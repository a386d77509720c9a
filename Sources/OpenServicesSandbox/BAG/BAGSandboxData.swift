import OpenServicesBAG

/// The fictitious BAG register of the sandbox: for every shared sandbox address a nummeraanduiding,
/// a verblijfsobject and a pand, plus the openbare ruimten and woonplaatsen they lie in.
///
/// Besides the shared addresses (``SandboxAddresses/all``), Wijnhavenkade in Rotterdam has
/// fourteen more homes (even numbers 14–40), so that searches have more than one page.
struct BAGSandboxData: Sendable {
    /// One address with every object behind it.
    struct Record: Sendable {
        var address: SandboxAddress
        var nummeraanduiding: BAGNummeraanduiding
        var verblijfsobject: BAGVerblijfsobject
        var pand: BAGPand
    }

    let records: [Record]
    let openbareRuimten: [String: BAGOpenbareRuimte]
    let woonplaatsen: [String: BAGWoonplaats]

    /// The register, built once.
    static let shared = BAGSandboxData()

    /// The extra Wijnhavenkade homes (not in the shared addresses).
    static var extraAddresses: [SandboxAddress] {
        guard let base = SandboxAddresses.all.first(where: { $0.straat == "Wijnhavenkade" }) else { return [] }
        return stride(from: 14, through: 40, by: 2).enumerated().map { index, huisnummer in
            var address = base
            let serial = 100 + index
            let number = String(serial * 1000 + huisnummer)
            let padded = String(repeating: "0", count: 10 - number.count) + number
            address.huisnummer = huisnummer
            address.nummeraanduidingIdentificatie = address.gemeentecode + "20" + padded
            address.adresseerbaarObjectIdentificatie = address.gemeentecode + "01" + padded
            address.pandIdentificatie = address.gemeentecode + "10" + padded
            address.rdX += Double(huisnummer - 12) * 4
            address.longitude += Double(huisnummer - 12) * 0.00006
            address.oppervlakte = 60 + huisnummer
            address.bouwjaar = 1931 + index % 3
            return address
        }
    }

    init() {
        let addresses = SandboxAddresses.all + Self.extraAddresses
        var records: [Record] = []
        var openbareRuimten: [String: BAGOpenbareRuimte] = [:]
        var woonplaatsen: [String: BAGWoonplaats] = [:]
        for (index, address) in addresses.enumerated() {
            let voorkomen = BAGVoorkomen(
                tijdstipRegistratie: "2010-01-20T10:00:00.000+01:00", versie: 1, beginGeldigheid: "2010-01-15",
                tijdstipRegistratieLV: "2010-01-20T10:05:00.000+01:00")
            let documentnummer = "SB-2010-\(1000 + index)"
            records.append(Record(
                address: address,
                nummeraanduiding: BAGNummeraanduiding(
                    identificatie: address.nummeraanduidingIdentificatie, huisnummer: address.huisnummer,
                    huisletter: address.huisletter, huisnummertoevoeging: address.huisnummertoevoeging,
                    postcode: address.postcode, documentdatum: "2010-01-15", documentnummer: documentnummer,
                    voorkomen: voorkomen, ligtAan: address.openbareRuimteIdentificatie),
                verblijfsobject: BAGVerblijfsobject(
                    identificatie: address.adresseerbaarObjectIdentificatie,
                    heeftAlsHoofdAdres: address.nummeraanduidingIdentificatie,
                    geometrie: BAGPuntOfVlak(punt: BAGGeometrie(type: "Point", coordinates: .position([address.rdX, address.rdY, 0]))),
                    gebruiksdoelen: [BAGGebruiksdoel(rawValue: address.gebruiksdoel)], oppervlakte: address.oppervlakte,
                    documentdatum: "2010-01-15", documentnummer: documentnummer, voorkomen: voorkomen,
                    maaktDeelUitVan: [address.pandIdentificatie]),
                pand: BAGPand(
                    identificatie: address.pandIdentificatie, geometrie: Self.square(around: address),
                    oorspronkelijkBouwjaar: String(address.bouwjaar), documentdatum: "2010-01-15",
                    documentnummer: documentnummer, voorkomen: voorkomen)))
            openbareRuimten[address.openbareRuimteIdentificatie] = BAGOpenbareRuimte(
                identificatie: address.openbareRuimteIdentificatie, naam: address.straat, korteNaam: address.korteStraatnaam,
                documentdatum: "2009-06-01", documentnummer: "SB-2009-\(address.gemeentecode)", voorkomen: BAGVoorkomen(
                    tijdstipRegistratie: "2009-06-02T09:00:00.000+02:00", versie: 1, beginGeldigheid: "2009-06-01",
                    tijdstipRegistratieLV: "2009-06-02T09:05:00.000+02:00"),
                ligtIn: address.woonplaatsIdentificatie)
            woonplaatsen[address.woonplaatsIdentificatie] = BAGWoonplaats(
                identificatie: address.woonplaatsIdentificatie, naam: address.woonplaats, documentdatum: "2009-01-01",
                documentnummer: "SB-2009-W\(address.woonplaatsIdentificatie)", voorkomen: BAGVoorkomen(
                    tijdstipRegistratie: "2009-01-02T09:00:00.000+01:00", versie: 1, beginGeldigheid: "2009-01-01",
                    tijdstipRegistratieLV: "2009-01-02T09:05:00.000+01:00"))
        }
        self.records = records
        self.openbareRuimten = openbareRuimten
        self.woonplaatsen = woonplaatsen
    }

    /// A 12 × 10 m outline around the address's point, closed.
    static func square(around address: SandboxAddress) -> BAGGeometrie {
        let x = address.rdX, y = address.rdY
        let ring: [BAGCoordinates] = [
            .position([x - 6, y - 5, 0]), .position([x + 6, y - 5, 0]), .position([x + 6, y + 5, 0]),
            .position([x - 6, y + 5, 0]), .position([x - 6, y - 5, 0]),
        ]
        return BAGGeometrie(type: "Polygon", coordinates: .list([.list(ring)]))
    }

    func record(nummeraanduiding id: String) -> Record? { records.first { $0.address.nummeraanduidingIdentificatie == id } }
    func record(verblijfsobject id: String) -> Record? { records.first { $0.address.adresseerbaarObjectIdentificatie == id } }
    func record(pand id: String) -> Record? { records.first { $0.address.pandIdentificatie == id } }
}
