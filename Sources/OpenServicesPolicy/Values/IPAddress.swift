/// Cedar's `ipaddr` extension value: an IPv4 or IPv6 address with a prefix length (a network).
public struct IPAddress: Sendable, Hashable, CustomStringConvertible {
    /// Whether this is an IPv4 address.
    public var isV4: Bool
    /// The address bits, right-aligned (IPv4 uses the low 32 bits of `low`).
    public var high: UInt64
    /// The low 64 bits of the address.
    public var low: UInt64
    /// The prefix length (0...32 or 0...128).
    public var prefix: Int

    /// Creates an address from its parts.
    public init(isV4: Bool, high: UInt64, low: UInt64, prefix: Int) {
        self.isV4 = isV4
        self.high = high
        self.low = low
        self.prefix = prefix
    }

    /// Parses Cedar's `ip("...")` argument; `nil` when invalid.
    public init?(parsing text: String) {
        if let v4 = IPAddress.parseV4(text) { self = v4; return }
        if let v6 = IPAddress.parseV6(text) { self = v6; return }
        return nil
    }

    private static func parsePrefix(_ s: Substring, maxDigits: Int, size: Int) -> Int? {
        guard !s.isEmpty, s.count <= maxDigits, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if s.first == "0", s != "0" { return nil }
        guard let n = Int(s), n <= size else { return nil }
        return n
    }

    private static func parseV4(_ text: String) -> IPAddress? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        var prefix = 32
        if parts.count == 2 {
            guard let p = parsePrefix(parts[1], maxDigits: 2, size: 32) else { return nil }
            prefix = p
        }
        let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var value: UInt64 = 0
        for octet in octets {
            guard !octet.isEmpty, octet.count <= 3, octet.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            if octet.first == "0", octet != "0" { return nil }
            guard let n = UInt64(octet), n <= 255 else { return nil }
            value = value << 8 | n
        }
        return IPAddress(isV4: true, high: 0, low: value, prefix: prefix)
    }

    private static func parseGroups(_ s: Substring) -> [UInt64]? {
        if s.isEmpty { return [] }
        var groups: [UInt64] = []
        for g in s.split(separator: ":", omittingEmptySubsequences: false) {
            guard !g.isEmpty, g.count <= 4, g.allSatisfy({ $0.isHexDigit && $0.isASCII }), let n = UInt64(g, radix: 16) else { return nil }
            groups.append(n)
        }
        return groups
    }

    private static func parseV6(_ text: String) -> IPAddress? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        var prefix = 128
        if parts.count == 2 {
            guard let p = parsePrefix(parts[1], maxDigits: 3, size: 128) else { return nil }
            prefix = p
        }
        let body = String(parts[0])
        var groups: [UInt64]
        let chars = Array(body.utf8)
        var doubleColon: Int? = nil
        var k = 0
        while k + 1 < chars.count {
            if chars[k] == UInt8(ascii: ":"), chars[k + 1] == UInt8(ascii: ":") {
                if doubleColon != nil { return nil }
                doubleColon = k
                k += 2
                continue
            }
            k += 1
        }
        if let dc = doubleColon {
            let left = Substring(String(decoding: chars[0..<dc], as: UTF8.self))
            let right = Substring(String(decoding: chars[(dc + 2)...], as: UTF8.self))
            guard let l = parseGroups(left), let r = parseGroups(right) else { return nil }
            guard l.count + r.count < 8 else { return nil }
            groups = l + Array(repeating: 0, count: 8 - l.count - r.count) + r
        } else {
            guard let g = parseGroups(Substring(body)), g.count == 8 else { return nil }
            groups = g
        }
        var high: UInt64 = 0, low: UInt64 = 0
        for i in 0..<4 { high = high << 16 | groups[i] }
        for i in 4..<8 { low = low << 16 | groups[i] }
        return IPAddress(isV4: false, high: high, low: low, prefix: prefix)
    }

    /// The first and last address of the network, as (high, low) pairs.
    private var range: (lo: (UInt64, UInt64), hi: (UInt64, UInt64)) {
        if isV4 {
            let width = UInt64(32 - prefix)
            let mask: UInt64 = width >= 32 ? 0 : (0xFFFF_FFFF >> width) << width
            let lo = low & mask
            let hi = lo | (~mask & 0xFFFF_FFFF)
            return ((0, lo), (0, hi))
        }
        let width = 128 - prefix
        var maskHigh: UInt64 = ~0, maskLow: UInt64 = ~0
        if width >= 128 { maskHigh = 0; maskLow = 0 } else if width >= 64 {
            maskLow = 0
            maskHigh = width == 64 ? ~0 : (~0 << UInt64(width - 64))
        } else if width > 0 {
            maskLow = ~0 << UInt64(width)
        }
        return ((high & maskHigh, low & maskLow), (high | ~maskHigh, low | ~maskLow))
    }

    private static func le(_ a: (UInt64, UInt64), _ b: (UInt64, UInt64)) -> Bool {
        a.0 < b.0 || (a.0 == b.0 && a.1 <= b.1)
    }

    /// Whether this network lies within `other` (same address family required).
    public func isInRange(_ other: IPAddress) -> Bool {
        guard isV4 == other.isV4 else { return false }
        let r1 = range, r2 = other.range
        return IPAddress.le(r1.hi, r2.hi) && IPAddress.le(r2.lo, r1.lo)
    }

    /// Whether the network is within the loopback range.
    public var isLoopback: Bool {
        isInRange(isV4 ? IPAddress(isV4: true, high: 0, low: 0x7F00_0000, prefix: 8) : IPAddress(isV4: false, high: 0, low: 1, prefix: 128))
    }

    /// Whether the network is within the multicast range.
    public var isMulticast: Bool {
        isInRange(isV4 ? IPAddress(isV4: true, high: 0, low: 0xE000_0000, prefix: 4) : IPAddress(isV4: false, high: 0xFF00_0000_0000_0000, low: 0, prefix: 8))
    }

    /// Canonical text.
    public var description: String {
        if isV4 {
            let parts = [24, 16, 8, 0].map { String((low >> UInt64($0)) & 0xFF) }
            return parts.joined(separator: ".") + "/\(prefix)"
        }
        var groups: [String] = []
        for i in 0..<4 { groups.append(String((high >> UInt64(48 - 16 * i)) & 0xFFFF, radix: 16)) }
        for i in 0..<4 { groups.append(String((low >> UInt64(48 - 16 * i)) & 0xFFFF, radix: 16)) }
        return groups.joined(separator: ":") + "/\(prefix)"
    }
}
