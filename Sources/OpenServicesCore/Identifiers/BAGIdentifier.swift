/// The identification of a BAG object: 16 digits — four for the municipality (gemeentecode), two
/// for the object type, ten for the serial number.
///
/// ```swift
/// let id = try BAGIdentifier("0518200000747446")
/// id.objectType   // .nummeraanduiding
/// ```
public struct BAGIdentifier: ValidatedIdentifier {
    /// The kind of BAG object, from digits five and six.
    public enum ObjectType: String, Sendable, Hashable, CaseIterable {
        /// `01`: verblijfsobject.
        case verblijfsobject = "01"
        /// `02`: ligplaats.
        case ligplaats = "02"
        /// `03`: standplaats.
        case standplaats = "03"
        /// `10`: pand.
        case pand = "10"
        /// `20`: nummeraanduiding.
        case nummeraanduiding = "20"
        /// `30`: openbare ruimte.
        case openbareRuimte = "30"
    }

    /// The sixteen digits.
    public let value: String

    /// Validates and creates a BAG identification.
    ///
    /// - Parameters:
    ///   - value: The sixteen digits.
    ///   - expected: When given, the object type the identification must have.
    /// - Throws: ``OpenServicesError`` naming the rule that failed: sixteen digits, a known object type, or the expected one.
    public init(_ value: String, expecting expected: ObjectType?) throws {
        _ = try IdentifierValidation.digits(value, count: 16, name: "BAG identification")
        let typeCode = String(value.dropFirst(4).prefix(2))
        guard let type = ObjectType(rawValue: typeCode) else {
            throw IdentifierValidation.invalid(
                "BAG identification",
                "'\(value)' is not a BAG identification (rule: digits 5–6 give the object type: 01, 02, 03, 10, 20 or 30; found \(typeCode)).",
                remediation: "Check that this is a BAG identification and not another number.")
        }
        if let expected, expected != type {
            throw IdentifierValidation.invalid(
                "BAG identification",
                "'\(value)' identifies a \(type), not a \(expected) (rule: object type code \(expected.rawValue)).",
                remediation: "Pass the identification of a \(expected).")
        }
        self.value = value
    }

    /// Validates and creates a BAG identification of any object type.
    ///
    /// - Throws: ``OpenServicesError`` naming the rule that failed: sixteen digits or a known object type.
    public init(_ value: String) throws {
        try self.init(value, expecting: nil)
    }

    /// The object type this identification belongs to.
    public var objectType: ObjectType { ObjectType(rawValue: String(value.dropFirst(4).prefix(2)))! }

    /// The four-digit municipality code.
    public var gemeentecode: String { String(value.prefix(4)) }

    /// The sixteen digits.
    public var description: String { value }
}
