import Foundation
import OpenServicesCore
import Testing

@Suite("Identifiers: BAG identification")
struct BAGIdentifierTests {
    @Test(
        "The object type comes from digits five and six",
        arguments: [
            ("0518010000832202", BAGIdentifier.ObjectType.verblijfsobject),
            ("0518020000000001", .ligplaats),
            ("0518030000000001", .standplaats),
            ("0518100000233970", .pand),
            ("0518200000747446", .nummeraanduiding),
            ("0518300000001234", .openbareRuimte),
        ])
    func objectTypes(_ value: String, _ type: BAGIdentifier.ObjectType) throws {
        let id = try BAGIdentifier(value)
        #expect(id.objectType == type)
        #expect(id.gemeentecode == "0518")
        #expect(id.description == value)
        #expect(try BAGIdentifier(value, expecting: type) == id)
    }

    @Test("expecting: refuses an identification of another object type, naming both")
    func expecting() throws {
        let error = try #require(throws: OpenServicesError.self) {
            try BAGIdentifier("0518200000747446", expecting: .verblijfsobject)
        }
        #expect(error.code == .invalidInput)
        #expect(error.message.contains("nummeraanduiding"))
        #expect(error.message.contains("verblijfsobject"))
        #expect(error.message.contains("rule"))
    }

    @Test("Unknown object type codes are refused", arguments: ["0518000000747446", "0518040000747446", "0518990000747446"])
    func unknownType(_ value: String) throws {
        let error = try #require(throws: OpenServicesError.self) { try BAGIdentifier(value) }
        #expect(error.message.contains("object type"))
    }

    @Test("Wrong length or non-digits are refused", arguments: ["051820000074744", "05182000007474460", "0518200000747a46", "", "0518 2000 0074 7446"])
    func malformed(_ value: String) throws {
        let error = try #require(throws: OpenServicesError.self) { try BAGIdentifier(value) }
        #expect(error.message.contains("16 digits"))
    }

    @Test("Codable round-trips as a JSON string; invalid values do not decode")
    func codable() throws {
        let id = try BAGIdentifier("0518200000747446")
        let data = try JSONEncoder().encode(id)
        #expect(String(decoding: data, as: UTF8.self) == #""0518200000747446""#)
        #expect(try JSONDecoder().decode(BAGIdentifier.self, from: data) == id)
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(BAGIdentifier.self, from: Data(#""0518990000747446""#.utf8))
        }
    }

    @Test("All object types are listed")
    func allCases() {
        #expect(BAGIdentifier.ObjectType.allCases.map(\.rawValue) == ["01", "02", "03", "10", "20", "30"])
    }
}
