/// The ZGW APIs (zaakgericht werken) OpenServices speaks, at the versions Open Zaak implements.
///
/// Each API's name is also the service name in an operation's context, its metrics and its errors
/// (`zaken`, `catalogi`, …), and the `OPENSERVICES_<API>_*` configuration prefix.
public enum ZGWAPI: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Zaken API (ZRC): cases, their statuses, results, roles, objects, documents and properties.
    case zaken
    /// Catalogi API (ZTC): the catalogues of case, status, role, result, document and decision types.
    case catalogi
    /// Documenten API (DRC): documents, their content, locks and usage rights.
    case documenten
    /// Besluiten API (BRC): decisions and their documents.
    case besluiten
    /// Notificaties API (NRC): channels, subscriptions and publishing.
    case notificaties
    /// Autorisaties API (AC): the applications (clients) and what they may do.
    case autorisaties

    /// The API version OpenServices is built and tested against.
    public var version: String {
        switch self {
        case .zaken: "1.5.1"
        case .catalogi: "1.3.1"
        case .documenten: "1.4.2"
        case .besluiten: "1.1.0"
        case .notificaties: "1.0.0"
        case .autorisaties: "1.0.0"
        }
    }

    /// The API's name, e.g. `zaken`.
    public var description: String { rawValue }
}
