import Foundation
import OpenServicesCore

/// The type rule of one writable field of a ZGW resource.
enum ZGWFieldKind: Sendable {
    /// A string, at most so many characters.
    case text(Int?)
    /// An absolute URL; with a collection, it must name an existing resource of it.
    case url(String?)
    /// A list of URLs, each as ``url(_:)``.
    case urls(String?)
    case date
    case dateTime
    case bool
    case int
    /// One of these strings.
    case choice([String])
    /// A nine-digit RSIN that passes the elfproef.
    case rsin
    /// A JSON object (checked further by the resource, if at all).
    case object
    /// A list of strings.
    case strings
    /// A list of JSON objects.
    case objects
    /// Base64 content (documents).
    case base64
}

/// A writable field: its type and whether it may be `null`.
struct ZGWField: Sendable {
    var kind: ZGWFieldKind
    var nullable: Bool

    init(_ kind: ZGWFieldKind, nullable: Bool = false) {
        self.kind = kind
        self.nullable = nullable
    }
}

extension ZGWState {
    /// The DRF-style error for one field value, `nil` when it is valid.
    func problem(_ name: String, _ value: ZGWJSON, _ field: ZGWField, required: Bool) -> ZGWInvalidParam? {
        if value.isNull {
            return field.nullable ? nil : ZGWInvalidParam(name, "null", "Dit veld mag niet leeg zijn.")
        }
        if value.string == "", case .text = field.kind, required { return ZGWInvalidParam(name, "blank", "Dit veld mag niet leeg zijn.") }
        if value.string == "", !required {
            switch field.kind {
            case .text, .url, .choice, .date, .dateTime, .rsin: return nil
            default: break
            }
        }
        switch field.kind {
        case .text(let maximum):
            guard let text = value.string else { return ZGWInvalidParam(name, "invalid", "Geen geldige string.") }
            if let maximum, text.count > maximum {
                return ZGWInvalidParam(name, "max_length", "Zorg ervoor dat dit veld niet meer dan \(maximum) karakters bevat.")
            }
        case .url(let collection):
            guard let text = value.string else { return ZGWInvalidParam(name, "invalid", "Voer een geldige URL in.") }
            return reference(name, text, collection)
        case .urls(let collection):
            guard let items = value.array else { return ZGWInvalidParam(name, "not_a_list", "Verwachtte een lijst met items.") }
            for (index, item) in items.enumerated() {
                guard let text = item.string else { return ZGWInvalidParam("\(name).\(index)", "invalid", "Voer een geldige URL in.") }
                if let problem = reference(name, text, collection) { return problem }
            }
        case .date:
            guard let text = value.string, ZGWDates.date(text) != nil else {
                return ZGWInvalidParam(name, "invalid", "Datum heeft het verkeerde formaat. Gebruik 1 van deze formaten: YYYY-MM-DD.")
            }
        case .dateTime:
            guard let text = value.string, ZGWDates.dateTime(text) != nil else {
                return ZGWInvalidParam(
                    name, "invalid",
                    "Datetime heeft een verkeerd formaat. Gebruik 1 van deze formaten: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].")
            }
        case .bool:
            if value.bool == nil { return ZGWInvalidParam(name, "invalid", "Moet een geldige boolean zijn.") }
        case .int:
            if value.int == nil { return ZGWInvalidParam(name, "invalid", "Een geldig getal is vereist.") }
        case .choice(let choices):
            guard let text = value.string, choices.contains(text) else {
                return ZGWInvalidParam(name, "invalid_choice", "\"\(value.filterText ?? "?")\" is een ongeldige keuze.")
            }
        case .rsin:
            guard let text = value.string else { return ZGWInvalidParam(name, "invalid", "Onjuist RSIN nummer") }
            guard text.count == 9, text.allSatisfy(\.isASCIIDigit) else {
                return ZGWInvalidParam(name, "invalid", "Waarde moet 9 cijfers lang zijn")
            }
            if (try? RSIN(text)) == nil { return ZGWInvalidParam(name, "invalid", "Onjuist RSIN nummer") }
        case .object:
            if value.object == nil { return ZGWInvalidParam(name, "invalid", "Verwachtte een dictionary van items.") }
        case .strings:
            guard let items = value.array, items.allSatisfy({ $0.string != nil }) else {
                return ZGWInvalidParam(name, "not_a_list", "Verwachtte een lijst met strings.")
            }
        case .objects:
            guard let items = value.array, items.allSatisfy({ $0.object != nil }) else {
                return ZGWInvalidParam(name, "not_a_list", "Verwachtte een lijst met objecten.")
            }
        case .base64:
            guard value.string != nil else { return ZGWInvalidParam(name, "invalid", "De inhoud moet base64 zijn.") }
        }
        return nil
    }

    /// Checks a URL and, for a collection, that it names an existing resource of it.
    func reference(_ name: String, _ text: String, _ collection: String?) -> ZGWInvalidParam? {
        guard ZGWURLs.isURL(text) else { return ZGWInvalidParam(name, "invalid", "Voer een geldige URL in.") }
        guard let collection else { return nil }
        guard let target = ZGWURLs.resolve(text) else {
            return ZGWInvalidParam(name, "bad-url", "De URL \(text) wijst niet naar een resource van deze omgeving.")
        }
        guard target.collection == collection else {
            return ZGWInvalidParam(name, "no_match", "Ongeldige hyperlink - de URL wijst niet naar een \(collection)-resource.")
        }
        guard object(at: text) != nil else {
            return ZGWInvalidParam(name, "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
        }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
