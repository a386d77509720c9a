/// Decodes the `inhoud` base64 of a JSON document body fed piece by piece, cut anywhere, keeping only the
/// number of decoded bytes and their sum: what a Documenten API receives, verified without holding it.
public struct Base64Counter: Sendable {
    private static let marker = Array(#""inhoud":""#.utf8)
    /// Where the marker match continues after a mismatch at each position (Knuth–Morris–Pratt).
    private static let fallback: [Int] = {
        var table = [0], length = 0
        for byte in marker.dropFirst() {
            while length > 0, marker[length] != byte { length = table[length - 1] }
            if marker[length] == byte { length += 1 }
            table.append(length)
        }
        return table
    }()
    /// The value of each base64 character, 0xFF for other bytes.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(character)] = UInt8(value)
        }
        return table
    }()

    private var matched = 0
    private var inContent = false
    private var quad: UInt32 = 0
    private var sextets = 0
    private var padding = 0

    /// The decoded bytes so far.
    public private(set) var decoded = 0
    /// The sum of the decoded bytes, wrapping.
    public private(set) var checksum: UInt64 = 0
    /// True once the closing quote of `inhoud` was read.
    public private(set) var finished = false
    /// True when a byte of `inhoud` was not base64, or it did not end on a whole group of four.
    public private(set) var invalid = false

    public init() {}

    /// Reads the next piece of the body.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        let values = Self.values
        for byte in bytes {
            if finished { return }
            guard inContent else {
                while matched > 0, Self.marker[matched] != byte { matched = Self.fallback[matched - 1] }
                if Self.marker[matched] == byte { matched += 1 }
                if matched == Self.marker.count { inContent = true }
                continue
            }
            if byte == UInt8(ascii: "\"") {
                finished = true
                if sextets != 0 { invalid = true }
                return
            }
            let value: UInt8
            if byte == UInt8(ascii: "=") {
                padding += 1
                value = 0
            } else {
                value = values[Int(byte)]
                if value == 0xFF || padding > 0 { invalid = true }
            }
            quad = quad << 6 | UInt32(value & 0x3F)
            sextets += 1
            if sextets == 4 {
                let count = 3 - padding
                if count < 1 { invalid = true }
                let first = UInt64(quad >> 16 & 0xFF), second = UInt64(quad >> 8 & 0xFF), third = UInt64(quad & 0xFF)
                checksum &+= (count > 0 ? first : 0) + (count > 1 ? second : 0) + (count > 2 ? third : 0)
                decoded += max(count, 0)
                quad = 0
                sextets = 0
                if padding > 0 { padding = 3 } // nothing but the closing quote may follow
            }
        }
    }
}
