import OpenServicesBRP

/// A `POST /personen` body that passed the sandbox's validation.
struct BRPSandboxQuery {
    var type: BRPQueryType
    var fields: [String]
    var parameters: [String: BRPJSON]

    func string(_ name: String) -> String? { parameters[name]?.string }

    var huisnummer: Int? { if case .int(let value)? = parameters["huisnummer"] { value } else { nil } }

    var inclusiefOverledenPersonen: Bool {
        if case .bool(let value)? = parameters["inclusiefOverledenPersonen"] { value } else { false }
    }

    var burgerservicenummers: [String] {
        if case .array(let items)? = parameters["burgerservicenummer"] { items.compactMap(\.string) } else { [] }
    }
}
