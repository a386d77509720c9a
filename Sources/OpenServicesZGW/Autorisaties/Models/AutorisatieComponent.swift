/// The API an autorisatie applies to (`component`): `zrc` (Zaken), `ztc` (Catalogi), `drc`
/// (Documenten), `brc` (Besluiten), `nrc` (Notificaties), `ac` (Autorisaties).
///
/// ```swift
/// let zaken = applicatie.autorisaties.filter { $0.component == .zrc }
/// ```
public struct AutorisatieComponent: ZGWEnumeration {
    /// The official text, e.g. `zrc`.
    public let rawValue: String

    /// Wraps the official text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `ac`: the Autorisaties API.
    public static let ac: Self = "ac"
    /// `nrc`: the Notificaties API.
    public static let nrc: Self = "nrc"
    /// `zrc`: the Zaken API.
    public static let zrc: Self = "zrc"
    /// `ztc`: the Catalogi API.
    public static let ztc: Self = "ztc"
    /// `drc`: the Documenten API.
    public static let drc: Self = "drc"
    /// `brc`: the Besluiten API.
    public static let brc: Self = "brc"
}
