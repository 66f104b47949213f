import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real, small file system (tmpfs) mounted for one test, so a disk can
/// really fill up. Needs root (CI runs as root); a failure to mount is an
/// error, never a skip. `unmount()` removes it; call it in a `defer`.
final class TinyFilesystem {
    let mountPoint: URL

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    init(mebibytes: Int) throws {
        mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("tiny-\(UUID().uuidString)")
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        do {
            try Self.run(["mount", "-t", "tmpfs", "-o", "size=\(mebibytes)m", "tmpfs", mountPoint.path])
        } catch {
            try? FileManager.default.removeItem(at: mountPoint)
            throw Failure(description: "cannot mount a \(mebibytes) MiB tmpfs (this test needs root): \(error)")
        }
    }

    /// Gives the mounted file system a new size; its files stay.
    func resize(mebibytes: Int) throws {
        try Self.run(["mount", "-o", "remount,size=\(mebibytes)m", mountPoint.path])
    }

    /// Unmounts it (lazily if something still has a file open there) and removes the mount point.
    func unmount() {
        if (try? Self.run(["umount", mountPoint.path])) == nil { try? Self.run(["umount", "-l", mountPoint.path]) }
        try? FileManager.default.removeItem(at: mountPoint)
    }

    /// Writes `name` until the file system refuses another byte; returns its size.
    @discardableResult
    func fill(_ name: String) throws -> Int {
        let descriptor = open(mountPoint.appendingPathComponent(name).path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "cannot create the filler file") }
        defer { close(descriptor) }
        let chunk = [UInt8](repeating: 0x55, count: 4_096)
        var total = 0
        while true {
            let written = chunk.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            total += written
        }
        guard errno == ENOSPC else { throw Failure(description: "filling stopped with errno \(errno), not ENOSPC") }
        return total
    }

    private static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw Failure(description: "\(arguments.joined(separator: " ")): exit \(process.terminationStatus): \(message)")
        }
    }
}
