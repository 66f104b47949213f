import Foundation

/// SIGINT and SIGTERM, blocked in every thread (the mask is inherited by
/// threads started later) and taken synchronously with `sigwait`.
struct StopSignals {
    private var set = sigset_t()

    init() {
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
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
