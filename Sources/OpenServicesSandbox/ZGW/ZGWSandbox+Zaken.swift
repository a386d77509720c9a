extension ZGWSandbox {
    /// Zaak `ZAAK-2026-0000000001`, a melding of a loose paving stone by Suzanne Moulin (BSN 999993653), status Ontvangen, with a photo.
    public static let zaakStoeptegel = Resource(.zaken, "zaken", "5a4e0000-0000-4000-8000-000000000001")
    /// Zaak `ZAAK-2026-0000000002`, a melding of a broken street light by Pieter Jan de Vries (BSN 999990007), in behandeling.
    public static let zaakLantaarnpaal = Resource(.zaken, "zaken", "5a4e0000-0000-4000-8000-000000000002")
    /// Zaak `ZAAK-2026-0000000003`, an application for a parking permit by Suzanne Moulin (BSN 999993653), with the application form.
    public static let zaakParkeervergunningMoulin = Resource(.zaken, "zaken", "5a4e0000-0000-4000-8000-000000000003")
    /// Zaak `ZAAK-2026-0000000004`, a parking permit granted to Pieter Jan de Vries (BSN 999990007): closed, resultaat Verleend, with ``besluitParkeervergunning``.
    public static let zaakParkeervergunningDeVries = Resource(.zaken, "zaken", "5a4e0000-0000-4000-8000-000000000004")
    /// Zaak `ZAAK-2026-0000000005`, a melding of graffiti with only a behandelaar (medewerker), no citizen.
    public static let zaakGraffiti = Resource(.zaken, "zaken", "5a4e0000-0000-4000-8000-000000000005")

    /// Document `DOCUMENT-2026-0000000001`, the photo of ``zaakStoeptegel`` (a small PNG).
    public static let documentFoto = Resource(.documenten, "enkelvoudiginformatieobjecten", "d0c00000-0000-4000-8000-000000000001")
    /// Document `DOCUMENT-2026-0000000002`, the application form of ``zaakParkeervergunningMoulin`` (plain text).
    public static let documentAanvraag = Resource(.documenten, "enkelvoudiginformatieobjecten", "d0c00000-0000-4000-8000-000000000002")

    /// Besluit `BESLUIT-2026-0000000001`, the parking permit of ``zaakParkeervergunningDeVries``.
    public static let besluitParkeervergunning = Resource(.besluiten, "besluiten", "be510000-0000-4000-8000-000000000001")

    /// The applicatie of ``clientID`` in Autorisaties (all autorisaties).
    public static let applicatie = Resource(.autorisaties, "applicaties", "a9911ca7-0000-4000-8000-000000000001")
}
