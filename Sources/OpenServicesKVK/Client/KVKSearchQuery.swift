public import OpenServicesCore

/// The search parameters of KVK Zoeken v2 (`GET /v2/zoeken`), validated before anything is sent.
///
/// ```swift
/// var query = KVKSearchQuery(naam: "Sandbox")
/// query.plaats = "Rotterdam"
/// query.type = [.hoofdvestiging]
/// let byNumber = try KVKSearchQuery(kvkNummer: "71000011")
/// ```
public struct KVKSearchQuery: Hashable, Sendable {
    /// The 8-digit KVK-nummer.
    public var kvkNummer: KVKNummer?
    /// The RSIN.
    public var rsin: RSIN?
    /// The 12-digit vestigingsnummer.
    public var vestigingsnummer: Vestigingsnummer?
    /// The name a branch or legal entity trades under.
    public var naam: String?
    /// The street.
    public var straatnaam: String?
    /// The place.
    public var plaats: String?
    /// The postcode; only with a house number or a PO box number.
    public var postcode: Postcode?
    /// The house number; only with a postcode.
    public var huisnummer: Int?
    /// The house letter; only with a house number.
    public var huisletter: String?
    /// The PO box number; only with a postcode.
    public var postbusnummer: Int?
    /// Only these kinds of result.
    public var type: [KVKResultaatType]
    /// Also inactive registrations.
    public var inclusiefInactieveRegistraties: Bool?

    /// A query; set the members you search on.
    public init(naam: String? = nil, straatnaam: String? = nil, plaats: String? = nil, type: [KVKResultaatType] = []) {
        self.naam = naam
        self.straatnaam = straatnaam
        self.plaats = plaats
        self.type = type
    }

    /// A query on a KVK-nummer, validated.
    ///
    /// - Throws: ``OpenServicesError`` (invalid input) unless it is 8 digits.
    public init(kvkNummer: String) throws {
        self.init()
        self.kvkNummer = try KVKNummer(kvkNummer)
    }

    /// A query on a postcode and house number, validated.
    ///
    /// - Throws: ``OpenServicesError`` (invalid input) for a malformed postcode or house number.
    public init(postcode: String, huisnummer: Int, huisletter: String? = nil) throws {
        self.init()
        self.postcode = try Postcode(postcode)
        self.huisnummer = huisnummer
        self.huisletter = huisletter
        try validate()
    }

    /// Checks the combinations and ranges the specification gives.
    ///
    /// - Throws: ``OpenServicesError`` (invalid input) naming the rule.
    public func validate() throws {
        func invalid(_ message: String, _ remediation: String) -> OpenServicesError {
            OpenServicesError(.invalidInput, message, remediation: remediation, service: "kvk", operation: "zoeken")
        }
        if let huisnummer, !(0...99_999).contains(huisnummer) {
            throw invalid("The house number \(huisnummer) is out of range (rule: 1–5 digits).", "Give the house number without letter.")
        }
        if let postbusnummer, !(0...99_999).contains(postbusnummer) {
            throw invalid("The PO box number \(postbusnummer) is out of range (rule: 1–5 digits).", "Give the PO box number.")
        }
        if let huisletter, !(huisletter.count == 1 && huisletter.allSatisfy { $0.isASCII && $0.isLetter }) {
            throw invalid("The house letter '\(huisletter)' is not one letter.", "Give one letter, e.g. A.")
        }
        if postcode != nil, huisnummer == nil, postbusnummer == nil {
            throw invalid("A postcode can only be searched with a house number or a PO box number.", "Add --house-number or a PO box number.")
        }
        if (huisnummer != nil || postbusnummer != nil), postcode == nil {
            throw invalid("A house number or PO box number can only be searched with a postcode.", "Add the postcode.")
        }
        if huisletter != nil, huisnummer == nil {
            throw invalid("A house letter can only be searched with a house number.", "Add the house number.")
        }
        let criteria: [Bool] = [
            kvkNummer != nil, rsin != nil, vestigingsnummer != nil, naam?.isEmpty == false, straatnaam?.isEmpty == false,
            plaats?.isEmpty == false, postcode != nil,
        ]
        guard criteria.contains(true) else {
            throw invalid("The search has no criteria.", "Search on a name, KVK-nummer, RSIN, vestigingsnummer, street, place or postcode.")
        }
    }

    /// The query items in the order of the specification.
    var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if let kvkNummer { items.append(("kvkNummer", kvkNummer.value)) }
        if let rsin { items.append(("rsin", rsin.value)) }
        if let vestigingsnummer { items.append(("vestigingsnummer", vestigingsnummer.value)) }
        if let naam { items.append(("naam", naam)) }
        if let straatnaam { items.append(("straatnaam", straatnaam)) }
        if let plaats { items.append(("plaats", plaats)) }
        if let postcode { items.append(("postcode", postcode.value)) }
        if let huisnummer { items.append(("huisnummer", String(huisnummer))) }
        if let huisletter { items.append(("huisletter", huisletter)) }
        if let postbusnummer { items.append(("postbusnummer", String(postbusnummer))) }
        for type in type { items.append(("type", type.rawValue)) }
        if let inclusiefInactieveRegistraties { items.append(("inclusiefInactieveRegistraties", String(inclusiefInactieveRegistraties))) }
        return items
    }
}
