/// The part of the BAG `adressen` answer the benchmark decodes, the same for both paths.
public struct Adressen: Decodable, Sendable {
    public struct Embedded: Decodable, Sendable { public var adressen: [Adres] }
    public struct Adres: Decodable, Sendable {
        public var openbareRuimteNaam: String
        public var huisnummer: Int
        public var postcode: String
        public var woonplaatsNaam: String
        public var nummeraanduidingIdentificatie: String
        public var pandIdentificaties: [String]
    }
    public var _embedded: Embedded
}
