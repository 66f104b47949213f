// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "zoho-lock-mock",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zoho-lock-mock", targets: ["ZohoMockCLI"]),
        .library(name: "ZohoMockAPI", targets: ["ZohoMockAPI"]),
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
        .target(name: "MockHTTP", dependencies: ["CMicroHTTPD"]),
        .target(name: "LockStore", dependencies: ["CSQLite", "ZohoLocking"]),
        .target(name: "ZohoLocking"),
        // The control API's requests and answers, shared by the server and the client library.
        // It needs only the JSON types of ZohoLocking (and ZohoID).
        .target(name: "ZohoMockControlWire", dependencies: ["ZohoLocking"]),
        .target(
            name: "ZohoMockAPI",
            dependencies: [
                "MockHTTP", "ZohoLocking", "LockStore", "ZohoMockControlWire",
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.embedInCode("OpenAPI/openapi.json")]
        ),
        .executableTarget(
            name: "ZohoMockCLI",
            dependencies: [
                "ZohoMockAPI", "MockHTTP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "ZohoLockMockTesting",
            dependencies: [
                "ZohoMockAPI", "ZohoLocking", "ZohoMockControlWire", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "ZohoLockingTests", dependencies: ["ZohoLocking"]),
        // The wire target is named although ZohoLockMockTesting re-exports it: builds then
        // recompile these tests when its types change.
        .testTarget(
            name: "ZohoLockMockTestingTests", dependencies: ["ZohoLockMockTesting", "ZohoLocking", "ZohoMockControlWire"]
        ),
        .testTarget(name: "LockStoreTests", dependencies: ["LockStore", "ZohoLocking"]),
        .testTarget(name: "MockHTTPTests", dependencies: ["MockHTTP"]),
        // The API layer driven with hand-built requests: dispatch, refusals, the endpoint table.
        .testTarget(
            name: "ZohoMockAPITests",
            dependencies: [
                "ZohoMockAPI", "ZohoLocking", "ZohoMockControlWire", "MockHTTP", "LockStore",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ZohoMockAPI", "ZohoLocking", "MockHTTP"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
