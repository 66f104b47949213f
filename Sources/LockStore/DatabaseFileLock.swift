import Glibc

/// An exclusive `flock` that keeps a second server off a database file, held
/// on an open descriptor for the store's whole life (the kernel drops it when
/// the process ends, however it ends).
///
/// It locks a sidecar file (`FILE-lock`), not the database itself: SQLite
/// coordinates with POSIX `fcntl` locks, and closing *any* descriptor of the
/// database file in this process drops all of them. Locking the database
/// would need a descriptor of our own on it, and a refused second store in
/// the same process (tests, the in-process library) would close its
/// descriptor and silently strip the first store's SQLite locks. On NFS,
/// Linux emulates `flock` with `fcntl` locks, which would meet SQLite's on
/// the same file. A separate file touches none of that. It is never removed:
/// removing a lock file lets two processes lock two different files.
final class DatabaseFileLock {
    private var descriptor: Int32

    /// `resolvedPath` is the database file as SQLite opened it (symbolic links
    /// followed), so every name of one file meets the same lock; `displayPath`
    /// is the name given, for messages.
    init(resolvedPath: String, displayPath: String) throws(DatabaseFileError) {
        let lockPath = resolvedPath + "-lock"
        // Close-on-exec: a child process (tests spawn many) must not inherit the lock.
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotOpen(path: displayPath, reason: "cannot open its lock file \(lockPath): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let failure = errno
            close(descriptor)
            if failure == EWOULDBLOCK { throw .heldByAnotherProcess(path: displayPath, lockPath: lockPath) }
            throw .cannotOpen(path: displayPath, reason: "cannot lock \(lockPath): \(String(cString: strerror(failure)))")
        }
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Releases the lock (once). The store calls it after its last connection
    /// closed, so a second server never opens the file while this one still writes.
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }
}
