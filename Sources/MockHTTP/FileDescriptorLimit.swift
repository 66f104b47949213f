import Foundation

/// The process's open-file limit, which bounds how many connections can be open.
enum FileDescriptorLimit {
    /// Descriptors kept for everything but connections (the database, its WAL, logs, pipes).
    static let reserved = 64

    /// Raises the soft limit so `connections` sockets fit beside the reserve, as
    /// far as the hard limit allows; returns how many connections now fit.
    static func raise(toAllow connections: Int) -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return connections }
        let wanted = rlim_t(connections + reserved)
        if limit.rlim_cur < wanted {
            let previous = limit.rlim_cur
            limit.rlim_cur = min(wanted, limit.rlim_max)
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) != 0 { limit.rlim_cur = previous }
        }
        return min(connections, max(1, Int(limit.rlim_cur) - reserved))
    }
}
