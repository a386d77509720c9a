/// An item of a statustype's checklist (`checklistitemStatustype`).
public struct CheckListItem: Sendable, Hashable, Codable {
    /// The item's name.
    public var itemnaam: String
    /// An explanation.
    public var toelichting: String?
    /// The question to answer.
    public var vraagstelling: String
    /// Whether answering is required.
    public var verplicht: Bool?
}
