public import HTTPTypes

/// The header fields the ZGW APIs define.
public enum ZGWHeaders {
    /// `Accept-Crs`: the coordinate system the client wants geometries in.
    public static let acceptCrs = HTTPField.Name("Accept-Crs")!
    /// `Content-Crs`: the coordinate system of the geometries in the request body.
    public static let contentCrs = HTTPField.Name("Content-Crs")!
    /// `X-Audit-Toelichting`: the reason for a change, kept in the audit trail.
    public static let auditToelichting = HTTPField.Name("X-Audit-Toelichting")!
    /// `API-version`: the version of the API that answered.
    public static let apiVersion = HTTPField.Name("API-version")!
    /// WGS 84, the only coordinate system the ZGW APIs support: `EPSG:4326`.
    public static let epsg4326 = "EPSG:4326"
}
