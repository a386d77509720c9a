import OpenServicesBRP

/// What the BRP commands share.
enum BRPCommandSupport {
    /// The fields from `--fields`, or the default set for the query type (announced on standard error).
    static func fields(_ option: String?, for type: BRPQueryType) -> [BRPField] {
        if let option { return BRPField.list(option) }
        let defaults = BRPField.defaults(for: type)
        printToStandardError("note: no --fields given; asking for \(defaults.map(\.path).joined(separator: ",")) (\(type.rawValue)).")
        return defaults
    }
}
