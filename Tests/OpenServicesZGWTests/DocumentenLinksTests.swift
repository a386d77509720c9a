import Foundation
import OpenServicesCore
import OpenServicesTesting
import OpenServicesZGW
import Testing

/// Objectinformatieobjecten and gebruiksrechten: exact requests and spec-shaped answers.
@Suite struct DocumentenLinksTests {
    typealias Support = DocumentenTestSupport
    static let linkURL = "\(Support.host)/documenten/api/v1/objectinformatieobjecten/2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d"
    static let linkJSON = #"{"url":"\#(linkURL)","informatieobject":"\#(Support.documentURL)","object":"\#(Support.zaakURL)","objectType":"zaak"}"#
    static let rechtURL = "\(Support.host)/documenten/api/v1/gebruiksrechten/6d7e8f90-a1b2-4c3d-8e4f-5a6b7c8d9e0f"
    static let rechtJSON = #"""
        {"url":"\#(rechtURL)","informatieobject":"\#(Support.documentURL)","startdatum":"2026-03-02T00:00:00Z",
         "einddatum":null,"omschrijvingVoorwaarden":"Alleen voor intern gebruik"}
        """#

    @Test func objectInformatieObjectenAreListedByObjectAndDocument() async throws {
        let connector = ScriptedConnector([.json("[\(Self.linkJSON)]")])
        let links = try await Support.documenten(connector).objectInformatieObjecten(
            object: URL(string: Support.zaakURL)!, informatieobject: try ZGWResourceURL(Support.documentURL))
        #expect(links.first?.objectType == .zaak)
        #expect(links.first?.object.absoluteString == Support.zaakURL)
        #expect(links.first?.informatieobject.description == Support.documentURL)
        let encodedZaak = OperationURL.encode(Support.zaakURL), encodedDocument = OperationURL.encode(Support.documentURL)
        #expect(connector.requests.first?.head.path == "/documenten/api/v1/objectinformatieobjecten?object=\(encodedZaak)&informatieobject=\(encodedDocument)")
        #expect(encodedZaak.contains("%2F"))
    }

    @Test func objectInformatieObjectGetCreateDelete() async throws {
        let connector = ScriptedConnector(handler: { request, _ in
            switch request.head.method {
            case .post: .json(Self.linkJSON, status: .created)
            case .delete: .status(.noContent)
            default: .json(Self.linkJSON)
            }
        })
        let client = try Support.documenten(connector)
        let url = try ZGWResourceURL<ObjectInformatieObject>(Self.linkURL)
        #expect(try await client.objectInformatieObject(url).url == url)
        let created = try await client.createObjectInformatieObject(
            ObjectInformatieObjectRequest(
                informatieobject: try ZGWResourceURL(Support.documentURL), object: URL(string: Support.besluitURL)!, objectType: .besluit),
            options: ZGWCallOptions(auditExplanation: "Koppeling"))
        #expect(created.url == url)
        try await client.deleteObjectInformatieObject(url)
        let requests = connector.requests
        #expect(requests.map(\.head.method) == [.get, .post, .delete])
        #expect(requests[0].head.path == "/documenten/api/v1/objectinformatieobjecten/2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d")
        #expect(requests[1].head.path == "/documenten/api/v1/objectinformatieobjecten")
        #expect(Support.header(requests[1], "X-Audit-Toelichting") == "Koppeling")
        #expect(Support.json(requests[1].body) as NSDictionary == [
            "informatieobject": Support.documentURL, "object": Support.besluitURL, "objectType": "besluit",
        ] as NSDictionary)
        #expect(requests[2].head.path == requests[0].head.path)
    }

    @Test func gebruiksrechtenEveryOperation() async throws {
        let connector = ScriptedConnector(handler: { request, _ in
            switch request.head.method {
            case .get where request.head.path?.contains("?") == true: .json("[\(Self.rechtJSON)]")
            case .post: .json(Self.rechtJSON, status: .created)
            case .delete: .status(.noContent)
            default: .json(Self.rechtJSON)
            }
        })
        let client = try Support.documenten(connector)
        let document = try ZGWResourceURL<EnkelvoudigInformatieObject>(Support.documentURL)
        let url = try ZGWResourceURL<Gebruiksrechten>(Self.rechtURL)
        let list = try await client.gebruiksrechten(informatieobject: document)
        #expect(list.first?.einddatum == nil)
        #expect(list.first?.omschrijvingVoorwaarden == "Alleen voor intern gebruik")
        #expect(try await client.gebruiksrechten(at: url).url == url)
        let request = GebruiksrechtenRequest(
            informatieobject: document, startdatum: "2026-03-02T00:00:00Z", omschrijvingVoorwaarden: "Alleen voor intern gebruik")
        _ = try await client.createGebruiksrechten(request, options: ZGWCallOptions(auditExplanation: "Rechten"))
        _ = try await client.updateGebruiksrechten(url, request)
        var patch = GebruiksrechtenPatch()
        patch.einddatum = "2027-01-01T00:00:00Z"
        _ = try await client.patchGebruiksrechten(url, patch)
        try await client.deleteGebruiksrechten(url)
        let requests = connector.requests
        #expect(requests.map(\.head.method) == [.get, .get, .post, .put, .patch, .delete])
        #expect(requests[0].head.path == "/documenten/api/v1/gebruiksrechten?informatieobject=\(OperationURL.encode(Support.documentURL))")
        let item = "/documenten/api/v1/gebruiksrechten/6d7e8f90-a1b2-4c3d-8e4f-5a6b7c8d9e0f"
        #expect(requests[1].head.path == item)
        #expect(requests[2].head.path == "/documenten/api/v1/gebruiksrechten")
        #expect(Support.header(requests[2], "X-Audit-Toelichting") == "Rechten")
        let expected: NSDictionary = [
            "informatieobject": Support.documentURL, "startdatum": "2026-03-02T00:00:00Z",
            "omschrijvingVoorwaarden": "Alleen voor intern gebruik",
        ]
        #expect(Support.json(requests[2].body) as NSDictionary == expected)
        #expect(Support.json(requests[3].body) as NSDictionary == expected)
        #expect(Support.json(requests[4].body) as NSDictionary == ["einddatum": "2027-01-01T00:00:00Z"] as NSDictionary)
        #expect(requests[3...5].allSatisfy { $0.head.path == item })
    }
}
