import Foundation

/// SIGINT, SIGTERM and SIGHUP, blocked in every thread (the mask is inherited by
/// threads started later) and taken synchronously with `sigwait`.
struct StopSignals {
    private var set = sigset_t()

    init() {
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        // A closed terminal or a supervisor's reload: stop cleanly too rather than die unlogged.
        sigaddset(&set, SIGHUP)
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Blocks until one of the signals arrives; returns its number.
    func wait() -> Int32 {
        var received: Int32 = 0
        var waitSet = set
        sigwait(&waitSet, &received)
        return received
    }
}
