/// Why a policy bundle could not be loaded.
public struct PolicyBundleError: Error, Sendable, CustomStringConvertible {
    /// The problems: parse errors and validation problems, each with file, line and column when known.
    public var problems: [String]

    /// Creates an error.
    public init(problems: [String]) { self.problems = problems }

    /// The problems, one per line.
    public var description: String { problems.joined(separator: "\n") }
}
