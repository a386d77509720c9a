import Foundation
import OpenServicesCore
import Testing

@Suite("Identifiers: RSIN, OIN, KVK-nummer, vestigingsnummer")
struct OrganisationIdentifierTests {
    @Test("RSINs that pass the elfproef are accepted", arguments: ["002564440", "001759188", "820646660", "857216946"])
    func validRSIN(_ value: String) throws {
        #expect(try RSIN(value).value == value)
        #expect(try RSIN(value).description == value)
    }

    @Test("RSINs that fail the elfproef, or are no nine digits, are refused", arguments: ["001759180", "123456789", "00256444", "0025644400", "00256444O", "000000000"])
    func invalidRSIN(_ value: String) throws {
        let error = try #require(throws: OpenServicesError.self) { try RSIN(value) }
        #expect(error.code == .invalidInput)
        #expect(error.message.contains("rule"))
    }

    @Test("OIN: exactly 20 digits")
    func oin() throws {
        #expect(try OIN("00000001003214345000").value == "00000001003214345000")
        for invalid in ["0000000100321434500", "000000010032143450000", "0000000100321434500A", ""] {
            let error = try #require(throws: OpenServicesError.self) { try OIN(invalid) }
            #expect(error.message.contains("20 digits"))
        }
    }

    @Test("KVK-nummer: exactly 8 digits")
    func kvkNummer() throws {
        #expect(try KVKNummer("69599084").description == "69599084")
        for invalid in ["6959908", "695990840", "6959908a", " 69599084"] {
            let error = try #require(throws: OpenServicesError.self) { try KVKNummer(invalid) }
            #expect(error.message.contains("8 digits"))
        }
    }

    @Test("Vestigingsnummer: exactly 12 digits")
    func vestigingsnummer() throws {
        #expect(try Vestigingsnummer("000038509490").value == "000038509490")
        for invalid in ["00003850949", "0000385094900", "00003850949x"] {
            let error = try #require(throws: OpenServicesError.self) { try Vestigingsnummer(invalid) }
            #expect(error.message.contains("12 digits"))
        }
    }

    @Test("Codable round-trips as JSON strings")
    func codable() throws {
        struct Organisatie: Codable, Equatable {
            var rsin: RSIN
            var oin: OIN
            var kvkNummer: KVKNummer
            var vestigingsnummer: Vestigingsnummer
        }
        let organisatie = try Organisatie(
            rsin: RSIN("002564440"), oin: OIN("00000001003214345000"),
            kvkNummer: KVKNummer("69599084"), vestigingsnummer: Vestigingsnummer("000038509490"))

        let data = try JSONEncoder().encode(organisatie)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])

        #expect(json == [
            "rsin": "002564440", "oin": "00000001003214345000",
            "kvkNummer": "69599084", "vestigingsnummer": "000038509490",
        ])
        #expect(try JSONDecoder().decode(Organisatie.self, from: data) == organisatie)
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(KVKNummer.self, from: Data(#""1234567""#.utf8))
        }
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(RSIN.self, from: Data(#""001759180""#.utf8))
        }
    }
}
