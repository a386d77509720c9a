/// The checksum algorithm of a document's `integriteit`: `sha_256`, `md5`, `crc_32`, ….
///
/// ```swift
/// let integriteit = Integriteit(algoritme: .sha256, waarde: hex, datum: "2026-03-02")
/// ```
public struct IntegriteitAlgoritme: ZGWEnumeration {
    /// The official text, e.g. `sha_256`.
    public let rawValue: String

    /// Wraps the official text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `crc_16`.
    public static let crc16: Self = "crc_16"
    /// `crc_32`.
    public static let crc32: Self = "crc_32"
    /// `crc_64`.
    public static let crc64: Self = "crc_64"
    /// `fletcher_4`.
    public static let fletcher4: Self = "fletcher_4"
    /// `fletcher_8`.
    public static let fletcher8: Self = "fletcher_8"
    /// `fletcher_16`.
    public static let fletcher16: Self = "fletcher_16"
    /// `fletcher_32`.
    public static let fletcher32: Self = "fletcher_32"
    /// `hmac`.
    public static let hmac: Self = "hmac"
    /// `md5`.
    public static let md5: Self = "md5"
    /// `sha_1`.
    public static let sha1: Self = "sha_1"
    /// `sha_256`.
    public static let sha256: Self = "sha_256"
    /// `sha_512`.
    public static let sha512: Self = "sha_512"
    /// `sha_3`.
    public static let sha3: Self = "sha_3"
}
