public import Foundation

/// A catalogus of the Catalogi API: the collection of zaaktypen, informatieobjecttypen and
/// besluittypen one organisation (`rsin`) maintains for a domain.
public struct Catalogus: Sendable, Hashable, Codable {
    /// The catalogus's own URL.
    public var url: ZGWResourceURL<Catalogus>
    /// The domain abbreviation, at most five characters (e.g. `ZAKEN`).
    public var domein: String
    /// The RSIN of the organisation that maintains it.
    public var rsin: String
    /// The name of the contact person for its maintenance.
    public var contactpersoonBeheerNaam: String
    /// The contact person's telephone number.
    public var contactpersoonBeheerTelefoonnummer: String?
    /// The contact person's e-mail address.
    public var contactpersoonBeheerEmailadres: String?
    /// The zaaktypen in it.
    public var zaaktypen: [ZGWResourceURL<ZaakType>]
    /// The besluittypen in it.
    public var besluittypen: [ZGWResourceURL<BesluitType>]
    /// The informatieobjecttypen in it.
    public var informatieobjecttypen: [ZGWResourceURL<InformatieObjectType>]
    /// The catalogus's name.
    public var naam: String?
    /// Its version.
    public var versie: String?
    /// The date its version took effect (`YYYY-MM-DD`).
    public var begindatumVersie: String?

    /// The UUID at the end of ``url``.
    public var uuid: UUID? { url.uuid }
}
