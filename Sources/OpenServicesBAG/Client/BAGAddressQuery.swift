public import OpenServicesCore

/// The search parameters of BAG `GET /adressen` (bevraagAdressen), validated before anything is sent.
///
/// Give one of the combinations the service accepts: postcode and house number (with letter and
/// addition), woonplaats name and street name (with house number), a free-text `q`, an addressable
/// object, or a pand.
///
/// ```swift
/// let query = try BAGAddressQuery(postcode: "3011 wk", huisnummer: 12)      // postcode normalised to 3011WK
/// let free = BAGAddressQuery(q: "Wijnhavenkade 12 Rotterdam")
/// ```
public struct BAGAddressQuery: Hashable, Sendable {
    /// The postcode, normalised.
    public var postcode: Postcode?
    /// The house number, 1–99999.
    public var huisnummer: Int?
    /// The house letter, one letter.
    public var huisletter: String?
    /// The house number addition, 1–4 letters or digits.
    public var huisnummertoevoeging: String?
    /// Only exact matches on letter and addition (`exacteMatch`).
    public var exacteMatch: Bool?
    /// The addressable object (verblijfsobject, ligplaats, standplaats) identification.
    public var adresseerbaarObjectIdentificatie: BAGIdentifier?
    /// The woonplaats name.
    public var woonplaatsNaam: String?
    /// The street (openbare ruimte) name.
    public var openbareRuimteNaam: String?
    /// The pand identification.
    public var pandIdentificatie: BAGIdentifier?
    /// A free-text search term on postcode, place, street, number, letter and addition (`q`).
    public var q: String?
    /// Also addresses whose current version has an end status (`inclusiefEindStatus`).
    public var inclusiefEindStatus: Bool?

    /// An empty query; set its members, then the client validates it.
    public init() {}

    /// A query on postcode and house number, validated.
    ///
    /// - Throws: ``OpenServicesError`` (invalid input) for a malformed postcode, number, letter or addition.
    public init(
        postcode: String, huisnummer: Int, huisletter: String? = nil, huisnummertoevoeging: String? = nil,
        exacteMatch: Bool? = nil
    ) throws {
        self.postcode = try Postcode(postcode)
        self.huisnummer = huisnummer
        self.huisletter = huisletter
        self.huisnummertoevoeging = huisnummertoevoeging
        self.exacteMatch = exacteMatch
        try validate()
    }

    /// A query on place and street name, optionally with a house number.
    public init(woonplaatsNaam: String, openbareRuimteNaam: String, huisnummer: Int? = nil) {
        self.woonplaatsNaam = woonplaatsNaam
        self.openbareRuimteNaam = openbareRuimteNaam
        self.huisnummer = huisnummer
    }

    /// A free-text query (`q`), e.g. `Wijnhavenkade 12 Rotterdam`.
    public init(q: String) {
        self.q = q
    }

    /// Checks the rules of the specification that can be checked without the service.
    ///
    /// - Throws: ``OpenServicesError`` (invalid input) naming the rule.
    public func validate() throws {
        func invalid(_ message: String, _ remediation: String) -> OpenServicesError {
            OpenServicesError(.invalidInput, message, remediation: remediation, service: "bag", operation: "adressen.zoeken")
        }
        if let huisnummer, !(1...99_999).contains(huisnummer) {
            throw invalid("The house number \(huisnummer) is out of range (rule: 1–99999).", "Give the house number without letter or addition.")
        }
        if let huisletter, !(huisletter.count == 1 && huisletter.allSatisfy { $0.isASCII && $0.isLetter }) {
            throw invalid("The house letter '\(huisletter)' is not one letter (rule: ^[a-zA-Z]$).", "Give the house letter as one letter, e.g. A.")
        }
        if let addition = huisnummertoevoeging,
           !((1...4).contains(addition.count) && addition.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            throw invalid("The house number addition '\(addition)' is invalid (rule: 1–4 letters or digits).", "Give the addition without spaces or dashes, e.g. bis or 2.")
        }
        if let q, q.isEmpty || q.count > 255 {
            throw invalid("The search term q must be 1–255 characters.", "Give a search term such as 'Wijnhavenkade 12 Rotterdam'.")
        }
        if postcode != nil, huisnummer == nil {
            throw invalid("A postcode must be combined with a house number.", "Add the house number.")
        }
        if (huisletter != nil || huisnummertoevoeging != nil), huisnummer == nil {
            throw invalid("A house letter or addition needs a house number.", "Add the house number.")
        }
        if (woonplaatsNaam == nil) != (openbareRuimteNaam == nil) {
            throw invalid("woonplaatsNaam and openbareRuimteNaam must be given together.", "Give both the place and the street name.")
        }
        let searches = [postcode != nil, woonplaatsNaam != nil, q != nil, adresseerbaarObjectIdentificatie != nil, pandIdentificatie != nil]
        guard searches.contains(true) else {
            throw invalid("The address query has no search parameters.", "Give a postcode and house number, a place and street, q, an addressable object or a pand.")
        }
    }

    /// The query items, in the order of the specification.
    var queryItems: [(String, String)] {
        var items: [(String, String)] = []
        if let postcode { items.append(("postcode", postcode.value)) }
        if let huisnummer { items.append(("huisnummer", String(huisnummer))) }
        if let huisnummertoevoeging { items.append(("huisnummertoevoeging", huisnummertoevoeging)) }
        if let huisletter { items.append(("huisletter", huisletter)) }
        if let exacteMatch { items.append(("exacteMatch", String(exacteMatch))) }
        if let adresseerbaarObjectIdentificatie { items.append(("adresseerbaarObjectIdentificatie", adresseerbaarObjectIdentificatie.value)) }
        if let woonplaatsNaam { items.append(("woonplaatsNaam", woonplaatsNaam)) }
        if let openbareRuimteNaam { items.append(("openbareRuimteNaam", openbareRuimteNaam)) }
        if let pandIdentificatie { items.append(("pandIdentificatie", pandIdentificatie.value)) }
        if let q { items.append(("q", q)) }
        if let inclusiefEindStatus { items.append(("inclusiefEindStatus", String(inclusiefEindStatus))) }
        return items
    }
}
