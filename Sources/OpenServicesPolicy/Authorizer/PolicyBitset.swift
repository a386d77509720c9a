/// A fixed-width bit set over policy indices.
struct PolicyBitset: Sendable {
    var words: [UInt64]

    init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }

    @inline(__always) mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }

    @inline(__always) mutating func formUnion(_ other: PolicyBitset) {
        for i in words.indices { words[i] |= other.words[i] }
    }

    @inline(__always) mutating func formIntersection(_ other: PolicyBitset) {
        for i in words.indices { words[i] &= other.words[i] }
    }

    /// Calls `body` with each set index in increasing order.
    @inline(__always) func forEach(_ body: (Int) -> Void) {
        for (w, word) in words.enumerated() {
            var bits = word
            while bits != 0 {
                let t = bits.trailingZeroBitCount
                body(w << 6 | t)
                bits &= bits - 1
            }
        }
    }
}
