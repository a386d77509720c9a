import Foundation
import Synchronization

/// The resident memory of this process, read from `/proc/self/status` (Linux; `nil` elsewhere).
public enum ResidentMemory {
    /// `VmRSS`: the bytes resident now.
    public static func current() -> Int? { field("VmRSS:") }

    /// `VmHWM`: the most bytes resident since the process started or since ``resetHighWaterMark()``.
    public static func highWaterMark() -> Int? { field("VmHWM:") }

    /// Sets `VmHWM` back to the current `VmRSS` (writes `5` to `/proc/self/clear_refs`, Linux 4.0+), so that
    /// it gives the peak of what follows. Returns false where that is not possible.
    @discardableResult
    public static func resetHighWaterMark() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    /// The resident memory before `work`, the highest seen while it ran (sampled every `interval` on a
    /// thread of its own, so that a busy concurrency pool does not delay the samples), and `VmHWM` after it.
    public static func measure<T>(
        every interval: Duration = .milliseconds(2), isolation: isolated (any Actor)? = #isolation, _ work: () async throws -> T
    ) async throws -> (result: T, memory: MemoryMeasurement) {
        let hwmWasReset = resetHighWaterMark()
        let baseline = current() ?? 0
        let sampler = Sampler(baseline: baseline, interval: interval)
        let start = ContinuousClock.now
        let result: T
        do {
            result = try await work()
        } catch {
            _ = sampler.stop()
            throw error
        }
        let elapsed = ContinuousClock.now - start
        let (peak, samples) = sampler.stop()
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let measurement = MemoryMeasurement(
            baseline: baseline, peak: peak, samples: samples, highWaterMark: highWaterMark() ?? 0,
            highWaterMarkSinceStart: !hwmWasReset, seconds: seconds)
        return (result, measurement)
    }

    private static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }),
            let kibibytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { return nil }
        return kibibytes * 1024
    }

    /// Reads `VmRSS` in a loop on a thread of its own until stopped, keeping the highest value.
    private final class Sampler: Sendable {
        private let state: Mutex<(peak: Int, samples: Int, stopped: Bool)>

        init(baseline: Int, interval: Duration) {
            state = Mutex((baseline, 0, false))
            let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
            Thread.detachNewThread { [self] in
                while true {
                    let now = ResidentMemory.current() ?? 0
                    let stopped = state.withLock { state in
                        state.peak = max(state.peak, now)
                        state.samples += 1
                        return state.stopped
                    }
                    if stopped { return }
                    Thread.sleep(forTimeInterval: seconds)
                }
            }
        }

        /// Stops sampling and returns the highest value, including one last reading.
        func stop() -> (peak: Int, samples: Int) {
            let now = ResidentMemory.current() ?? 0
            return state.withLock { state in
                state.stopped = true
                state.peak = max(state.peak, now)
                state.samples += 1
                return (state.peak, state.samples)
            }
        }
    }
}

/// What ``ResidentMemory/measure(every:isolation:_:)`` saw, in bytes and seconds.
public struct MemoryMeasurement: Sendable {
    /// `VmRSS` just before the work.
    public var baseline: Int
    /// The highest `VmRSS` sampled while it ran.
    public var peak: Int
    /// How many samples were taken.
    public var samples: Int
    /// `VmHWM` after the work: its true peak when the mark could be reset before it.
    public var highWaterMark: Int
    /// True when `VmHWM` could not be reset, so it is the peak since the process started.
    public var highWaterMarkSinceStart: Bool
    /// How long the work took.
    public var seconds: Double

    /// The sampled peak above the baseline.
    public var growth: Int { peak - baseline }
    /// `VmHWM` above the baseline.
    public var highWaterMarkGrowth: Int { highWaterMark - baseline }
}
