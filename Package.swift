// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "zoho-lock-mock",
    // Linux only, so no Apple platform is claimed: LockStore and the domain import
    // Glibc unconditionally (flock, statvfs, pthread read/write locks, memcmp), the
    // HTTP shim reads CLOCK_MONOTONIC_COARSE, and only Debian 12 (the Dockerfile's
    // and CI's system) is built and tested.
    products: [
        .executable(name: "zoho-lock-mock", targets: ["ZohoMockCLI"]),
        // A whole emulator in a process: options, store, seed and HTTP (`EmulatorServer`).
        .library(name: "ZohoMockServer", targets: ["ZohoMockServer"]),
        // The emulator inside a test process, with a typed client of the control API.
        .library(name: "ZohoLockMockTesting", targets: ["ZohoLockMockTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // C libraries reach Swift through system-library targets; the shims cover
        // the calls Swift cannot make itself (variadic functions, macros).
        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"]), .brew(["libmicrohttpd"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // Byte classes of ASCII (digits, hex digits, letters, case, blanks), defined once
        // for every layer that reads bytes: a leaf, so HTTP and JSON need nothing else.
        .target(name: "ASCIIBytes"),
        .target(name: "MockHTTP", dependencies: ["CMicroHTTPD", "ASCIIBytes"]),
        .target(name: "LockStore", dependencies: ["CSQLite", "ZohoLocking", "ZohoJSON", "ASCIIBytes"]),
        // JSON values, parser and writers: on every request's path, so it depends on
        // nothing but ASCIIBytes and stays usable from any layer.
        .target(name: "ZohoJSON", dependencies: ["ASCIIBytes"]),
        .target(name: "ZohoLocking", dependencies: ["ZohoJSON", "ASCIIBytes"]),
        // The control API's requests and answers, shared by the server and the client library.
        // It needs only JSON and the domain's ids and errors.
        .target(name: "ZohoMockControlWire", dependencies: ["ZohoJSON", "ZohoLocking"]),
        .target(
            name: "ZohoMockAPI",
            dependencies: [
                "MockHTTP", "ZohoJSON", "ZohoLocking", "ZohoMockControlWire", "ASCIIBytes",
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.embedInCode("OpenAPI/openapi.json")]
        ),
        // The composition root: opens the SQLite store, loads the seed, builds the
        // emulator and starts HTTP. The only place the API layer meets the store.
        .target(
            name: "ZohoMockServer",
            dependencies: [
                "ZohoMockAPI", "LockStore", "MockHTTP", "ZohoJSON", "ZohoLocking",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "ZohoMockCLI",
            dependencies: [
                "ZohoMockServer", "ZohoMockAPI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "ZohoLockMockTesting",
            dependencies: [
                "ZohoMockServer", "ZohoMockAPI", "ZohoMockControlWire", "ZohoJSON", "ZohoLocking",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // How much longer work takes on a four times larger input: the worst-case
        // tests of JSON and of the domain share it.
        .target(name: "GrowthRatio", path: "Tests/GrowthRatio"),
        .testTarget(name: "ASCIIBytesTests", dependencies: ["ASCIIBytes"]),
        .testTarget(name: "ZohoJSONTests", dependencies: ["ZohoJSON", "GrowthRatio"]),
        // The store in memory, for tests of the services without SQLite; not in any product.
        .target(name: "ZohoLockingFakes", dependencies: ["ZohoLocking", "ZohoJSON"]),
        .testTarget(name: "ZohoLockingTests", dependencies: ["ZohoLocking", "ZohoJSON", "GrowthRatio", "ZohoLockingFakes"]),
        // The wire target is named although ZohoLockMockTesting re-exports it: builds then
        // recompile these tests when its types change.
        .testTarget(
            name: "ZohoLockMockTestingTests", dependencies: ["ZohoLockMockTesting", "ZohoJSON", "ZohoMockControlWire"]
        ),
        .testTarget(name: "LockStoreTests", dependencies: ["LockStore", "ZohoJSON", "ZohoLocking", "ZohoLockingFakes"]),
        .testTarget(name: "MockHTTPTests", dependencies: ["MockHTTP"]),
        // The API layer driven with hand-built requests: dispatch, refusals, the endpoint table.
        .testTarget(
            name: "ZohoMockAPITests",
            dependencies: [
                "ZohoMockAPI", "ZohoJSON", "ZohoLocking", "ZohoMockControlWire", "MockHTTP", "LockStore",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "ZohoMockServer", "ZohoMockAPI", "ZohoJSON", "ZohoLocking", "MockHTTP",
                // Only to change a database file behind the server's back (StoredJSONFailureTests).
                "LockStore",
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)
