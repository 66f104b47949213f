import Foundation
import Testing

/// No Docker engine runs here, so the Dockerfile is checked by reading it:
/// the run stage must install a Debian package for every shared library the
/// binary links, except the Swift runtime, which the image links statically.
@Suite struct DockerfileTests {
    /// Packages every debian:bookworm-slim image already has.
    static let basePackages: Set<String> = ["libc6", "libgcc-s1", "libstdc++6", "zlib1g"]

    @Test func runStageInstallsTheLibrariesTheBinaryLinks() throws {
        let dockerfile = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Dockerfile"), encoding: .utf8)
        let installed = Self.runStagePackages(dockerfile)
        #expect(installed.contains("libmicrohttpd12"))
        #expect(installed.contains("libsqlite3-0"))

        let linked = try Self.systemLibraries(of: RepositoryPaths.binary)
        #expect(linked.keys.contains("libmicrohttpd.so.12"))
        #expect(linked.keys.contains("libsqlite3.so.0"))
        for (library, path) in linked {
            let package = try Self.package(owning: path)
            #expect(installed.contains(package) || Self.basePackages.contains(package), "\(library) comes from \(package)")
        }
    }

    @Test func healthCheckAndListeningAddress() throws {
        let dockerfile = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Dockerfile"), encoding: .utf8)
        #expect(dockerfile.contains("HEALTHCHECK"))
        #expect(dockerfile.contains("/__mock/health"))
        #expect(dockerfile.contains("ZOHO_LOCK_MOCK_HOST=0.0.0.0"))
        #expect(dockerfile.split(separator: "\n").filter { $0.hasPrefix("FROM ") }.count == 2, "two stages")
    }

    /// The packages named by `apt-get install` after the last `FROM`.
    static func runStagePackages(_ dockerfile: String) -> Set<String> {
        let runStage = dockerfile.components(separatedBy: "\nFROM ").last ?? ""
        let joined = runStage.replacingOccurrences(of: "\\\n", with: " ")
        var packages = Set<String>()
        for line in joined.split(separator: "\n") where line.contains("apt-get install") {
            let afterInstall = line.components(separatedBy: "apt-get install").last ?? ""
            let command = afterInstall.components(separatedBy: "&&").first ?? ""
            for word in command.split(separator: " ") where !word.hasPrefix("-") {
                packages.insert(String(word))
            }
        }
        return packages
    }

    /// Directly linked libraries outside the Swift toolchain, with their resolved paths.
    static func systemLibraries(of binary: String) throws -> [String: String] {
        let needed = try run("/usr/bin/readelf", ["-d", binary]).split(separator: "\n").compactMap { line -> String? in
            guard line.contains("(NEEDED)"), let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]") else {
                return nil
            }
            return String(line[line.index(after: open)..<close])
        }
        var resolved: [String: String] = [:]
        for line in try run("/usr/bin/ldd", [binary]).split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count >= 3, parts[1] == "=>" { resolved[String(parts[0].trimmingCharacters(in: .whitespaces))] = String(parts[2]) }
        }
        var libraries: [String: String] = [:]
        for library in needed where !library.hasPrefix("ld-linux") {
            guard let path = resolved[library] else { continue }
            if path.hasPrefix("/opt/swift") || path.contains("/swift/linux/") { continue }
            libraries[library] = path
        }
        return libraries
    }

    /// The Debian package that installed a file (merged-/usr aware).
    static func package(owning path: String) throws -> String {
        let candidates = [path, path.hasPrefix("/usr/") ? String(path.dropFirst(4)) : "/usr" + path]
        for candidate in candidates {
            if let output = try? run("/usr/bin/dpkg", ["-S", candidate]), let name = output.split(separator: ":").first {
                return String(name)
            }
        }
        throw CommandFailure(description: "no package owns \(path)")
    }

    struct CommandFailure: Error, CustomStringConvertible { let description: String }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure(description: "\(executable) \(arguments) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
