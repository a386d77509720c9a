/// How requested fields that are not authorised are handled.
public enum FieldMode: String, Sendable, Hashable {
    /// Deny the whole request with reason `unauthorizedField` (the BRP's behaviour).
    case strict
    /// Allow the authorised subset and report the dropped fields.
    case minimise
}
