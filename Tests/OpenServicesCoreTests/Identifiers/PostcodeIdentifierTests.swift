import Foundation
import OpenServicesCore
import Testing

@Suite("Identifiers: postcode")
struct PostcodeIdentifierTests {
    @Test(
        "Spacing and case are normalised to 1234AB",
        arguments: [("1234 ab", "1234AB"), ("1234AB", "1234AB"), ("1234ab", "1234AB"), (" 2631 CR ", "2631CR"), ("9999zz", "9999ZZ"), ("1000 aa", "1000AA")])
    func normalised(_ input: String, _ expected: String) throws {
        let postcode = try Postcode(input)
        #expect(postcode.value == expected)
        #expect(postcode.description == expected)
    }

    @Test(
        "Invalid postcodes are refused, naming the rule",
        arguments: ["0123AB", "1234A", "1234SA", "1234sd", "1234 SS", "123AB", "12345AB", "1234ABC", "ABCD12", "1234A1", "1234ÄB", "", "1234ﬀ", "1234ıj", "1234ß", "1234ǆ"])
    func invalid(_ input: String) throws {
        let error = try #require(throws: OpenServicesError.self) { try Postcode(input) }
        #expect(error.code == .invalidInput)
        #expect(error.message.contains("rule"))
    }

    @Test("Equal after normalisation")
    func equality() throws {
        #expect(try Postcode("1234 ab") == Postcode("1234AB"))
    }

    @Test("Codable: normalised on decoding, round-trips, invalid values do not decode")
    func codable() throws {
        let decoded = try JSONDecoder().decode(Postcode.self, from: Data(#""2631 cr""#.utf8))
        #expect(decoded.value == "2631CR")
        let data = try JSONEncoder().encode(decoded)
        #expect(String(decoding: data, as: UTF8.self) == #""2631CR""#)
        #expect(try JSONDecoder().decode(Postcode.self, from: data) == decoded)
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(Postcode.self, from: Data(#""0123AB""#.utf8))
        }
    }
}
