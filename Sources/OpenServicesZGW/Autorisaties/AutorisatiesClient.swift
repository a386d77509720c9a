public import Foundation
public import OpenServicesCore

/// The client of the Autorisaties API 1.0.0 (AC): the applications registered with a ZGW provider and
/// what they may do; most often used to look up the application behind a client id.
///
/// ```swift
/// let autorisaties = AutorisatiesClient(pipeline: pipeline, baseURL: URL(string: "https://openzaak.example.nl/autorisaties/api/v1")!)
/// let applicatie = try await autorisaties.applicatie(clientID: "mijn-app")
/// let magZakenLezen = applicatie.heeftAlleAutorisaties == true
///     || applicatie.autorisaties.contains { $0.component == .zrc && $0.scopes.contains("zaken.lezen") }
/// ```
public struct AutorisatiesClient: Sendable {
    /// The connection: pipeline, API root and the roots the provider's URLs may use.
    public let connection: ZGWConnection

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - pipeline: The pipeline, with a ``OpenServicesCore/ZGWJWTProvider`` credential.
    ///   - baseURL: The API root, e.g. `https://openzaak.example.nl/autorisaties/api/v1`.
    ///   - resourceRoots: Other roots the provider's resource URLs may start with (an FSC outway, a proxy).
    public init(pipeline: Pipeline, baseURL: URL, resourceRoots: [URL] = []) {
        connection = ZGWConnection(api: .autorisaties, pipeline: pipeline, baseURL: baseURL, resourceRoots: resourceRoots)
    }

    /// Creates a client on an existing connection to the Autorisaties API.
    public init(connection: ZGWConnection) {
        self.connection = connection
    }

    /// `GET /applicaties`: one page of applications, only those with one of `clientIds` when given.
    ///
    /// ```swift
    /// let page = try await autorisaties.applicaties(clientIds: ["mijn-app", "andere-app"])
    /// ```
    public func applicaties(clientIds: [String] = [], page: Int? = nil) async throws -> ZGWPage<Applicatie> {
        try await connection.collectionPage(
            "applicaties", query: Self.filters(clientIds), page: page, operation: "applicatie_list", of: Applicatie.self)
    }

    /// `GET /applicaties`, page after page.
    ///
    /// ```swift
    /// for try await applicatie in autorisaties.allApplicaties().items { print(applicatie.label) }
    /// ```
    public func allApplicaties(clientIds: [String] = []) -> PageSequence<ZGWPage<Applicatie>> {
        connection.collectionPages("applicaties", query: Self.filters(clientIds), operation: "applicatie_list", of: Applicatie.self)
    }

    /// `GET /applicaties/{uuid}`.
    ///
    /// ```swift
    /// let applicatie = try await autorisaties.applicatie(uuid)
    /// ```
    public func applicatie(_ uuid: UUID) async throws -> Applicatie {
        try await applicatie(ZGWResourceURL(connection.url("/applicaties/\(uuid.uuidString.lowercased())")))
    }

    /// `GET` an application by its URL.
    ///
    /// ```swift
    /// let applicatie = try await autorisaties.applicatie(applicatie.url)
    /// ```
    public func applicatie(_ url: ZGWResourceURL<Applicatie>) async throws -> Applicatie {
        let operation = "applicatie_read"
        return try await connection.get(try connection.resolve(url, operation: operation), operation: operation, as: Applicatie.self)
    }

    /// `GET /applicaties/consumer?clientId=…`: the application that uses `clientID`.
    ///
    /// ```swift
    /// let applicatie = try await autorisaties.applicatie(clientID: "mijn-app")
    /// ```
    ///
    /// The specification types the answer as a list, providers such as Open Zaak send the one object;
    /// both are read.
    ///
    /// - Throws: ``OpenServicesCore/OpenServicesError`` (`notFound`) when no application uses the client id.
    public func applicatie(clientID: String) async throws -> Applicatie {
        let operation = "applicatie_consumer"
        let url = connection.url("/applicaties/consumer", query: [("clientId", clientID)])
        let answer = try await connection.get(url, operation: operation, as: ConsumerAnswer.self)
        guard let applicatie = answer.applicaties.first else {
            throw OpenServicesError(
                .notFound, "No application in the Autorisaties API uses the client id \(clientID).",
                remediation: "Register the client id with an application, or check its spelling.",
                service: connection.api.rawValue, operation: operation)
        }
        return applicatie
    }

    private static func filters(_ clientIds: [String]) -> [(String, String)] {
        ZGWConnection.filters(("clientIds", clientIds.isEmpty ? nil : clientIds.joined(separator: ",")))
    }
}

/// The answer of `GET /applicaties/consumer`: a list of applications as the specification says, or the
/// one application as providers send it.
struct ConsumerAnswer: Decodable {
    let applicaties: [Applicatie]

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let list = try? container.decode([Applicatie].self) {
            applicaties = list
        } else {
            applicaties = [try container.decode(Applicatie.self)]
        }
    }
}
