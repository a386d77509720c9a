/// Why evaluating a policy failed.
public struct EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The category of a failure.
    public enum Kind: String, Sendable, Hashable {
        /// An operand had the wrong type.
        case typeError
        /// An entity referenced for an attribute or tag does not exist.
        case entityDoesNotExist
        /// A record or entity lacks the attribute.
        case attributeDoesNotExist
        /// An entity lacks the tag.
        case tagDoesNotExist
        /// 64-bit overflow.
        case overflow
        /// An extension function failed (e.g. invalid literal).
        case extensionError
        /// A resource limit was hit.
        case limitExceeded
    }

    /// The category.
    public var kind: Kind
    /// A human-readable explanation.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }

    static func type(_ expected: String, _ got: Value) -> EvaluationError {
        EvaluationError(.typeError, "type error: expected \(expected), got \(got.typeName)")
    }
}
