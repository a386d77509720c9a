/// An application registered in the Autorisaties API (`Applicatie`): the client ids it signs its JWTs
/// with and what it may do.
///
/// ```swift
/// let applicatie = try await autorisaties.applicatie(clientID: "openservices-sandbox")
/// print(applicatie.label, applicatie.heeftAlleAutorisaties ?? false)
/// ```
public struct Applicatie: Sendable, Hashable, Codable {
    /// The application's own URL.
    public var url: ZGWResourceURL<Applicatie>
    /// The client ids (JWT `client_id`/`iss`) it uses.
    public var clientIds: [String]
    /// Its name.
    public var label: String
    /// Whether it may do everything, whatever ``autorisaties`` lists.
    public var heeftAlleAutorisaties: Bool?
    /// What it may do, per API.
    public var autorisaties: [Autorisatie]

    /// Creates an application record.
    public init(
        url: ZGWResourceURL<Applicatie>, clientIds: [String], label: String, heeftAlleAutorisaties: Bool? = nil,
        autorisaties: [Autorisatie] = []
    ) {
        self.url = url
        self.clientIds = clientIds
        self.label = label
        self.heeftAlleAutorisaties = heeftAlleAutorisaties
        self.autorisaties = autorisaties
    }

    /// Decodes an application; a missing `autorisaties` list decodes as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try container.decode(ZGWResourceURL<Applicatie>.self, forKey: .url)
        clientIds = try container.decode([String].self, forKey: .clientIds)
        label = try container.decode(String.self, forKey: .label)
        heeftAlleAutorisaties = try container.decodeIfPresent(Bool.self, forKey: .heeftAlleAutorisaties)
        autorisaties = try container.decodeIfPresent([Autorisatie].self, forKey: .autorisaties) ?? []
    }
}
