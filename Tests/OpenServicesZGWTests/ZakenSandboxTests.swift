import Foundation
import OpenServicesCore
import OpenServicesSandbox
import OpenServicesZGW
import Testing

/// Every Zaken operation against the sandbox's Zaken fake over real HTTP, with a ZGW JWT.
@Suite struct ZakenSandboxTests {
    typealias Clients = ZGWSandboxClients

    func nieuweMelding(_ sandbox: Clients) throws -> ZaakInput {
        let rsin = try RSIN(ZGWSandbox.rsin)
        return ZaakInput(
            zaaktype: try sandbox.url(ZGWSandbox.zaaktypeMelding), bronorganisatie: rsin, verantwoordelijkeOrganisatie: rsin,
            startdatum: "2026-03-02", omschrijving: "Losse stoeptegel Dorpsstraat 1")
    }

    @Test func seededZakenListFilterAndRead() async throws {
        try await Clients.withServer { sandbox in
            let zaken = sandbox.zaken
            let first = try await zaken.zaken()
            #expect(first.count >= 5)
            let all = try await zaken.allZaken().items.reduce(into: [Zaak]()) { $0.append($1) }
            #expect(all.count == first.count)

            let meldingen = try await zaken.zaken(ZaakQuery(zaaktype: try sandbox.url(ZGWSandbox.zaaktypeMelding)))
            #expect(!meldingen.results.isEmpty)
            #expect(meldingen.results.allSatisfy { $0.zaaktype == (try? sandbox.url(ZGWSandbox.zaaktypeMelding)) })

            let stoeptegel = try await zaken.zaak(try sandbox.uuid(ZGWSandbox.zaakStoeptegel))
            #expect(stoeptegel.identificatie == "ZAAK-2026-0000000001")
            #expect(try await zaken.zaak(at: stoeptegel.url) == stoeptegel)
            #expect(try await zaken.zaken(ZaakQuery(identificatie: "ZAAK-2026-0000000001")).results.map(\.uuid) == [stoeptegel.uuid])
        }
    }

    @Test func theZakenOfAPersonAreFoundByBSNThroughZoek() async throws {
        try await Clients.withServer { sandbox in
            let page = try await sandbox.zaken.zaken(ZaakQuery(bsn: try BSN("999993653")))
            let uuids = Set(page.results.map(\.uuid))
            #expect(uuids == [try sandbox.uuid(ZGWSandbox.zaakStoeptegel), try sandbox.uuid(ZGWSandbox.zaakParkeervergunningMoulin)])
            let all = try await sandbox.zaken.allZaken(ZaakQuery(bsn: try BSN("999993653"))).collect().flatMap(\.results)
            #expect(Set(all.map(\.uuid)) == uuids)
            var query = ZaakQuery(zaaktype: try sandbox.url(ZGWSandbox.zaaktypeParkeervergunning), bsn: try BSN("999993653"))
            query.einddatumIsNull = true
            #expect(try await sandbox.zaken.zaken(query).results.map(\.uuid) == [try sandbox.uuid(ZGWSandbox.zaakParkeervergunningMoulin)])
        }
    }

    @Test func aZaakIsCreatedUpdatedPatchedAndDeleted() async throws {
        try await Clients.withServer { sandbox in
            let zaken = sandbox.zaken
            let zaak = try await zaken.createZaak(try nieuweMelding(sandbox), options: ZGWCallOptions(auditExplanation: "Melding via de app"))
            #expect(zaak.identificatie?.hasPrefix("ZAAK-2026-") == true)
            #expect(zaak.omschrijving == "Losse stoeptegel Dorpsstraat 1")

            var velden = ZaakInput(zaak)
            velden.toelichting = "Tegel ligt scheef"
            let bijgewerkt = try await zaken.updateZaak(zaak.url, with: velden, options: ZGWCallOptions(auditExplanation: "Aangevuld"))
            #expect(bijgewerkt.toelichting == "Tegel ligt scheef")

            var wijziging = ZaakPatch()
            wijziging.omschrijving = "Losse stoeptegel Dorpsstraat 1-3"
            let gepatcht = try await zaken.patchZaak(zaak.url, with: wijziging)
            #expect(gepatcht.omschrijving == "Losse stoeptegel Dorpsstraat 1-3")
            #expect(gepatcht.toelichting == "Tegel ligt scheef")

            let trail = try await zaken.auditTrail(of: zaak.url)
            #expect(trail.map(\.actie).prefix(3) == ["create", "update", "partial_update"])
            #expect(trail.first?.toelichting == "Melding via de app")
            let entry = try await zaken.auditTrailEntry(try #require(trail.first?.uuid), of: zaak.url)
            #expect(entry.resourceUrl == zaak.url.url)

            try await zaken.deleteZaak(zaak.url, options: ZGWCallOptions(auditExplanation: "Dubbele melding"))
            let gone = try await #require(throws: OpenServicesError.self) { try await zaken.zaak(at: zaak.url) }
            #expect(gone.category == .notFound)
        }
    }

    @Test func statussenAndResultaten() async throws {
        try await Clients.withServer { sandbox in
            let zaken = sandbox.zaken
            let zaak = try await zaken.createZaak(try nieuweMelding(sandbox))
            let ontvangen = try await zaken.createStatus(
                StatusInput(zaak: zaak.url, statustype: try sandbox.url(ZGWSandbox.statustypeMeldingOntvangen), statustoelichting: "Ontvangen"),
                options: ZGWCallOptions(auditExplanation: "Intake"))
            #expect(ontvangen.indicatieLaatstGezetteStatus)
            #expect(try await zaken.status(ontvangen.uuid) == ontvangen)
            #expect(try await zaken.status(at: ontvangen.url).statustype == ontvangen.statustype)
            #expect(try await zaken.statussen(zaak: zaak.url).results.map(\.uuid) == [ontvangen.uuid])
            #expect(try await zaken.allStatussen(zaak: zaak.url, statustype: ontvangen.statustype).collect().flatMap(\.results).count == 1)
            #expect(try await zaken.zaak(at: zaak.url).status == ontvangen.url)

            let resultaat = try await zaken.createResultaat(
                ResultaatInput(zaak: zaak.url, resultaattype: try sandbox.url(ZGWSandbox.resultaattypeOpgelost), toelichting: "Tegel vastgezet"))
            #expect(try await zaken.resultaat(resultaat.uuid).toelichting == "Tegel vastgezet")
            #expect(try await zaken.resultaat(at: resultaat.url) == resultaat)
            #expect(try await zaken.resultaten(zaak: zaak.url).results.map(\.uuid) == [resultaat.uuid])
            #expect(try await zaken.allResultaten(zaak: zaak.url).collect().flatMap(\.results).count == 1)
            let anders = try await zaken.updateResultaat(
                resultaat.url, with: ResultaatInput(zaak: zaak.url, resultaattype: resultaat.resultaattype, toelichting: "Tegel vervangen"))
            #expect(anders.toelichting == "Tegel vervangen")

            let afgehandeld = try await zaken.createStatus(
                StatusInput(zaak: zaak.url, statustype: try sandbox.url(ZGWSandbox.statustypeMeldingAfgehandeld)))
            #expect(try await zaken.zaak(at: zaak.url).einddatum != nil, "the eindstatus closes the zaak")
            #expect(try await zaken.status(at: ontvangen.url).indicatieLaatstGezetteStatus == false)
            #expect(afgehandeld.indicatieLaatstGezetteStatus)

            let other = try await zaken.createZaak(try nieuweMelding(sandbox))
            let resultaat2 = try await zaken.createResultaat(ResultaatInput(zaak: other.url, resultaattype: try sandbox.url(ZGWSandbox.resultaattypeOpgelost)))
            try await zaken.deleteResultaat(resultaat2.url)
            #expect(try await zaken.resultaten(zaak: other.url).results.isEmpty)
        }
    }

    @Test func rollenWithAPersonAndAnEmployee() async throws {
        try await Clients.withServer { sandbox in
            let zaken = sandbox.zaken
            let zaak = try await zaken.createZaak(try nieuweMelding(sandbox))
            let melder = try await zaken.createRol(RolInput(
                zaak: zaak.url, roltype: try sandbox.url(ZGWSandbox.roltypeMelder),
                betrokkene: .natuurlijkPersoon(RolNatuurlijkPersoon(inpBsn: try BSN("999993653"), geslachtsnaam: "Moulin", voornamen: "Suzanne")),
                roltoelichting: "Melder"))
            #expect(melder.omschrijvingGeneriek == .initiator)
            guard case .natuurlijkPersoon(let persoon) = melder.betrokkeneIdentificatie else {
                Issue.record("expected a natuurlijk persoon, got \(String(describing: melder.betrokkeneIdentificatie))")
                return
            }
            #expect(persoon.inpBsn?.value == "999993653")
            let behandelaar = try await zaken.createRol(RolInput(
                zaak: zaak.url, roltype: try sandbox.url(ZGWSandbox.roltypeMeldingBehandelaar),
                betrokkene: .medewerker(RolMedewerker(identificatie: "mdw-042", achternaam: "Vries", voorletters: "A.", voorvoegselAchternaam: "de")),
                roltoelichting: "Behandelaar"))

            #expect(try await zaken.rol(melder.uuid) == melder)
            #expect(try await zaken.rol(at: behandelaar.url).betrokkeneType == .medewerker)
            #expect(Set(try await zaken.rollen(RolQuery(zaak: zaak.url)).results.map(\.uuid)) == [melder.uuid, behandelaar.uuid])
            #expect(try await zaken.rollen(RolQuery(zaak: zaak.url, omschrijvingGeneriek: .behandelaar)).results.map(\.uuid) == [behandelaar.uuid])
            var byEmployee = RolQuery(zaak: zaak.url)
            byEmployee.medewerkerIdentificatie = "mdw-042"
            #expect(try await zaken.allRollen(byEmployee).collect().flatMap(\.results).map(\.uuid) == [behandelaar.uuid])

            try await zaken.deleteRol(behandelaar.url, options: ZGWCallOptions(auditExplanation: "Andere behandelaar"))
            #expect(try await zaken.rollen(RolQuery(zaak: zaak.url)).results.map(\.uuid) == [melder.uuid])
        }
    }

    @Test func zaakObjecten() async throws {
        try await Clients.withServer { sandbox in
            let zaken = sandbox.zaken
            let zaak = try await zaken.createZaak(try nieuweMelding(sandbox))
            let pand = "https://bag.sandbox.invalid/panden/0599100000012345"
            let object = try await zaken.createZaakObject(
                ZaakObjectInput(zaak: zaak.url, objectType: .pand, object: pand, relatieomschrijving: "Voor dit pand"))
            #expect(object.objectType == .pand)
            #expect(try await zaken.zaakObject(object.uuid) == object)
            #expect(try await zaken.zaakObject(at: object.url).relatieomschrijving == "Voor dit pand")
            #expect(try await zaken.zaakObjecten(zaak: zaak.url, objectType: .pand).results.map(\.uuid) == [object.uuid])
            #expect(try await zaken.allZaakObjecten(object: pand).collect().flatMap(\.results).map(\.uuid).contains(object.uuid))
            let anders = try await zaken.updateZaakObject(
                object.url, with: ZaakObjectInput(zaak: zaak.url, objectType: .pand, object: pand, relatieomschrijving: "Naast dit pand"))
            #expect(anders.relatieomschrijving == "Naast dit pand")
            try await zaken.deleteZaakObject(object.url)
            #expect(try await zaken.zaakObjecten(zaak: zaak.url).results.isEmpty)
        }
    }

    @Test func zaakInformatieObjecten() async throws {
        try await Clients.withServer { sandbox in
            let zaken = sandbox.zaken
            let zaak = try await zaken.createZaak(try nieuweMelding(sandbox))
            let foto = try sandbox.url(ZGWSandbox.documentFoto, as: Never.self).url
            let link = try await zaken.createZaakInformatieObject(
                ZaakInformatieObjectInput(zaak: zaak.url, informatieobject: foto, titel: "Foto van de tegel"),
                options: ZGWCallOptions(auditExplanation: "Foto toegevoegd"))
            #expect(link.aardRelatieWeergave.hasPrefix("Hoort bij"))
            #expect(try await zaken.zaakInformatieObject(link.uuid) == link)
            #expect(try await zaken.zaakInformatieObject(at: link.url).titel == "Foto van de tegel")
            #expect(try await zaken.zaakInformatieObjecten(zaak: zaak.url).map(\.uuid) == [link.uuid])
            #expect(try await zaken.zaakInformatieObjecten(informatieobject: foto).map(\.uuid).contains(link.uuid))
            let anders = try await zaken.updateZaakInformatieObject(
                link.url, with: ZaakInformatieObjectInput(zaak: zaak.url, informatieobject: foto, titel: "Foto (2)"))
            #expect(anders.titel == "Foto (2)")
            try await zaken.deleteZaakInformatieObject(link.url)
            #expect(try await zaken.zaakInformatieObjecten(zaak: zaak.url).isEmpty)
        }
    }

    @Test func zaakEigenschappen() async throws {
        try await Clients.withServer { sandbox in
            let zaken = sandbox.zaken
            let zaak = try await zaken.createZaak(try nieuweMelding(sandbox))
            let eigenschap = try sandbox.url(ZGWSandbox.eigenschapLocatie, as: Eigenschap.self)
            let waarde = try await zaken.createZaakEigenschap(ZaakEigenschapInput(zaak: zaak.url, eigenschap: eigenschap, waarde: "Voor nummer 1"))
            #expect(waarde.naam == "locatieomschrijving")
            #expect(try await zaken.zaakEigenschappen(of: zaak.url).map(\.uuid) == [waarde.uuid])
            #expect(try await zaken.zaakEigenschap(waarde.uuid, zaak: zaak.uuid) == waarde)
            #expect(try await zaken.zaakEigenschap(at: waarde.url).waarde == "Voor nummer 1")
            let anders = try await zaken.updateZaakEigenschap(
                waarde.url, with: ZaakEigenschapInput(zaak: zaak.url, eigenschap: eigenschap, waarde: "Voor nummer 3"))
            #expect(anders.waarde == "Voor nummer 3")
            try await zaken.deleteZaakEigenschap(waarde.url)
            #expect(try await zaken.zaakEigenschappen(of: zaak.url).isEmpty)
        }
    }

    @Test func aValidatieFoutNamesTheField() async throws {
        try await Clients.withServer { sandbox in
            var input = try nieuweMelding(sandbox)
            input.zaaktype = try ZGWResourceURL("\(try #require(sandbox.roots["catalogi"]).absoluteString)/zaaktypen/00000000-0000-4000-8000-000000000000")
            let error = try await #require(throws: OpenServicesError.self) { try await sandbox.zaken.createZaak(input) }
            #expect(error.status?.code == 400)
            #expect(error.serviceError?.invalidParameters.map(\.name) == ["zaaktype"])
        }
    }

    @Test func aWrongSecretIsAnAuthenticationErrorThatPointsAtTheSecret() async throws {
        try await Clients.withServer(secret: "niet-het-geheim") { sandbox in
            let error = try await #require(throws: OpenServicesError.self) { try await sandbox.zaken.zaken() }
            #expect(error.code == .unauthenticated)
            #expect(error.status?.code == 403)
            #expect(error.serviceError?.code == "invalid-jwt-signature")
            #expect(error.remediation?.contains("secret") == true)
            let catalogi = try await #require(throws: OpenServicesError.self) { try await sandbox.catalogi.catalogussen() }
            #expect(catalogi.code == .unauthenticated)
        }
    }

    @Test func aTokenIssuedInTheFutureIsAnAuthenticationErrorThatPointsAtTheClock() async throws {
        try await Clients.withServer(clock: { Date().addingTimeInterval(600) }) { sandbox in
            let error = try await #require(throws: OpenServicesError.self) { try await sandbox.zaken.zaak(try sandbox.uuid(ZGWSandbox.zaakStoeptegel)) }
            #expect(error.code == .unauthenticated)
            #expect(error.serviceError?.code == "jwt-immature")
            #expect(error.remediation?.contains("clock") == true)
        }
    }

    /// The call of the OpenServicesZGW DocC article, run against the sandbox.
    @Test func theArticlesLifeCycleRuns() async throws {
        try await Clients.withServer { sandbox in
            let zaken = sandbox.zaken, catalogi = sandbox.catalogi
            let zaaktype = try await catalogi.zaaktypen(identificatie: "SBX-MOR").results[0]
            let eersteStap = try #require(try await catalogi.statustypen(zaaktype: zaaktype.url).results.min { $0.volgnummer < $1.volgnummer })
            var query = ZaakQuery(zaaktype: zaaktype.url)
            query.einddatumIsNull = true
            var open = 0
            for try await _ in zaken.allZaken(query).items { open += 1 }
            let gemeente = try RSIN(ZGWSandbox.rsin)
            let zaak = try await zaken.createZaak(
                ZaakInput(zaaktype: zaaktype.url, bronorganisatie: gemeente, verantwoordelijkeOrganisatie: gemeente,
                          startdatum: "2026-03-02", omschrijving: "Aanvraag omgevingsvergunning Dorpsstraat 1"),
                options: ZGWCallOptions(auditExplanation: "Aanvraag via het e-loket", idempotencyKey: "aanvraag-2026-042"))
            let status = try await zaken.createStatus(
                StatusInput(zaak: zaak.url, statustype: eersteStap.url, statustoelichting: "Aanvraag ontvangen"),
                options: ZGWCallOptions(auditExplanation: "Intake"))
            #expect(eersteStap.omschrijving == "Ontvangen")
            #expect(status.statustype == eersteStap.url)
            #expect(try await zaken.allZaken(query).collect().flatMap(\.results).count == open + 1)
        }
    }
}
