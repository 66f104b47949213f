import Glibc

/// Keeps the log from taking what the data needs on a small or nearly full
/// disk. A checkpoint moves the log's pages into the database, which must
/// grow to take them: when the log holds more than the free space, it cannot,
/// and that space is lost to the data (on a 4 MiB disk, writes stopped with
/// a quarter of it in the log). So the log is truncated after a write once it
/// holds more than a quarter of the free space; with room to spare that
/// limit lies far beyond the log's regular size and costs nothing.
/// One `statvfs` every `checkInterval` writes.
struct LowSpaceWatch {
    /// The log is never truncated below this, so a nearly full disk still takes writes in batches.
    static let smallestLogLimit = 64 << 10
    static let checkInterval = 16

    private let directory: String
    private var writesUntilCheck = 0
    private var logLimit = Int.max

    /// `databasePath` as SQLite resolved it; its folder is what fills up.
    init(databasePath: String) {
        let folder = databasePath.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        directory = folder.isEmpty || folder == [""] ? "/" : folder.joined(separator: "/")
    }

    /// After a committed write, with the log's size: whether to truncate the log now.
    mutating func shouldTruncateLog(walBytes: Int) -> Bool {
        if writesUntilCheck == 0 {
            writesUntilCheck = Self.checkInterval
            var status = statvfs()
            if statvfs(directory, &status) == 0 {
                logLimit = max(Self.smallestLogLimit, Int(status.f_bavail) * Int(status.f_frsize) / 4)
            }
        }
        writesUntilCheck -= 1
        return walBytes > logLimit
    }
}
