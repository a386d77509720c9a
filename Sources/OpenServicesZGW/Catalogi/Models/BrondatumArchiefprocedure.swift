/// How the date from which a case's retention period runs is derived (`brondatumArchiefprocedure`).
public struct BrondatumArchiefprocedure: Sendable, Hashable, Codable {
    /// The rule, e.g. `afgehandeld` or `eigenschap`.
    public var afleidingswijze: String
    /// The name of the attribute that holds the date, when the rule needs one.
    public var datumkenmerk: String?
    /// Whether the end date is known.
    public var einddatumBekend: Bool?
    /// The object type that holds the date.
    public var objecttype: String?
    /// The registration that holds the object.
    public var registratie: String?
    /// The process term, ISO 8601.
    public var procestermijn: String?
}
