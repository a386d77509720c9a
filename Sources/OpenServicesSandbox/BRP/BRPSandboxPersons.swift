public import OpenServicesBRP

/// The fictitious persons of the BRP sandbox.
///
/// Everyone lives at (or last lived at) one of ``SandboxAddresses/all``, so BAG, KVK and PDOK lookups
/// of their addresses match. The shapes cover what a client meets in practice: partners, children,
/// every kind of gezag, a deceased person, persons abroad (RNI), secrecy, investigations, partly
/// unknown dates, several nationalities, a residence permit, a title of nobility, a houseboat, an
/// unknown residence, and a student house with more residents than a search may return.
///
/// 999993653 (Suzanne Moulin, Rotterdam) and 999990019 (Erebos Bultenaar) are official test BSNs; the
/// other BSNs are fictitious numbers from the 9999 test range that pass the elfproef.
public enum BRPSandboxPersons {
    typealias B = BRPSandboxPersonBuilder
    typealias T = BRPSandboxTables

    static let a = SandboxAddresses.all

    /// Every sandbox person, complete (all fields), with relatives, gezag and adressering derived.
    public static let all: [Persoon] = assemble(base)

    /// The BSNs of every sandbox person.
    public static var bsns: [String] { all.compactMap(\.burgerservicenummer) }

    /// The persons as written, before relations are linked.
    static let base: [Persoon] = families + abroad + others + students

    static let families: [Persoon] = [
        B.persoon("999993653", T.vrouw, B.naam("Suzanne", nil, "Moulin"), geboren: .volledig("1985-12-01"),
                  te: Waardetabel(omschrijving: "Thann"), land: T.frankrijk, nationaliteiten: [B.vreemd(T.franse)],
                  woont: B.adres(a[0], sinds: "2015-08-08"), gemeente: "0599", ingeschreven: "2013-11-02") {
            $0.immigratie = Immigratie(landVanwaarIngeschreven: T.frankrijk, datumVestigingInNederland: .volledig("2013-11-02"),
                                       indicatieVestigingVanuitBuitenland: true)
            $0.datumEersteInschrijvingGBA = .volledig("2013-11-02")
            $0.partners = [Partner(
                geslacht: T.man, soortVerbintenis: T.huwelijk, naam: Naam(voornamen: "Jean Marie", geslachtsnaam: "Beaudelaire", voorletters: "J.M."),
                geboorte: Geboorte(datum: .volledig("1976-08-01"), land: T.frankrijk, plaats: Waardetabel(omschrijving: "Saint Amarin")),
                aangaanHuwelijkPartnerschap: AangaanHuwelijkPartnerschap(
                    datum: .volledig("2008-12-01"), land: T.frankrijk, plaats: Waardetabel(omschrijving: "Thann")))]
            $0.ouders = [
                Ouder(geslacht: T.vrouw, ouderAanduiding: .ouder1, datumIngangFamilierechtelijkeBetrekking: .volledig("1985-12-01"),
                      naam: Naam(voornamen: "Lisette", geslachtsnaam: "Béamont", voorletters: "L."),
                      geboorte: Geboorte(datum: .volledig("1956-12-01"), land: T.frankrijk, plaats: Waardetabel(omschrijving: "Clermont-Ferrand"))),
                Ouder(geslacht: T.man, ouderAanduiding: .ouder2, datumIngangFamilierechtelijkeBetrekking: .volledig("1985-12-01"),
                      naam: Naam(voornamen: "Guillaume", geslachtsnaam: "Moulin", voorletters: "G."),
                      geboorte: Geboorte(datum: .volledig("1955-04-03"), land: T.frankrijk, plaats: Waardetabel(omschrijving: "Toulon"))),
            ]
        },
        // De Vries–Bakker, Nootdorp: married parents with two children under joint parental authority.
        B.persoon("999990007", T.man, B.naam("Pieter Jan", "de", "Vries"), geboren: .volledig("1978-04-12"), te: T.gemeente("0503"),
                  nationaliteiten: [.nationaliteit(NationaliteitBekend(nationaliteit: T.nederlandse, redenOpname: T.wet1892))],
                  woont: B.adres(a[5], sinds: "2009-03-01"), gemeente: "1926", ingeschreven: "2009-03-01") {
            $0.ouders = [
                Ouder(geslacht: T.vrouw, ouderAanduiding: .ouder1, datumIngangFamilierechtelijkeBetrekking: .volledig("1978-04-12"),
                      naam: Naam(voornamen: "Maria", geslachtsnaam: "Smit", voorletters: "M."),
                      geboorte: Geboorte(datum: .volledig("1952-02-02"), land: T.nederland, plaats: T.gemeente("0503"))),
                Ouder(geslacht: T.man, ouderAanduiding: .ouder2, datumIngangFamilierechtelijkeBetrekking: .volledig("1978-04-12"),
                      naam: Naam(voornamen: "Jan", voorvoegsel: "de", geslachtsnaam: "Vries", voorletters: "J."),
                      geboorte: Geboorte(datum: .jaar(1950), land: T.nederland, plaats: T.gemeente("0503"))),
            ]
        },
        B.persoon("999990020", T.vrouw, B.naam("Anna", nil, "Bakker", gebruik: T.partnerVoorEigen), geboren: .volledig("1980-11-30"),
                  te: T.gemeente("0546"), woont: B.adres(a[5], sinds: "2009-03-01"), gemeente: "1926", ingeschreven: "2009-03-01"),
        B.persoon("999990032", T.vrouw, B.naam("Sanne", "de", "Vries"), geboren: .volledig("2012-09-03"), te: T.gemeente("0503"),
                  woont: B.adres(a[5], sinds: "2012-09-05"), gemeente: "1926", ingeschreven: "2012-09-05"),
        B.persoon("999990044", T.man, B.naam("Daan", "de", "Vries"), geboren: .volledig("2016-02-14"), te: T.gemeente("1926"),
                  woont: B.adres(a[5], sinds: "2016-02-16"), gemeente: "1926", ingeschreven: "2016-02-16"),
        // El Amrani, Rotterdam: a mother with two nationalities and her daughter under her sole authority.
        B.persoon("999990056", T.vrouw, B.naam("Fatima", "el", "Amrani"), geboren: .volledig("1988-07-19"),
                  te: Waardetabel(omschrijving: "Nador"), land: T.marokko,
                  nationaliteiten: [
                      B.vreemd(T.marokkaanse, sinds: .volledig("1988-07-19")),
                      .nationaliteit(NationaliteitBekend(nationaliteit: T.nederlandse, redenOpname: T.optie, datumIngangGeldigheid: .volledig("2007-05-10"))),
                  ],
                  woont: B.adres(a[1], sinds: "2014-01-06"), gemeente: "0599", ingeschreven: "1995-03-01") {
            $0.immigratie = Immigratie(landVanwaarIngeschreven: T.marokko, datumVestigingInNederland: .volledig("1995-03-01"),
                                       indicatieVestigingVanuitBuitenland: true)
        },
        B.persoon("999990068", T.vrouw, B.naam("Yasmin", "el", "Amrani"), geboren: .volledig("2015-05-23"), te: T.gemeente("0599"),
                  woont: B.adres(a[1], sinds: "2015-05-26"), gemeente: "0599", ingeschreven: "2015-05-26"),
        // Kok and Visser, Maastricht: an aunt who is the guardian (voogdij) of her nephew.
        B.persoon("999990081", T.vrouw, B.naam("Johanna Maria", nil, "Kok"), geboren: .volledig("1970-01-15"), te: T.gemeente("0935"),
                  nationaliteiten: [.nationaliteit(NationaliteitBekend(nationaliteit: T.nederlandse, redenOpname: T.wet1892))],
                  woont: B.adres(a[8], sinds: "2001-06-01"), gemeente: "0935", ingeschreven: "1970-01-16"),
        B.persoon("999990093", T.man, B.naam("Noah", nil, "Visser"), geboren: .volledig("2013-10-02"), te: T.gemeente("0935"),
                  woont: B.adres(a[8], sinds: "2019-11-20"), gemeente: "0935", ingeschreven: "2013-10-04") {
            $0.ouders = [
                Ouder(geslacht: T.vrouw, ouderAanduiding: .ouder1, datumIngangFamilierechtelijkeBetrekking: .volledig("2013-10-02"),
                      naam: Naam(voornamen: "Lieke", geslachtsnaam: "Kok", voorletters: "L."),
                      geboorte: Geboorte(datum: .volledig("1984-03-30"), land: T.nederland, plaats: T.gemeente("0935"))),
                Ouder(geslacht: T.man, ouderAanduiding: .ouder2, datumIngangFamilierechtelijkeBetrekking: .volledig("2013-10-02"),
                      naam: Naam(voornamen: "Tom", geslachtsnaam: "Visser", voorletters: "T."),
                      geboorte: Geboorte(datum: .jaarMaand(1982, 11), land: T.nederland, plaats: T.gemeente("0935"))),
            ]
        },
        // Hoekstra, Groningen: a father under curatele; his son temporarily has nobody with authority.
        B.persoon("999990111", T.man, B.naam("Gerrit", nil, "Hoekstra"), geboren: .volledig("1975-02-28"), te: T.gemeente("0014"),
                  nationaliteiten: [.nationaliteit(NationaliteitBekend(nationaliteit: T.nederlandse, redenOpname: T.wet1892))],
                  woont: B.adres(a[3], sinds: "2010-10-01"), gemeente: "0014", ingeschreven: "1975-03-01") {
            $0.indicatieCurateleRegister = true
            $0.uitsluitingKiesrecht = UitsluitingKiesrecht(uitgeslotenVanKiesrecht: true, einddatum: .volledig("2029-12-31"))
        },
        B.persoon("999990123", T.man, B.naam("Lucas", nil, "Hoekstra"), geboren: .volledig("2017-06-11"), te: T.gemeente("0014"),
                  woont: B.adres(a[3], sinds: "2017-06-13"), gemeente: "0014", ingeschreven: "2017-06-13"),
        // Bos and Hendriks, Utrecht: registered partners; the mother and her partner share authority (gezamenlijk gezag).
        B.persoon("999990135", T.vrouw, B.naam("Lotte", nil, "Bos"), geboren: .volledig("1986-03-09"), te: T.gemeente("0344"),
                  woont: B.adres(a[4], sinds: "2012-04-01"), gemeente: "0344", ingeschreven: "1986-03-10"),
        B.persoon("999990147", T.man, B.naam("Mark", nil, "Hendriks"), geboren: .volledig("1984-12-24"), te: T.gemeente("0307"),
                  woont: B.adres(a[4], sinds: "2018-09-15"), gemeente: "0344", ingeschreven: "2018-09-15"),
        B.persoon("999990159", T.vrouw, B.naam("Emma", nil, "Bos"), geboren: .volledig("2014-08-30"), te: T.gemeente("0344"),
                  woont: B.adres(a[4], sinds: "2014-09-01"), gemeente: "0344", ingeschreven: "2014-09-01"),
        // Smit, Rotterdam: a man who died in 2021 and his widow, whose birth day is not known.
        B.persoon("999990160", T.man, B.naam("Hendrik", nil, "Smit"), geboren: .volledig("1931-05-10"), te: T.gemeente("0772"),
                  nationaliteiten: [.nationaliteit(NationaliteitBekend(nationaliteit: T.nederlandse, redenOpname: T.wet1892))],
                  woont: B.adres(a[11], sinds: "1998-05-01"), gemeente: "0599", ingeschreven: "1998-05-01") {
            $0.overlijden = Overlijden(datum: .volledig("2021-03-15"), land: T.nederland, plaats: T.gemeente("0599"))
            $0.opschortingBijhouding = OpschortingBijhouding(reden: T.overlijden, datum: .volledig("2021-03-15"))
        },
        B.persoon("999990172", T.vrouw, B.naam("Geertruida", "van", "Dijk", gebruik: T.partnerNaam), geboren: .jaarMaand(1934, 7),
                  te: T.gemeente("0772"),
                  nationaliteiten: [.nationaliteit(NationaliteitBekend(nationaliteit: T.nederlandse, redenOpname: T.wet1892))],
                  woont: B.adres(a[11], sinds: "1998-05-01"), gemeente: "0599", ingeschreven: "1998-05-01"),
        // Yusuf and Warsame, Eindhoven: partly unknown dates, a residence permit, statelessness, an unknown nationality.
        B.persoon("999990251", T.man, B.naam("Ahmed", nil, "Yusuf"), geboren: .jaarMaand(1975, 6),
                  te: Waardetabel(omschrijving: "Mogadishu"), land: T.somalie, nationaliteiten: [B.vreemd(T.somalische)],
                  woont: B.adres(a[6], sinds: "2016-03-01"), gemeente: "0772", ingeschreven: "2016-03-01") {
            $0.verblijfstitel = Verblijfstitel(
                aanduiding: Waardetabel(code: "27", omschrijving: "Vw 2000 art. 8, sub d, verg. asiel onbep. tijd of langdurig ingez., arbeid vrij"),
                datumIngang: .volledig("2021-03-01"))
            $0.immigratie = Immigratie(landVanwaarIngeschreven: T.somalie, datumVestigingInNederland: .volledig("2015-11-20"),
                                       indicatieVestigingVanuitBuitenland: true)
            $0.ouders = [Ouder(ouderAanduiding: .ouder1, naam: Naam(voornamen: "Halima", geslachtsnaam: "Abdi", voorletters: "H."),
                               geboorte: Geboorte(datum: .onbekend, land: T.somalie))]
        },
        B.persoon("999990263", T.vrouw, B.naam("Amina", nil, "Warsame"), geboren: .jaar(1979),
                  te: Waardetabel(omschrijving: "Kismayo"), land: T.somalie,
                  nationaliteiten: [.staatloos(BijzondereNationaliteit(redenOpname: T.staatloos, datumIngangGeldigheid: .volledig("2016-03-01")))],
                  woont: B.adres(a[6], sinds: "2016-03-01"), gemeente: "0772", ingeschreven: "2016-03-01") {
            $0.verblijfstitel = Verblijfstitel(
                aanduiding: Waardetabel(code: "27", omschrijving: "Vw 2000 art. 8, sub d, verg. asiel onbep. tijd of langdurig ingez., arbeid vrij"),
                datumIngang: .volledig("2021-03-01"))
        },
        B.persoon("999990275", T.vrouw, B.naam("Hodan", nil, "Yusuf"), geboren: .volledig("2012-01-20"),
                  te: Waardetabel(omschrijving: "Kismayo"), land: T.somalie,
                  nationaliteiten: [.nationaliteitOnbekend(BijzondereNationaliteit(redenOpname: T.onbekend, datumIngangGeldigheid: .volledig("2016-03-01")))],
                  woont: B.adres(a[6], sinds: "2016-03-01"), gemeente: "0772", ingeschreven: "2016-03-01"),
    ]

    static let abroad: [Persoon] = [
        // Living in Spain, registered in the RNI.
        B.persoon("999990184", T.man, B.naam("Thomas", nil, "Kuipers"), geboren: .volledig("1969-09-21"), te: T.gemeente("0363"),
                  nationaliteiten: [.nationaliteit(NationaliteitBekend(nationaliteit: T.nederlandse, redenOpname: T.wet1892))],
                  woont: .verblijfplaatsBuitenland(VerblijfplaatsBuitenland(
                      verblijfadres: VerblijfadresBuitenland(regel1: "Calle del Sol 14", regel2: "29680 Estepona", regel3: "Málaga", land: T.spanje),
                      datumVan: .volledig("2016-05-01"))),
                  gemeente: "1999", ingeschreven: "2016-05-01") {
            $0.opschortingBijhouding = OpschortingBijhouding(reden: Waardetabel(code: "R", omschrijving: "pl is aangelegd in de rni"), datum: .volledig("2016-05-01"))
            $0.rni = [RniDeelnemer(deelnemer: Waardetabel(code: "0101", omschrijving: "Belastingdienst"), categorie: "Persoon"),
                      RniDeelnemer(deelnemer: Waardetabel(code: "0101", omschrijving: "Belastingdienst"), categorie: "Verblijfplaats")]
            $0.verificatie = Verificatie(datum: .volledig("2023-02-14"), omschrijving: "Ambassade Madrid")
            $0.europeesKiesrecht = EuropeesKiesrecht(aanduiding: Waardetabel(code: "2", omschrijving: "persoon ontvangt oproep"))
        },
        // Emigrated to Belgium from Utrecht.
        B.persoon("999990196", T.vrouw, B.naam("Jacqueline", nil, "Dubois"), geboren: .volledig("1990-06-30"),
                  te: Waardetabel(omschrijving: "Brussel"), land: T.belgie, nationaliteiten: [B.vreemd(T.belgische)],
                  woont: .verblijfplaatsBuitenland(VerblijfplaatsBuitenland(
                      verblijfadres: VerblijfadresBuitenland(regel1: "Rue de la Loi 155", regel2: "1040 Etterbeek", land: T.belgie),
                      datumVan: .volledig("2022-09-01"))),
                  gemeente: "0344", ingeschreven: "2012-08-20") {
            $0.opschortingBijhouding = OpschortingBijhouding(reden: T.emigratie, datum: .volledig("2022-09-01"))
        },
    ]

    static let others: [Persoon] = [
        // Under investigation (official test BSN 999990019).
        B.persoon("999990019", T.man,
                  B.naam("Erebos", nil, "Bultenaar", inOnderzoek: InOnderzoek(["geslachtsnaam", "voornamen"], since: .volledig("2022-03-01"))),
                  geboren: .volledig("2000-04-01"), te: T.gemeente("0530"),
                  woont: B.adres(a[3], sinds: "2019-08-26", inOnderzoek: InOnderzoek(["adresseerbaarObjectIdentificatie"], since: .jaarMaand(2024, 2))),
                  gemeente: "0014", ingeschreven: "2019-08-26") {
            $0.geboorte?.inOnderzoek = InOnderzoek(["datum"], since: .volledig("2022-03-01"))
            $0.inOnderzoek = InOnderzoek(["geslacht", "burgerservicenummer"], since: .volledig("2022-03-01"), dateName: "datumIngangOnderzoekPersoon")
        },
        // Residence unknown since 2019.
        B.persoon("999990202", T.man, B.naam("Kees", nil, "Dekker"), geboren: .volledig("1979-11-05"), te: T.gemeente("0599"),
                  nationaliteiten: [.nationaliteit(NationaliteitBekend(nationaliteit: T.nederlandse, redenOpname: T.wet1892))],
                  woont: .verblijfplaatsOnbekend(VerblijfplaatsOnbekend(datumVan: .volledig("2019-04-01"))),
                  gemeente: "0599", ingeschreven: "2004-01-12"),
        // Lives on a houseboat (Locatie), treated as a Dutch national.
        B.persoon("999990214", T.man, B.naam("Bram", nil, "Schipper"), geboren: .volledig("1983-01-17"), te: T.gemeente("0505"),
                  nationaliteiten: [.behandeldAlsNederlander(BijzondereNationaliteit(redenOpname: T.bijzonder, datumIngangGeldigheid: .volledig("2003-01-17")))],
                  woont: .locatie(Locatie(verblijfadres: VerblijfadresLocatie(locatiebeschrijving: "Woonboot bij de Wijnhaven"),
                                          functieAdres: T.woonadres, datumVan: .volledig("2018-07-01"))),
                  gemeente: "0599", ingeschreven: "2018-07-01"),
        // Secrecy: data may not be given to third parties.
        B.persoon("999990226", T.vrouw, B.naam("Sophie", nil, "Verbeek"), geboren: .volledig("1992-04-04"), te: T.gemeente("0363"),
                  woont: B.adres(a[2], sinds: "2020-02-01"), gemeente: "0363", ingeschreven: "2020-02-01") {
            $0.geheimhoudingPersoonsgegevens = true
        },
        // A predicate of nobility.
        B.persoon("999990238", T.man,
                  B.naam("Frederik Willem", "van", "Assendelft", predicaat: AdellijkeTitelPredicaat(code: "JH", omschrijving: "jonkheer", soort: .predicaat)),
                  geboren: .volledig("1958-10-10"), te: T.gemeente("0518"),
                  nationaliteiten: [.nationaliteit(NationaliteitBekend(nationaliteit: T.nederlandse, redenOpname: T.wet1892))],
                  woont: B.adres(a[2], sinds: "1996-11-01"), gemeente: "0363", ingeschreven: "1996-11-01"),
    ]

    /// Eleven students share one house in Leiden: more than a street or nummeraanduiding search may return (10).
    static let students: [Persoon] = studentRows.map { bsn, geslacht, voornaam, voorvoegsel, naam, geboren, plaats in
        let german = plaats == "0000"
        return B.persoon(bsn, geslacht, B.naam(voornaam, voorvoegsel, naam), geboren: .volledig(geboren),
                         te: german ? Waardetabel(omschrijving: "Köln") : T.gemeente(plaats), land: german ? T.duitsland : T.nederland,
                         nationaliteiten: german ? [B.vreemd(T.duitse)] : [B.nederlands],
                         woont: B.adres(a[9], sinds: "2023-09-01"), gemeente: "0546", ingeschreven: "2023-09-01")
    }

    /// BSN, sex, given name, prefix, surname, birth date and birth municipality (`0000`: Köln) of the students.
    static let studentRows: [(String, Waardetabel, String, String?, String, String, String)] = [
        ("999990287", T.vrouw, "Femke", nil, "Jansen", "2003-02-11", "0394"),
        ("999990299", T.man, "Lars", nil, "Meijer", "2002-07-30", "0546"),
        ("999990305", T.vrouw, "Noor", "de", "Boer", "2004-01-05", "0599"),
        ("999990317", T.man, "Thijs", nil, "Mulder", "2001-10-19", "0344"),
        ("999990329", T.vrouw, "Julia", "de", "Groot", "2003-12-24", "0363"),
        ("999990330", T.vrouw, "Eva", nil, "Vos", "2005-03-15", "0453"),
        ("999990342", T.man, "Ruben", nil, "Peters", "2002-05-02", "0268"),
        ("999990354", T.vrouw, "Lisa", "van den", "Berg", "2004-08-08", "0518"),
        ("999990366", T.man, "Jesse", nil, "Smeets", "2003-06-21", "0935"),
        ("999990378", T.vrouw, "Maud", nil, "Kramer", "2005-09-09", "0014"),
        ("999990391", T.man, "Jonas", nil, "Schneider", "2002-11-27", "0000"),
    ]
}
