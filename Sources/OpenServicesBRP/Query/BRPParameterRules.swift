import Foundation

/// The official patterns of the `POST /personen` query parameters (BRP Personen 2.7), used by the
/// client before sending and by the sandbox on receipt.
public enum BRPParameterRules {
    /// `geslachtsnaam` (and the required `voornamen`): letters, digits, space, `.-'`; a trailing `*`
    /// wildcard after at least 3 characters.
    public static let geslachtsnaam = #"^[a-zA-Z0-9À-ž \.\-\']{1,200}$|^[a-zA-Z0-9À-ž \.\-\']{3,199}\*{1}$"#
    /// Optional `voornamen`: a trailing `*` wildcard is allowed.
    public static let voornamenOptioneel = #"^[a-zA-Z0-9À-ž \.\-\']{1,199}\*{0,1}$"#
    /// `geslacht`: M, V or O.
    public static let geslacht = #"^([Mm]|[Vv]|[Oo])$"#
    /// `voorvoegsel`: up to 10 letters, spaces and apostrophes.
    public static let voorvoegsel = #"^[a-zA-Z \']{1,10}$"#
    /// `huisletter`: one letter.
    public static let huisletter = #"^[a-zA-Z]{1}$"#
    /// `huisnummertoevoeging`: up to 4 letters, digits, spaces or hyphens.
    public static let huisnummertoevoeging = #"^[a-zA-Z0-9 \-]{1,4}$"#
    /// `postcode`: four digits (the first not 0), an optional space and two letters.
    public static let postcode = #"^[1-9]{1}[0-9]{3}[ ]?[A-Za-z]{2}$"#
    /// `straat`: a `*` wildcard at the start or end after at least 7 characters.
    public static let straat = #"^[a-zA-Z0-9À-ž \-\'\.]{1,80}$|^[a-zA-Z0-9À-ž \-\'\.]{7,79}\*{1}$|^\*{1}[a-zA-Z0-9À-ž \-\'\.]{7,79}$"#
    /// `gemeenteVanInschrijving`: a four-digit municipality code.
    public static let gemeenteVanInschrijving = #"^[0-9]{4}$"#
    /// `burgerservicenummer`: nine digits.
    public static let burgerservicenummer = #"^[0-9]{9}$"#
    /// `nummeraanduidingIdentificatie` and `adresseerbaarObjectIdentificatie`: 16 digits, not all zero.
    public static let bagIdentificatie = #"^(?!0{16})[0-9]{16}$"#
    /// `huisnummer`: 1 to 99999.
    public static let huisnummer = 1...99_999

    /// Whether `value` matches `pattern` (ICU regular expression, as the specification writes it).
    public static func matches(_ value: String, _ pattern: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        let range = NSRange(value.startIndex..., in: value)
        return regex.firstMatch(in: value, range: range) != nil
    }

    /// Whether `value` is a real calendar date written `yyyy-MM-dd`.
    public static func isDate(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              year >= 1, (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}
