/// The kind of object a zaakobject points at (`objectType`): `adres`, `pand`, `natuurlijk_persoon`, …, `overige`.
public struct ZaakObjectType: ZGWEnumeration {
    /// The official text.
    public let rawValue: String

    /// Wraps the official text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `adres`.
    public static let adres: Self = "adres"
    /// `besluit`.
    public static let besluit: Self = "besluit"
    /// `buurt`.
    public static let buurt: Self = "buurt"
    /// `enkelvoudig_document`.
    public static let enkelvoudigDocument: Self = "enkelvoudig_document"
    /// `gemeente`.
    public static let gemeente: Self = "gemeente"
    /// `gemeentelijke_openbare_ruimte`.
    public static let gemeentelijkeOpenbareRuimte: Self = "gemeentelijke_openbare_ruimte"
    /// `huishouden`.
    public static let huishouden: Self = "huishouden"
    /// `inrichtingselement`.
    public static let inrichtingselement: Self = "inrichtingselement"
    /// `kadastrale_onroerende_zaak`.
    public static let kadastraleOnroerendeZaak: Self = "kadastrale_onroerende_zaak"
    /// `kunstwerkdeel`.
    public static let kunstwerkdeel: Self = "kunstwerkdeel"
    /// `maatschappelijke_activiteit`.
    public static let maatschappelijkeActiviteit: Self = "maatschappelijke_activiteit"
    /// `medewerker`.
    public static let medewerker: Self = "medewerker"
    /// `natuurlijk_persoon`.
    public static let natuurlijkPersoon: Self = "natuurlijk_persoon"
    /// `niet_natuurlijk_persoon`.
    public static let nietNatuurlijkPersoon: Self = "niet_natuurlijk_persoon"
    /// `openbare_ruimte`.
    public static let openbareRuimte: Self = "openbare_ruimte"
    /// `organisatorische_eenheid`.
    public static let organisatorischeEenheid: Self = "organisatorische_eenheid"
    /// `pand`.
    public static let pand: Self = "pand"
    /// `spoorbaandeel`.
    public static let spoorbaandeel: Self = "spoorbaandeel"
    /// `status`.
    public static let status: Self = "status"
    /// `terreindeel`.
    public static let terreindeel: Self = "terreindeel"
    /// `terrein_gebouwd_object`.
    public static let terreinGebouwdObject: Self = "terrein_gebouwd_object"
    /// `vestiging`.
    public static let vestiging: Self = "vestiging"
    /// `waterdeel`.
    public static let waterdeel: Self = "waterdeel"
    /// `wegdeel`.
    public static let wegdeel: Self = "wegdeel"
    /// `wijk`.
    public static let wijk: Self = "wijk"
    /// `woonplaats`.
    public static let woonplaats: Self = "woonplaats"
    /// `woz_deelobject`.
    public static let wozDeelobject: Self = "woz_deelobject"
    /// `woz_object`.
    public static let wozObject: Self = "woz_object"
    /// `woz_waarde`.
    public static let wozWaarde: Self = "woz_waarde"
    /// `zakelijk_recht`.
    public static let zakelijkRecht: Self = "zakelijk_recht"
    /// `overige`.
    public static let overige: Self = "overige"
}
