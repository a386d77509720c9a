/// The fictitious Handelsregister of the sandbox: ten enterprises with their branches, most at the
/// shared sandbox addresses. KVK-nummers are 8 digits, vestigingsnummers 12 digits and RSINs pass
/// the elfproef; all are invented for OpenServices.
struct KVKSandboxData: Sendable {
    /// A branch (vestiging).
    struct Branch: Sendable {
        var vestigingsnummer: String
        var naam: String
        var address: SandboxAddress
        var isMain: Bool
        var isCommercial: Bool
        var voltijd: Int
        var deeltijd: Int
    }

    /// An enterprise (maatschappelijke activiteit) and its owner.
    struct Company: Sendable {
        var kvkNummer: String
        var rsin: String?
        var naam: String
        var handelsnamen: [String]
        var rechtsvorm: String
        var uitgebreideRechtsvorm: String
        var datumAanvang: String
        var isActive: Bool
        var sbi: [(code: String, omschrijving: String)]
        var websites: [String]
        var branches: [Branch]
        /// Basisprofiel fails for it, like the official "Foutmelding" test numbers.
        var failsBasisprofiel = false
    }

    /// The companies, built once.
    static let shared = KVKSandboxData()

    let companies: [Company]

    init() {
        let a = SandboxAddresses.all
        func address(_ straat: String) -> SandboxAddress { a.first { $0.straat == straat } ?? a[0] }
        func branch(_ number: String, _ naam: String, _ straat: String, main: Bool, commercial: Bool = true, _ voltijd: Int, _ deeltijd: Int) -> Branch {
            Branch(vestigingsnummer: number, naam: naam, address: address(straat), isMain: main, isCommercial: commercial, voltijd: voltijd, deeltijd: deeltijd)
        }
        companies = [
            Company(
                kvkNummer: "71000011", rsin: "850123409", naam: "Bakkerij De Wijnhaven B.V.",
                handelsnamen: ["Bakkerij De Wijnhaven", "De Wijnhaven Brood & Banket"], rechtsvorm: "BeslotenVennootschap",
                uitgebreideRechtsvorm: "Besloten Vennootschap", datumAanvang: "20150301", isActive: true,
                sbi: [("1071", "Vervaardiging van brood en vers banketbakkerswerk"), ("4724", "Winkels in brood, banket, chocolade en suikerwerk")],
                websites: ["www.bakkerij-dewijnhaven.example"],
                branches: [
                    branch("000071000011", "Bakkerij De Wijnhaven", "Wijnhavenkade", main: true, 8, 4),
                    branch("000071000012", "De Wijnhaven Brood & Banket", "Marktveldstraat", main: false, 2, 3),
                ]),
            Company(
                kvkNummer: "71000022", rsin: "850123410", naam: "Oudegracht Fietsen V.O.F.", handelsnamen: ["Oudegracht Fietsen"],
                rechtsvorm: "VennootschapOnderFirma", uitgebreideRechtsvorm: "Vennootschap onder firma", datumAanvang: "20180515",
                isActive: true, sbi: [("4764", "Winkels in sportartikelen"), ("9529", "Reparatie van overige consumentenartikelen")],
                websites: [], branches: [branch("000071000021", "Oudegracht Fietsen", "Oudegrachtkade", main: true, 2, 1)]),
            Company(
                kvkNummer: "71000033", rsin: "850123422", naam: "Stichting Open Sandbox", handelsnamen: ["Stichting Open Sandbox"],
                rechtsvorm: "Stichting", uitgebreideRechtsvorm: "Stichting", datumAanvang: "20120101", isActive: true,
                sbi: [("9499", "Overige ideële organisaties")], websites: ["www.opensandbox.example"],
                branches: [
                    branch("000071000031", "Stichting Open Sandbox", "Spuikade", main: true, commercial: false, 25, 10),
                    branch("000071000032", "Open Sandbox Oost", "Thorbeckeplein", main: false, commercial: false, 4, 2),
                ]),
            Company(
                kvkNummer: "71000044", rsin: "850123434", naam: "Groninger Koffiebranderij B.V.", handelsnamen: ["Groninger Koffiebranderij"],
                rechtsvorm: "BeslotenVennootschap", uitgebreideRechtsvorm: "Besloten Vennootschap", datumAanvang: "20100901",
                isActive: true, sbi: [("1083", "Verwerking van thee en koffie")], websites: [],
                branches: [branch("000071000041", "Groninger Koffiebranderij", "Boterdiep-West", main: true, 6, 2)]),
            Company(
                kvkNummer: "71000055", rsin: "850123446", naam: "Vrijthof Boekhandel N.V.", handelsnamen: ["Vrijthof Boekhandel", "Boekhandel Stratum"],
                rechtsvorm: "NaamlozeVennootschap", uitgebreideRechtsvorm: "Naamloze Vennootschap", datumAanvang: "19970401",
                isActive: true, sbi: [("4761", "Winkels in boeken")], websites: ["www.vrijthofboeken.example"],
                branches: [
                    branch("000071000051", "Vrijthof Boekhandel", "Vrijthofpassage", main: true, 12, 9),
                    branch("000071000052", "Boekhandel Stratum", "Stratumsedijkhof", main: false, 3, 4),
                ]),
            Company(
                kvkNummer: "71000066", rsin: nil, naam: "J. de Vries Advies", handelsnamen: ["J. de Vries Advies"],
                rechtsvorm: "Eenmanszaak", uitgebreideRechtsvorm: "Eenmanszaak", datumAanvang: "20200102", isActive: true,
                sbi: [("7022", "Organisatie-adviesbureaus")], websites: [],
                branches: [branch("000071000061", "J. de Vries Advies", "Laan van de Sandbox", main: true, 1, 0)]),
            Company(
                kvkNummer: "71000077", rsin: "850123458", naam: "Keizersgracht Architecten B.V.", handelsnamen: ["Keizersgracht Architecten"],
                rechtsvorm: "BeslotenVennootschap", uitgebreideRechtsvorm: "Besloten Vennootschap", datumAanvang: "20080601",
                isActive: true, sbi: [("7111", "Architecten")], websites: ["www.keizersgracht-architecten.example"],
                branches: [branch("000071000071", "Keizersgracht Architecten", "Keizersgrachtpad", main: true, 9, 3)]),
            Company(
                kvkNummer: "71000088", rsin: nil, naam: "Leidse Sleutelwerken", handelsnamen: ["Leidse Sleutelwerken", "Sleutelservice Breestraat"],
                rechtsvorm: "Eenmanszaak", uitgebreideRechtsvorm: "Eenmanszaak", datumAanvang: "20110315", isActive: true,
                sbi: [("9529", "Reparatie van overige consumentenartikelen")], websites: [],
                branches: [branch("000071000081", "Leidse Sleutelwerken", "Breestraatsteeg", main: true, 1, 1)]),
            Company(
                kvkNummer: "71000099", rsin: "850123471", naam: "Coöperatie Sandbox Energie U.A.", handelsnamen: [],
                rechtsvorm: "Cooperatie", uitgebreideRechtsvorm: "Coöperatie met uitgesloten aansprakelijkheid",
                datumAanvang: "20140101", isActive: false, sbi: [("3511", "Productie van elektriciteit")], websites: [], branches: []),
            Company(
                kvkNummer: "71000100", rsin: "850123483", naam: "Sandbox Producten B.V.", handelsnamen: ["Sandbox Producten"],
                rechtsvorm: "BeslotenVennootschap", uitgebreideRechtsvorm: "Besloten Vennootschap", datumAanvang: "20190701",
                isActive: true, sbi: [("4690", "Niet-gespecialiseerde groothandel")], websites: [],
                branches: [branch("000071000101", "Sandbox Producten", "Lijnbaanhof", main: true, 3, 0)], failsBasisprofiel: true),
        ]
    }

    func company(_ kvkNummer: String) -> Company? { companies.first { $0.kvkNummer == kvkNummer } }

    func branch(_ vestigingsnummer: String) -> (Company, Branch)? {
        for company in companies {
            if let branch = company.branches.first(where: { $0.vestigingsnummer == vestigingsnummer }) { return (company, branch) }
        }
        return nil
    }
}
