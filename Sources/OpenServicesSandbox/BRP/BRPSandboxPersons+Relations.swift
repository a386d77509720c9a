import OpenServicesBRP

extension BRPSandboxPersons {
    /// Marriages and partnerships: the two BSNs, the kind, when and where, and when it was dissolved.
    static let partnerships: [(String, String, Waardetabel, AbstractDatum, Waardetabel, Waardetabel, AbstractDatum?)] = [
        ("999990007", "999990020", T.huwelijk, .volledig("2008-06-20"), T.gemeente("0503"), T.nederland, nil),
        ("999990135", "999990147", T.partnerschap, .volledig("2019-05-17"), T.gemeente("0344"), T.nederland, nil),
        ("999990160", "999990172", T.huwelijk, .volledig("1956-09-12"), T.gemeente("0772"), T.nederland, .volledig("2021-03-15")),
        ("999990251", "999990263", T.huwelijk, .onbekend, Waardetabel(omschrijving: "Kismayo"), T.somalie, nil),
    ]

    /// Parentage: child, parent and which parent on the child's record.
    static let parentage: [(child: String, parent: String, OuderAanduiding)] = [
        ("999990032", "999990020", .ouder1), ("999990032", "999990007", .ouder2),
        ("999990044", "999990020", .ouder1), ("999990044", "999990007", .ouder2),
        ("999990068", "999990056", .ouder1),
        ("999990123", "999990111", .ouder1),
        ("999990159", "999990135", .ouder1),
        ("999990275", "999990263", .ouder1), ("999990275", "999990251", .ouder2),
    ]

    /// The gezag relations, by the minor's BSN: the kind and the BSNs of who holds it.
    enum Gezag {
        case gezamenlijkOuderlijk([String])
        case eenhoofdigOuderlijk(String)
        case gezamenlijk(ouder: String, derde: String)
        case voogdij([String])
        case tijdelijkGeen(String)
        case nietTeBepalen(String)
    }

    static let gezag: [(minor: String, Gezag)] = [
        ("999990032", .gezamenlijkOuderlijk(["999990020", "999990007"])),
        ("999990044", .gezamenlijkOuderlijk(["999990020", "999990007"])),
        ("999990068", .eenhoofdigOuderlijk("999990056")),
        ("999990093", .voogdij(["999990081"])),
        ("999990123", .tijdelijkGeen("Tijdelijk geen gezag omdat de enige gezaghebbende ouder onder curatele staat.")),
        ("999990159", .gezamenlijk(ouder: "999990135", derde: "999990147")),
        ("999990275", .nietTeBepalen("Gezag is niet te bepalen omdat de minderjarige in het buitenland is geboren en de gezagssituatie niet is vastgesteld.")),
    ]

    /// Links partners, parents, children and gezag on both sides and derives adressering.
    static func assemble(_ base: [Persoon]) -> [Persoon] {
        var people: [String: Persoon] = [:]
        for persoon in base { people[persoon.burgerservicenummer ?? ""] = persoon }
        func naam(_ bsn: String) -> NaamVolledigeNaam { NaamVolledigeNaam(volledigeNaam: people[bsn]?.naam?.volledigeNaam) }

        for (first, second, soort, datum, plaats, land, ontbinding) in partnerships {
            for (own, other) in [(first, second), (second, first)] {
                guard let partner = people[other] else { continue }
                people[own, default: Persoon()].partners = [Partner(
                    burgerservicenummer: other, geslacht: partner.geslacht, soortVerbintenis: soort,
                    naam: B.gerelateerdeNaam(partner.naam), geboorte: partner.geboorte,
                    aangaanHuwelijkPartnerschap: AangaanHuwelijkPartnerschap(datum: datum, land: land, plaats: plaats),
                    ontbindingHuwelijkPartnerschap: ontbinding.map { OntbindingHuwelijkPartnerschap(datum: $0) })]
            }
        }
        for (childBSN, parentBSN, aanduiding) in parentage {
            guard let child = people[childBSN], let parent = people[parentBSN] else { continue }
            people[childBSN, default: Persoon()].ouders = (child.ouders ?? []) + [Ouder(
                burgerservicenummer: parentBSN, geslacht: parent.geslacht, ouderAanduiding: aanduiding,
                datumIngangFamilierechtelijkeBetrekking: child.geboorte?.datum, naam: B.gerelateerdeNaam(parent.naam),
                geboorte: parent.geboorte)]
            people[parentBSN, default: Persoon()].kinderen = (parent.kinderen ?? []) + [Kind(
                burgerservicenummer: childBSN, naam: B.gerelateerdeNaam(child.naam), geboorte: child.geboorte)]
        }
        for (minorBSN, kind) in gezag {
            let minor = Minderjarige(burgerservicenummer: minorBSN, naam: naam(minorBSN), leeftijd: B.leeftijd(people[minorBSN]?.geboorte?.datum))
            let relatie: Gezagsrelatie
            let holders: [String]
            switch kind {
            case .gezamenlijkOuderlijk(let ouders):
                relatie = .gezamenlijkOuderlijkGezag(GezamenlijkOuderlijkGezag(
                    minderjarige: minor, ouders: ouders.map { GezagOuder(burgerservicenummer: $0, naam: naam($0)) }))
                holders = ouders
            case .eenhoofdigOuderlijk(let ouder):
                relatie = .eenhoofdigOuderlijkGezag(EenhoofdigOuderlijkGezag(minderjarige: minor, ouder: GezagOuder(burgerservicenummer: ouder, naam: naam(ouder))))
                holders = [ouder]
            case .gezamenlijk(let ouder, let derde):
                relatie = .gezamenlijkGezag(GezamenlijkGezag(
                    minderjarige: minor, ouder: GezagOuder(burgerservicenummer: ouder, naam: naam(ouder)),
                    derde: .bekendeDerde(BekendeDerde(burgerservicenummer: derde, naam: naam(derde)))))
                holders = [ouder, derde]
            case .voogdij(let derden):
                relatie = .voogdij(Voogdij(minderjarige: minor, derden: derden.map { .bekendeDerde(BekendeDerde(burgerservicenummer: $0, naam: naam($0))) }))
                holders = derden
            case .tijdelijkGeen(let toelichting):
                relatie = .tijdelijkGeenGezag(GezagToelichting(minderjarige: minor, toelichting: toelichting))
                holders = []
            case .nietTeBepalen(let toelichting):
                relatie = .gezagNietTeBepalen(GezagToelichting(minderjarige: minor, toelichting: toelichting))
                holders = []
            }
            for bsn in [minorBSN] + holders where people[bsn] != nil {
                people[bsn, default: Persoon()].gezag = (people[bsn]?.gezag ?? []) + [relatie]
            }
        }
        return base.compactMap { original in
            guard var persoon = people[original.burgerservicenummer ?? ""] else { return nil }
            persoon.adressering = B.adressering(for: persoon)
            return persoon
        }
    }
}
