/// A purpose (doelbinding) for processing personal data, e.g. `zorgtoeslag` under `toeslagen`.
public struct Purpose: Sendable, Hashable {
    /// The purpose id, used as the id of the `Purpose` entity.
    public var id: String
    /// The parent purpose, if any.
    public var parent: String?
    /// The legal basis (grondslag), e.g. `Wet op de zorgtoeslag, art. 1`.
    public var legalBasis: String?
    /// The URI of the processing activity (verwerkingsactiviteit) for the audit record.
    public var processingActivity: String?

    /// Creates a purpose.
    public init(id: String, parent: String? = nil, legalBasis: String? = nil, processingActivity: String? = nil) {
        self.id = id
        self.parent = parent
        self.legalBasis = legalBasis
        self.processingActivity = processingActivity
    }

    /// The entity type of purposes in policies.
    public static let entityType = "Purpose"

    /// The purpose's entity reference, `Purpose::"id"`.
    public var uid: EntityUID { EntityUID(type: Purpose.entityType, id: id) }
}
