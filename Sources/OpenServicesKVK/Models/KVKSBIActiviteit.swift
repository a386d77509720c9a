/// KVK `SBIActiviteit`: an activity in the Standaard Bedrijfsindeling (SBI 2008).
///
/// ```swift
/// let hoofdactiviteit = profiel.sbiActiviteiten?.first { $0.indHoofdactiviteit == "Ja" }
/// ```
public struct KVKSBIActiviteit: Hashable, Sendable, Codable {
    /// The SBI code, e.g. `6201`.
    public var sbiCode: String?
    /// Its description.
    public var sbiOmschrijving: String?
    /// Whether this is the main activity (`Ja`/`Nee`).
    public var indHoofdactiviteit: String?

    /// Creates an activity.
    public init(sbiCode: String? = nil, sbiOmschrijving: String? = nil, indHoofdactiviteit: String? = nil) {
        self.sbiCode = sbiCode
        self.sbiOmschrijving = sbiOmschrijving
        self.indHoofdactiviteit = indHoofdactiviteit
    }
}
