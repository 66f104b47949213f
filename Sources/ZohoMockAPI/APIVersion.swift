import ZohoLocking

/// The `{version}` path segment. Record locking has pages for v3 to v8, all of
/// one shape; v1, v2 and v2.1 exist but predate the feature (docs/behaviour.md, API versions).
enum APIVersion {
    static let supported: Set<String> = ["v3", "v4", "v5", "v6", "v7", "v8"]
    static let older: Set<String> = ["v1", "v2", "v2.1"]
    static let firstSupported = 3

    static func check(_ segment: String) throws(ZohoError) {
        if supported.contains(segment) { return }
        if older.contains(segment) { throw .apiNotSupported(supportedVersion: firstSupported) }
        throw .invalidURLPattern
    }
}
