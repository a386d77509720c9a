/// The government services OpenServices reaches, as named in configuration
/// (`OPENSERVICES_<SERVICE>_…`).
public enum ServiceName: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// BRP Personen (Haal Centraal), RvIG.
    case brp
    /// BAG Individuele Bevragingen, Kadaster.
    case bag
    /// KVK Handelsregister (Zoeken, Basisprofiel, Vestigingsprofiel).
    case kvk
    /// PDOK Locatieserver.
    case pdok
    /// ZGW Zaken API.
    case zaken
    /// ZGW Catalogi API.
    case catalogi
    /// ZGW Documenten API.
    case documenten
    /// ZGW Besluiten API.
    case besluiten
    /// ZGW Notificaties API.
    case notificaties
    /// ZGW Autorisaties API.
    case autorisaties

    /// The service name in lower case, as used in metrics and logs.
    public var description: String { rawValue }

    /// The prefix of the service's environment variables, e.g. `OPENSERVICES_BAG`.
    public var environmentPrefix: String { "OPENSERVICES_\(rawValue.uppercased())" }

    /// The API root the service's spec gives as its server URL, to show in configuration errors.
    public var exampleURL: String {
        switch self {
        case .brp: "https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp"
        case .bag: "https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2"
        case .kvk: "https://api.kvk.nl/api"
        case .pdok: "https://api.pdok.nl/bzk/locatieserver/search/v3_1"
        case .zaken: "https://openzaak.example.nl/zaken/api/v1"
        case .catalogi: "https://openzaak.example.nl/catalogi/api/v1"
        case .documenten: "https://openzaak.example.nl/documenten/api/v1"
        case .besluiten: "https://openzaak.example.nl/besluiten/api/v1"
        case .notificaties: "https://opennotificaties.example.nl/api/v1"
        case .autorisaties: "https://openzaak.example.nl/autorisaties/api/v1"
        }
    }

    /// The header an API key is sent in when `_API_KEY_HEADER` is not set.
    public var defaultAPIKeyHeader: String {
        self == .kvk ? "apikey" : "X-Api-Key"
    }
}
