import Glibc

/// Keeps the log from taking the last of a nearly full disk. A checkpoint
/// moves the log's pages into the database, which must grow to take them: on
/// a full disk it cannot, and the space the log holds is lost to the data.
/// So once free space is short, the log is truncated while it is still small.
/// One `statvfs` every `checkInterval` writes; none while there is room.
struct LowSpaceWatch {
    /// Below this the disk counts as nearly full: twice the log's size at a regular checkpoint (1 MiB).
    static let lowSpaceBytes = 2 << 20
    /// While space is short, a log past this is truncated after the write.
    static let lowSpaceLogBytes = 128 << 10
    static let checkInterval = 16

    private let directory: String
    private var writesUntilCheck = 0
    private var spaceIsLow = false

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
            spaceIsLow = statvfs(directory, &status) == 0 && Int(status.f_bavail) * Int(status.f_frsize) < Self.lowSpaceBytes
        }
        writesUntilCheck -= 1
        return spaceIsLow && walBytes > Self.lowSpaceLogBytes
    }
}
