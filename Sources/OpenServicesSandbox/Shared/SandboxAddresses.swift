/// The fictitious addresses shared by the sandbox's BRP, BAG, KVK and PDOK fakes.
public enum SandboxAddresses {
    /// Every sandbox address.
    public static let all: [SandboxAddress] = [
        address("Wijnhavenkade", 12, nil, nil, "3011WK", "Rotterdam", "Rotterdam", "0599", "3086", "Zuid-Holland", 1,
                rd: (93_270.0, 436_880.0), wgs: (51.9166, 4.4862), "woonfunctie", 86, 1931),
        address("Lijnbaanhof", 7, "A", nil, "3012EK", "Rotterdam", "Rotterdam", "0599", "3086", "Zuid-Holland", 2,
                rd: (92_650.0, 437_520.0), wgs: (51.9222, 4.4770), "woonfunctie", 64, 1957),
        address("Keizersgrachtpad", 301, nil, "2", "1016EE", "Amsterdam", "Amsterdam", "0363", "3594", "Noord-Holland", 3,
                rd: (120_950.0, 487_620.0), wgs: (52.3731, 4.8855), "woonfunctie", 112, 1689),
        address("Boterdiep-West", 45, nil, nil, "9712LP", "Groningen", "Groningen", "0014", "2309", "Groningen", 4,
                rd: (233_560.0, 582_360.0), wgs: (53.2231, 6.5683), "woonfunctie", 95, 1912),
        address("Oudegrachtkade", 88, "B", nil, "3511AV", "Utrecht", "Utrecht", "0344", "3295", "Utrecht", 5,
                rd: (136_700.0, 455_800.0), wgs: (52.0890, 5.1200), "woonfunctie", 71, 1890),
        address("Laan van de Sandbox", 15, nil, nil, "2631CR", "Nootdorp", "Pijnacker-Nootdorp", "1926", "2498", "Zuid-Holland", 6,
                rd: (85_870.0, 449_010.0), wgs: (52.0443, 4.3950), "woonfunctie", 128, 2004),
        address("Stratumsedijkhof", 3, nil, nil, "5611NA", "Eindhoven", "Eindhoven", "0772", "1771", "Noord-Brabant", 7,
                rd: (161_500.0, 382_900.0), wgs: (51.4340, 5.4800), "woonfunctie", 102, 1936),
        address("Thorbeckeplein", 1, nil, nil, "8011CW", "Zwolle", "Zwolle", "0193", "1331", "Overijssel", 8,
                rd: (203_300.0, 502_800.0), wgs: (52.5120, 6.0940), "kantoorfunctie", 540, 1978),
        address("Vrijthofpassage", 22, nil, nil, "6211LE", "Maastricht", "Maastricht", "0935", "2331", "Limburg", 9,
                rd: (176_150.0, 317_800.0), wgs: (50.8490, 5.6890), "winkelfunctie", 210, 1905),
        address("Breestraatsteeg", 40, nil, "bis", "2311CS", "Leiden", "Leiden", "0546", "2088", "Zuid-Holland", 10,
                rd: (93_250.0, 463_900.0), wgs: (52.1590, 4.4880), "woonfunctie", 58, 1850),
        address("Spuikade", 70, nil, nil, "2511CV", "'s-Gravenhage", "'s-Gravenhage", "0518", "1245", "Zuid-Holland", 11,
                rd: (81_500.0, 455_300.0), wgs: (52.0790, 4.3170), "kantoorfunctie", 1_850, 1995),
        address("Marktveldstraat", 5, nil, nil, "3011HE", "Rotterdam", "Rotterdam", "0599", "3086", "Zuid-Holland", 12,
                rd: (93_310.0, 436_920.0), wgs: (51.9170, 4.4868), "woonfunctie", 77, 1964),
    ]

    /// The address with this nummeraanduiding identification.
    public static func address(nummeraanduiding id: String) -> SandboxAddress? {
        all.first { $0.nummeraanduidingIdentificatie == id }
    }

    // swiftlint:disable:next function_parameter_count
    private static func address(
        _ straat: String, _ huisnummer: Int, _ huisletter: String?, _ toevoeging: String?, _ postcode: String,
        _ woonplaats: String, _ gemeente: String, _ gemeentecode: String, _ woonplaatsID: String, _ provincie: String,
        _ serial: Int, rd: (Double, Double), wgs: (Double, Double), _ gebruiksdoel: String, _ oppervlakte: Int, _ bouwjaar: Int
    ) -> SandboxAddress {
        let number = String(repeating: "0", count: 10 - String(serial * 1000 + huisnummer).count) + String(serial * 1000 + huisnummer)
        let street = String(repeating: "0", count: 10 - String(serial * 10).count) + String(serial * 10)
        return SandboxAddress(
            straat: straat, korteStraatnaam: String(straat.prefix(24)), huisnummer: huisnummer, huisletter: huisletter,
            huisnummertoevoeging: toevoeging, postcode: postcode, woonplaats: woonplaats, gemeente: gemeente,
            gemeentecode: gemeentecode, woonplaatsIdentificatie: woonplaatsID, provincie: provincie,
            nummeraanduidingIdentificatie: gemeentecode + "20" + number,
            adresseerbaarObjectIdentificatie: gemeentecode + "01" + number,
            pandIdentificatie: gemeentecode + "10" + number,
            openbareRuimteIdentificatie: gemeentecode + "30" + street,
            rdX: rd.0, rdY: rd.1, latitude: wgs.0, longitude: wgs.1, gebruiksdoel: gebruiksdoel,
            oppervlakte: oppervlakte, bouwjaar: bouwjaar)
    }
}
