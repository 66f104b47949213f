#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How much longer some work takes when its input grows fourfold: about 4 times
/// when the work is linear, 16 when quadratic. A ratio, unlike a time, holds on a
/// slow debug build and a busy machine. Noise is kept out as far as it can be:
/// the time is the thread's CPU time (what other processes take is not counted),
/// a first run on the large input lets caches and malloc settle, the two inputs
/// then take turns, and each side keeps its fastest run. The gap between 4 and
/// 16 leaves room for what noise remains.
public enum Growth {
    /// The factor between the large and the small input.
    public static let factor = 4
    /// Well under quadratic (16), with room above linear (4).
    public static let linearBound = 8.0

    public static func ratio<Input>(_ small: Input, _ large: Input, runs: Int = 5, _ work: (Input) throws -> Void) rethrows
        -> Double
    {
        func time(_ input: Input) throws -> Duration {
            let started = threadCPUTime()
            try work(input)
            return threadCPUTime() - started
        }
        _ = try time(large)
        var fastest = (small: Duration.seconds(3600), large: Duration.seconds(3600))
        for _ in 0..<runs {
            fastest.small = min(fastest.small, try time(small))
            fastest.large = min(fastest.large, try time(large))
        }
        return fastest.large / fastest.small
    }

    /// `ratio` over inputs made for `size` and `factor × size`.
    public static func ratio<Input>(size: Int, _ make: (Int) throws -> Input, _ work: (Input) throws -> Void) rethrows -> Double {
        try ratio(make(size), make(factor * size), work)
    }

    private static func threadCPUTime() -> Duration {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
    }
}
