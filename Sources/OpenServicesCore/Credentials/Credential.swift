public import HTTPTypes

/// What a ``CredentialProvider`` supplies for one call: header fields to add to the request.
///
/// A TLS client identity (mTLS) is a property of the connection, not of a request: it is
/// configured on the connector (`HTTPConnector.Configuration.tls`) rather than returned here.
///
/// Its ``description`` names the headers but never shows their values.
public struct Credential: Sendable, Hashable, CustomStringConvertible {
    /// The header fields to set on the request (e.g. `Authorization: Bearer …`, `X-Api-Key: …`).
    public var headerFields: HTTPFields

    /// Creates a credential.
    public init(headerFields: HTTPFields) { self.headerFields = headerFields }

    /// A credential of one header field.
    public init(_ name: HTTPField.Name, _ value: String) {
        var fields = HTTPFields()
        fields[name] = value
        self.init(headerFields: fields)
    }

    /// Sets every header of the credential on `fields`, replacing existing values.
    public func apply(to fields: inout HTTPFields) {
        for field in headerFields { fields[field.name] = field.value }
    }

    /// `Credential(Authorization, X-Api-Key)`: header names only.
    public var description: String {
        "Credential(" + headerFields.map(\.name.rawName).joined(separator: ", ") + ")"
    }
}
