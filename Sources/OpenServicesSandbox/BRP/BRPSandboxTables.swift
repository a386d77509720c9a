import OpenServicesBRP

/// Values from the BRP's national tables (Landen, Nationaliteiten, Gemeenten, …) that the sandbox persons use.
enum BRPSandboxTables {
    static let man = Waardetabel(code: "M", omschrijving: "man")
    static let vrouw = Waardetabel(code: "V", omschrijving: "vrouw")
    static let woonadres = Waardetabel(code: "W", omschrijving: "woonadres")
    static let huwelijk = Waardetabel(code: "H", omschrijving: "huwelijk")
    static let partnerschap = Waardetabel(code: "P", omschrijving: "geregistreerd partnerschap")
    static let eigenNaam = Waardetabel(code: "E", omschrijving: "eigen geslachtsnaam")
    static let partnerNaam = Waardetabel(code: "P", omschrijving: "geslachtsnaam echtgenoot of geregistreerd partner")
    static let partnerVoorEigen = Waardetabel(code: "V", omschrijving: "geslachtsnaam echtgenoot of geregistreerd partner voor eigen geslachtsnaam")
    static let rni = Waardetabel(code: "1999", omschrijving: "Registratie Niet Ingezetenen (RNI)")

    static let nederland = Waardetabel(code: "6030", omschrijving: "Nederland")
    static let frankrijk = Waardetabel(code: "5002", omschrijving: "Frankrijk")
    static let belgie = Waardetabel(code: "5010", omschrijving: "België")
    static let marokko = Waardetabel(code: "5022", omschrijving: "Marokko")
    static let somalie = Waardetabel(code: "6013", omschrijving: "Somalië")
    static let spanje = Waardetabel(code: "6037", omschrijving: "Spanje")
    static let duitsland = Waardetabel(code: "6029", omschrijving: "Duitsland")

    static let nederlandse = Waardetabel(code: "0001", omschrijving: "Nederlandse")
    static let franse = Waardetabel(code: "0057", omschrijving: "Franse")
    static let belgische = Waardetabel(code: "0052", omschrijving: "Belgische")
    static let marokkaanse = Waardetabel(code: "0131", omschrijving: "Marokkaanse")
    static let somalische = Waardetabel(code: "0149", omschrijving: "Somalische")
    static let duitse = Waardetabel(code: "0055", omschrijving: "Burger van de Bondsrepubliek Duitsland")

    static let wetNederlanderschap = Waardetabel(code: "017", omschrijving: "Rijkswet op het Nederlanderschap 1984, art. 3, lid 1")
    static let wet1892 = Waardetabel(code: "001", omschrijving: "Wet op het Nederlanderschap 1892, art.1, lid 1a")
    static let optie = Waardetabel(code: "027", omschrijving: "Rijkswet op het Nederlanderschap 1984, art. 7")
    static let vreemd = Waardetabel(code: "301", omschrijving: "Vaststelling bezit vreemde nationaliteit")
    static let bijzonder = Waardetabel(code: "310", omschrijving: "Vaststelling bijzonder Nederlanderschap")
    static let onbekend = Waardetabel(code: "311", omschrijving: "Vaststelling onbekende nationaliteit")
    static let staatloos = Waardetabel(code: "312", omschrijving: "Vaststelling staatloosheid")

    static let overlijden = Waardetabel(code: "O", omschrijving: "overlijden")
    static let emigratie = Waardetabel(code: "E", omschrijving: "emigratie")

    /// A municipality by its four-digit code.
    static func gemeente(_ code: String) -> Waardetabel {
        let names = [
            "0014": "Groningen", "0193": "Zwolle", "0307": "Amersfoort", "0344": "Utrecht", "0363": "Amsterdam",
            "0503": "Delft", "0505": "Dordrecht", "0518": "'s-Gravenhage", "0530": "Hellevoetsluis", "0546": "Leiden",
            "0599": "Rotterdam", "0772": "Eindhoven", "0935": "Maastricht", "1926": "Pijnacker-Nootdorp", "0394": "Haarlemmermeer",
            "0453": "Velsen", "0268": "Nijmegen",
        ]
        return Waardetabel(code: code, omschrijving: names[code])
    }
}
