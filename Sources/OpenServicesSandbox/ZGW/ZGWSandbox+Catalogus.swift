extension ZGWSandbox {
    /// The catalogus "Sandbox-catalogus" (domein `SBX`, rsin ``rsin``).
    public static let catalogus = Resource(.catalogi, "catalogussen", "ca7a1095-0000-4000-8000-000000000001")
    /// The RSIN of the fictitious municipality that owns the catalogus, the zaken and the documents: `002564440`.
    public static let rsin = "002564440"

    /// Zaaktype "Melding openbare ruimte" (`SBX-MOR`, published).
    public static let zaaktypeMelding = Resource(.catalogi, "zaaktypen", "2aa7e000-0000-4000-8000-000000000001")
    /// Zaaktype "Aanvraag parkeervergunning" (`SBX-APV`, published).
    public static let zaaktypeParkeervergunning = Resource(.catalogi, "zaaktypen", "2aa7e000-0000-4000-8000-000000000002")
    /// Zaaktype "Bezwaar" (`SBX-BZW`), still a concept: hidden by the default `status=definitief`, refused for new zaken.
    public static let zaaktypeBezwaar = Resource(.catalogi, "zaaktypen", "2aa7e000-0000-4000-8000-000000000003")

    /// Statustype "Ontvangen" (1) of ``zaaktypeMelding``.
    public static let statustypeMeldingOntvangen = Resource(.catalogi, "statustypen", "57a70000-0000-4000-8000-000000000011")
    /// Statustype "In behandeling" (2) of ``zaaktypeMelding``.
    public static let statustypeMeldingInBehandeling = Resource(.catalogi, "statustypen", "57a70000-0000-4000-8000-000000000012")
    /// Statustype "Afgehandeld" (3, the eindstatus) of ``zaaktypeMelding``.
    public static let statustypeMeldingAfgehandeld = Resource(.catalogi, "statustypen", "57a70000-0000-4000-8000-000000000013")
    /// Statustype "Ontvangen" (1) of ``zaaktypeParkeervergunning``.
    public static let statustypeParkeervergunningOntvangen = Resource(.catalogi, "statustypen", "57a70000-0000-4000-8000-000000000021")
    /// Statustype "In behandeling" (2) of ``zaaktypeParkeervergunning``.
    public static let statustypeParkeervergunningInBehandeling = Resource(.catalogi, "statustypen", "57a70000-0000-4000-8000-000000000022")
    /// Statustype "Besluit genomen" (3, the eindstatus) of ``zaaktypeParkeervergunning``.
    public static let statustypeParkeervergunningBesluitGenomen = Resource(.catalogi, "statustypen", "57a70000-0000-4000-8000-000000000023")

    /// Roltype "Melder" (initiator) of ``zaaktypeMelding``.
    public static let roltypeMelder = Resource(.catalogi, "roltypen", "7017e000-0000-4000-8000-000000000011")
    /// Roltype "Behandelaar" (behandelaar) of ``zaaktypeMelding``.
    public static let roltypeMeldingBehandelaar = Resource(.catalogi, "roltypen", "7017e000-0000-4000-8000-000000000012")
    /// Roltype "Aanvrager" (initiator) of ``zaaktypeParkeervergunning``.
    public static let roltypeAanvrager = Resource(.catalogi, "roltypen", "7017e000-0000-4000-8000-000000000021")
    /// Roltype "Behandelaar" (behandelaar) of ``zaaktypeParkeervergunning``.
    public static let roltypeParkeervergunningBehandelaar = Resource(.catalogi, "roltypen", "7017e000-0000-4000-8000-000000000022")

    /// Resultaattype "Opgelost" of ``zaaktypeMelding``.
    public static let resultaattypeOpgelost = Resource(.catalogi, "resultaattypen", "7e5a1000-0000-4000-8000-000000000011")
    /// Resultaattype "Verleend" of ``zaaktypeParkeervergunning``.
    public static let resultaattypeVerleend = Resource(.catalogi, "resultaattypen", "7e5a1000-0000-4000-8000-000000000021")
    /// Resultaattype "Geweigerd" of ``zaaktypeParkeervergunning``.
    public static let resultaattypeGeweigerd = Resource(.catalogi, "resultaattypen", "7e5a1000-0000-4000-8000-000000000022")

    /// Eigenschap "locatieomschrijving" (tekst) of ``zaaktypeMelding``.
    public static let eigenschapLocatie = Resource(.catalogi, "eigenschappen", "e1e50000-0000-4000-8000-000000000011")
    /// Eigenschap "kenteken" (tekst) of ``zaaktypeParkeervergunning``.
    public static let eigenschapKenteken = Resource(.catalogi, "eigenschappen", "e1e50000-0000-4000-8000-000000000021")

    /// Informatieobjecttype "Foto" (used by ``zaaktypeMelding``).
    public static let informatieobjecttypeFoto = Resource(.catalogi, "informatieobjecttypen", "10170000-0000-4000-8000-000000000001")
    /// Informatieobjecttype "Aanvraagformulier" (used by ``zaaktypeParkeervergunning``).
    public static let informatieobjecttypeAanvraag = Resource(.catalogi, "informatieobjecttypen", "10170000-0000-4000-8000-000000000003")
    /// Informatieobjecttype "Besluitbrief" (used by ``zaaktypeParkeervergunning`` and ``besluittypeParkeervergunning``).
    public static let informatieobjecttypeBesluitbrief = Resource(.catalogi, "informatieobjecttypen", "10170000-0000-4000-8000-000000000004")

    /// Besluittype "Besluit op melding" of ``zaaktypeMelding``.
    public static let besluittypeMelding = Resource(.catalogi, "besluittypen", "be5a1000-0000-4000-8000-000000000001")
    /// Besluittype "Parkeervergunning" of ``zaaktypeParkeervergunning``.
    public static let besluittypeParkeervergunning = Resource(.catalogi, "besluittypen", "be5a1000-0000-4000-8000-000000000002")
}
