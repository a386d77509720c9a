/// How far the archiving of a zaak is (`archiefstatus`).
public struct Archiefstatus: ZGWEnumeration {
    /// The official text.
    public let rawValue: String

    /// Wraps the official text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `nog_te_archiveren`: not archived yet.
    public static let nogTeArchiveren: Self = "nog_te_archiveren"
    /// `gearchiveerd`: archived.
    public static let gearchiveerd: Self = "gearchiveerd"
    /// `gearchiveerd_procestermijn_onbekend`: archived, process term unknown.
    public static let gearchiveerdProcestermijnOnbekend: Self = "gearchiveerd_procestermijn_onbekend"
    /// `overgedragen`: transferred to an archive.
    public static let overgedragen: Self = "overgedragen"
}
