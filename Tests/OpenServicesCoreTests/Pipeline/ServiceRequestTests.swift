import Foundation
import HTTPTypes
import OpenServicesCore
import Testing

@Suite("Service requests")
struct ServiceRequestTests {
    @Test("a URL is split into scheme, authority and path with its encoding kept", arguments: [
        ("https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2/adressen?postcode=2631CR&huisnummer=15",
         "https", "api.bag.kadaster.nl", "/lvbag/individuelebevragingen/v2/adressen?postcode=2631CR&huisnummer=15"),
        ("http://127.0.0.1:8080", "http", "127.0.0.1:8080", "/"),
        ("http://[::1]:9000/a%20b?q=x%2By#fragment", "http", "[::1]:9000", "/a%20b?q=x%2By"),
        ("https://user:pw@host.example/p", "https", "host.example", "/p"),
        ("https://host.example?x=1", "https", "host.example", "/?x=1"),
    ])
    func components(url: String, scheme: String, authority: String, path: String) throws {
        let request = ServiceRequest(method: .get, url: try #require(URL(string: url)))
        #expect(request.head.scheme == scheme)
        #expect(request.head.authority == authority)
        #expect(request.head.path == path)
    }

    @Test("UUIDv7 call ids are version 7, distinct and ordered by time")
    func uuidv7() {
        let earlier = UUID.version7(now: Date(timeIntervalSince1970: 1_800_000_000))
        let later = UUID.version7(now: Date(timeIntervalSince1970: 1_800_000_001))
        #expect(earlier.uuid.6 >> 4 == 7)
        #expect(earlier.uuid.8 >> 6 == 0b10)
        #expect(earlier.uuidString < later.uuidString)
        let many = Set((0..<10_000).map { _ in UUID.version7() })
        #expect(many.count == 10_000)
    }
}
