public import Foundation

/// A notification (`Notificatie`, Notificaties API 1.0 `Message`): what a ZGW API published on a
/// channel and what a subscriber's webhook receives.
///
/// ```json
/// {"kanaal": "zaken", "hoofdObject": "https://…/zaken/api/v1/zaken/5b1e…", "resource": "status",
///  "resourceUrl": "https://…/zaken/api/v1/statussen/8c2d…", "actie": "create",
///  "aanmaakdatum": "2026-03-18T10:15:30.123456Z", "kenmerken": {"bronorganisatie": "002220647"}}
/// ```
///
/// `aanmaakdatum` is read from ISO 8601 with or without fractional seconds and with `Z`, a `±HH:MM`
/// offset or no offset (read as UTC); it is written in UTC. Decoding refuses an empty `kanaal`,
/// `resource` or `actie` and a `hoofdObject` or `resourceUrl` that is not an absolute URL, naming the field.
public struct ZGWNotification: Sendable, Hashable, Codable {
    /// The channel (`Kanaal.naam`) it was published on, e.g. `zaken`, `documenten`, `besluiten`.
    public var kanaal: String
    /// The URL of the main object the notification concerns, e.g. the zaak of a new status.
    public var hoofdObject: URL
    /// The name of the resource it is about, e.g. `zaak`, `status`, `enkelvoudiginformatieobject`.
    public var resource: String
    /// The URL of that resource.
    public var resourceUrl: URL
    /// What happened: `create`, `update`, `partial_update`, `destroy`, or an action the publishing API defines.
    public var actie: String
    /// When it happened.
    public var aanmaakdatum: Date
    /// The channel's attributes (kenmerken) with their values, e.g. `bronorganisatie`, `zaaktype`;
    /// subscriptions filter on them.
    public var kenmerken: [String: String]

    /// Creates a notification, e.g. to publish it with ``NotificatiesClient/publish(_:options:)``.
    public init(
        kanaal: String, hoofdObject: URL, resource: String, resourceUrl: URL, actie: String, aanmaakdatum: Date,
        kenmerken: [String: String] = [:]
    ) {
        self.kanaal = kanaal
        self.hoofdObject = hoofdObject
        self.resource = resource
        self.resourceUrl = resourceUrl
        self.actie = actie
        self.aanmaakdatum = aanmaakdatum
        self.kenmerken = kenmerken
    }

    /// The official field names.
    enum CodingKeys: String, CodingKey {
        case kanaal, hoofdObject, resource, resourceUrl, actie, aanmaakdatum, kenmerken
    }

    /// Decodes the official JSON, checking what the schema demands of each field.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kanaal = try container.decodeNonEmpty(.kanaal)
        hoofdObject = try container.decodeAbsoluteURL(.hoofdObject)
        resource = try container.decodeNonEmpty(.resource)
        resourceUrl = try container.decodeAbsoluteURL(.resourceUrl)
        actie = try container.decodeNonEmpty(.actie)
        let text = try container.decode(String.self, forKey: .aanmaakdatum)
        guard let date = ZGWDateTime.parse(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .aanmaakdatum, in: container,
                debugDescription: "not an ISO 8601 date-time such as 2026-03-18T10:15:30.123456Z")
        }
        aanmaakdatum = date
        kenmerken = try container.decodeIfPresent([String: String].self, forKey: .kenmerken) ?? [:]
    }

    /// Encodes the official JSON; `aanmaakdatum` in UTC.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kanaal, forKey: .kanaal)
        try container.encode(hoofdObject.absoluteString, forKey: .hoofdObject)
        try container.encode(resource, forKey: .resource)
        try container.encode(resourceUrl.absoluteString, forKey: .resourceUrl)
        try container.encode(actie, forKey: .actie)
        try container.encode(ZGWDateTime.format(aanmaakdatum), forKey: .aanmaakdatum)
        try container.encode(kenmerken, forKey: .kenmerken)
    }
}
