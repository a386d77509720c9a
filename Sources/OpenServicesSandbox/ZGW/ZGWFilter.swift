import Foundation

/// One query parameter a ZGW list endpoint filters on: how its value is checked and what it matches.
struct ZGWFilter: Sendable {
    /// The rule the value must satisfy (a URL, a choice, a date…), or `nil` for any text.
    var kind: ZGWFieldKind?
    /// The value used when the parameter is absent (the Catalogi `status` filter defaults to `definitief`).
    var defaultValue: String?
    /// Whether an object matches the (canonical) value.
    var matches: @Sendable (String, ZGWObject, ZGWState) -> Bool

    init(
        _ kind: ZGWFieldKind? = nil, default defaultValue: String? = nil,
        matches: @escaping @Sendable (String, ZGWObject, ZGWState) -> Bool
    ) {
        self.kind = kind
        self.defaultValue = defaultValue
        self.matches = matches
    }

    /// The field (a dotted path into nested objects) equals the value.
    static func exact(_ path: String, _ kind: ZGWFieldKind? = nil) -> ZGWFilter {
        let keys = path.split(separator: ".").map(String.init)
        return ZGWFilter(kind) { value, object, _ in lookup(object, keys)?.filterText == value }
    }

    /// The field equals one of the comma-separated values (`…__in`).
    static func among(_ field: String) -> ZGWFilter {
        ZGWFilter { value, object, _ in
            let wanted = value.split(separator: ",").map { ZGWURLs.canonical(String($0)) }
            return object[field]?.filterText.map(wanted.contains) ?? false
        }
    }

    /// The list field contains the value.
    static func contains(_ field: String, _ kind: ZGWFieldKind? = nil) -> ZGWFilter {
        ZGWFilter(kind) { value, object, _ in
            let wanted = value.split(separator: ",").map(String.init)
            return object[field]?.array?.contains { item in item.string.map(wanted.contains) ?? false } ?? false
        }
    }

    /// The date(-time) filters of a field: `field`, `field__gt`, `__gte`, `__lt`, `__lte`, `__isnull`.
    static func dates(_ field: String) -> [String: ZGWFilter] {
        func compare(_ test: @escaping @Sendable (String, String) -> Bool) -> ZGWFilter {
            ZGWFilter(.date) { value, object, _ in
                guard let stored = object[field]?.string, !stored.isEmpty else { return false }
                return test(String(stored.prefix(10)), value)
            }
        }
        return [
            field: compare { $0 == $1 }, field + "__gt": compare { $0 > $1 }, field + "__gte": compare { $0 >= $1 },
            field + "__lt": compare { $0 < $1 }, field + "__lte": compare { $0 <= $1 },
            field + "__isnull": ZGWFilter(.bool) { value, object, _ in
                let isNull = object[field].map { $0.isNull || $0.string == "" } ?? true
                return isNull == (value == "true")
            },
        ]
    }

    static func lookup(_ object: ZGWObject, _ keys: [String]) -> ZGWJSON? {
        var current: ZGWJSON? = .object(object)
        for key in keys { current = current?[key] }
        return current
    }
}
