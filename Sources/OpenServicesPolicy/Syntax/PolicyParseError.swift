/// A syntax error in a policy, schema, entities or JSON text, with its position.
public struct PolicyParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong, including what was expected.
    public var message: String
    /// Where the problem was found.
    public var location: SourceLocation
    /// The file the text came from, when known.
    public var file: String?

    /// Creates a parse error.
    public init(message: String, location: SourceLocation, file: String? = nil) {
        self.message = message
        self.location = location
        self.file = file
    }

    /// `file:line:column: message`.
    public var description: String {
        if let file { return "\(file):\(location.line):\(location.column): \(message)" }
        return "\(location.line):\(location.column): \(message)"
    }
}
