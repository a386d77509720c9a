public import HTTPTypes

extension Redaction {
    /// Header fields as `{name: value, other: <redacted>}`: values only for ``allowedHeaders``.
    public static func describe(_ fields: HTTPFields) -> String {
        guard !fields.isEmpty else { return "" }
        let items = fields.map { field -> String in
            let name = field.name.canonicalName
            let value = allowedHeaders.contains(name) ? redactText(field.value) : "<redacted>"
            return "\(field.name.rawName): \(value)"
        }
        return "{" + items.joined(separator: ", ") + "}"
    }
}
