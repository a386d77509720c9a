import OpenServicesZGW
import Testing

@Suite struct ZGWAPITests {
    @Test func versionsAreTheOnesOpenZaakImplements() {
        #expect(ZGWAPI.zaken.version == "1.5.1")
        #expect(ZGWAPI.catalogi.version == "1.3.1")
        #expect(ZGWAPI.documenten.version == "1.4.2")
        #expect(ZGWAPI.besluiten.version == "1.1.0")
        #expect(ZGWAPI.allCases.map(\.description) == ["zaken", "catalogi", "documenten", "besluiten", "notificaties", "autorisaties"])
    }
}
