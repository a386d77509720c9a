public import Foundation
import Synchronization

extension UUID {
    /// A version 7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, then 74 bits that are
    /// unique within the process and unpredictable across processes, so that ids sort by creation
    /// time. FSC uses them as transaction ids.
    ///
    /// The 74 bits come from a per-process random seed and a counter mixed with SplitMix64 (a
    /// bijection, so no two ids of one process share them), which avoids a system call per id.
    public static func version7(now: Date = Date()) -> UUID {
        let milliseconds = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        let count = UUIDv7Source.counter.add(1, ordering: .relaxed).newValue
        let random = UUIDv7Source.mix(UUIDv7Source.seed &+ count &* 2)
        let low = UUIDv7Source.mix(UUIDv7Source.seed &+ count &* 2 &+ 1)
        // 48 bits of time, version 7 and 12 random bits, then variant 10 and 62 random bits.
        let high = (milliseconds << 16) | 0x7000 | (random & 0x0FFF)
        let tail = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        func byte(_ value: UInt64, _ index: Int) -> UInt8 { UInt8(truncatingIfNeeded: value >> (56 - 8 * index)) }
        return UUID(uuid: (
            byte(high, 0), byte(high, 1), byte(high, 2), byte(high, 3), byte(high, 4), byte(high, 5), byte(high, 6), byte(high, 7),
            byte(tail, 0), byte(tail, 1), byte(tail, 2), byte(tail, 3), byte(tail, 4), byte(tail, 5), byte(tail, 6), byte(tail, 7)))
    }
}

/// The per-process state behind ``Foundation/UUID/version7(now:)``.
enum UUIDv7Source {
    static let seed: UInt64 = {
        var generator = SystemRandomNumberGenerator()
        return generator.next()
    }()
    static let counter = Atomic<UInt64>(0)

    /// SplitMix64's finaliser: a bijection on 64 bits with good diffusion.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
