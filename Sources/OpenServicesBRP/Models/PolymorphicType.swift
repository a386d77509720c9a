/// Reads and writes the `type` discriminator of the polymorphic BRP schemas.
enum PolymorphicType {
    enum Key: String, CodingKey { case type }

    static func read(_ decoder: any Decoder) throws -> String {
        try decoder.container(keyedBy: Key.self).decode(String.self, forKey: .type)
    }

    static func write(_ type: String, _ payload: (any Encodable)?, to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(type, forKey: .type)
        try payload?.encode(to: encoder)
    }
}
