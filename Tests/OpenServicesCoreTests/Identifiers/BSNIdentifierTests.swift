import Foundation
import OpenServicesCore
import Testing

@Suite("Identifiers: BSN")
struct BSNIdentifierTests {
    @Test("The official test BSNs pass the elfproef", arguments: ["999993653", "999990019", "999991723", "999992569"])
    func validTestBSNs(_ value: String) throws {
        let bsn = try BSN(value)
        #expect(bsn.value == value)
    }

    @Test("A number that fails the elfproef is refused, naming the rule, not the number")
    func elfproefFails() throws {
        let error = try #require(throws: OpenServicesError.self) { try BSN("123456789") }
        #expect(error.code == .invalidInput)
        #expect(error.category == .invalidRequest)
        #expect(error.message.contains("elfproef"))
        #expect(!error.description.contains("123456789"))
        #expect(!error.message.contains("123456789"))
    }

    @Test(
        "Wrong length or non-digits are refused, naming the nine-digit rule, not the input",
        arguments: ["99999365", "9999936531", "99999365a", "abcdefghi", "", "999 993 653", "999-99-3653", "９９９９９３６５３", "-99993653"])
    func malformed(_ value: String) throws {
        let error = try #require(throws: OpenServicesError.self) { try BSN(value) }
        #expect(error.code == .invalidInput)
        #expect(error.message.contains("9 digits"))
        if !value.isEmpty {
            #expect(!error.description.contains(value))
            #expect(!error.message.contains(value))
        }
        #expect(!error.description.contains("99999365"))
    }

    @Test("All zeros passes the arithmetic but is not a BSN")
    func allZeros() {
        #expect(throws: OpenServicesError.self) { try BSN("000000000") }
    }

    @Test("A single typing error is always caught", arguments: ["999993653", "999990019"])
    func singleDigitErrors(_ value: String) {
        var digits = Array(value)
        for position in digits.indices {
            let original = digits[position]
            for replacement in "0123456789" where replacement != original {
                digits[position] = replacement
                #expect(throws: OpenServicesError.self) { try BSN(String(digits)) }
            }
            digits[position] = original
        }
    }

    @Test("The description is masked to the last four digits")
    func masked() throws {
        let bsn = try BSN("999993653")
        #expect(bsn.description == "*****3653")
        #expect("\(bsn)" == "*****3653")
        #expect(String(describing: bsn) == "*****3653")
        #expect(!"\(bsn)".contains("99999"))
    }

    @Test("Codable: a JSON string, round-tripped; invalid values do not decode")
    func codable() throws {
        let bsn = try BSN("999993653")
        let data = try JSONEncoder().encode(bsn)
        #expect(String(decoding: data, as: UTF8.self) == #""999993653""#)
        #expect(try JSONDecoder().decode(BSN.self, from: data) == bsn)

        struct Person: Codable, Equatable { var burgerservicenummer: BSN }
        let person = Person(burgerservicenummer: bsn)
        #expect(try JSONDecoder().decode(Person.self, from: JSONEncoder().encode(person)) == person)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(BSN.self, from: Data(#""123456789""#.utf8)) }
        #expect(throws: (any Error).self) { try JSONDecoder().decode(BSN.self, from: Data("999993653".utf8)) }
    }

    @Test("An invalid BSN in a service response is a decoding failure at its JSON path, without the digits")
    func invalidBSNInAResponse() throws {
        struct Persoon: Decodable { var burgerservicenummer: BSN }
        struct Personen: Decodable { var personen: [Persoon] }
        let body = Data(#"{"personen":[{"burgerservicenummer":"123456789"}]}"#.utf8)
        let context = OperationContext(service: "brp", operation: "personen.raadplegen")

        let error = try #require(throws: OpenServicesError.self) {
            try ServiceResponse.decode(Personen.self, from: body, status: 200, context: context)
        }

        #expect(error.code == .decodingFailed)
        #expect(error.message.contains("personen[0].burgerservicenummer"))
        #expect(!error.description.contains("123456789"))
    }

    @Test("Equal BSNs are equal and hash alike")
    func hashable() throws {
        #expect(try BSN("999993653") == BSN("999993653"))
        #expect(try BSN("999993653") != BSN("999990019"))
        #expect(try Set([BSN("999993653"), BSN("999993653")]).count == 1)
    }
}
