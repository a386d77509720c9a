/// The JSON body of `POST /personen` (`PersonenQuery` and its seven subtypes): `type`, `fields` and
/// the parameters of that type. Absent parameters are left out.
struct PersonenQueryBody: Encodable, Sendable {
    var type: String
    var fields: [String]
    var burgerservicenummer: [String]?
    var geslachtsnaam: String?
    var geboortedatum: String?
    var geslacht: String?
    var voorvoegsel: String?
    var voornamen: String?
    var gemeenteVanInschrijving: String?
    var inclusiefOverledenPersonen: Bool?
    var postcode: String?
    var huisnummer: Int?
    var huisletter: String?
    var huisnummertoevoeging: String?
    var straat: String?
    var nummeraanduidingIdentificatie: String?
    var adresseerbaarObjectIdentificatie: String?

    init(type: BRPQueryType, fields: [BRPField]) {
        self.type = type.rawValue
        self.fields = fields.map(\.path)
    }
}
