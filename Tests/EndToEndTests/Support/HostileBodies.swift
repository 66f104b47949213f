/// Bodies built to hit a parser or a validator where it could be slow: wide,
/// deep, long, many items. Sized so that the quadratic code they once met took
/// seconds (15k keys took about a second in a release build, several in a debug one), yet small enough for a
/// fast debug-build test.
enum HostileBodies {
    static let keys = 10_000
    static let items = 5_000

    /// `"k0":0,"k1":0,…`, `count` distinct members (without braces).
    static func members(_ count: Int = keys) -> String {
        (0..<count).map { #""k\#($0)":0"# }.joined(separator: ",")
    }

    /// `prefix` + `count` copies of `item`, comma-separated + `suffix`.
    static func repeated(_ prefix: String, _ item: String, _ suffix: String, count: Int = items) -> String {
        prefix + Array(repeating: item, count: count).joined(separator: ",") + suffix
    }

    /// `[[…1…]]` nested `depth` arrays deep.
    static func nested(_ depth: Int) -> String {
        String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
    }

    /// A string literal (quotes included) of `count` copies of `unit`.
    static func string(_ unit: String, _ count: Int) -> String {
        "\"" + String(repeating: unit, count: count) + "\""
    }
}
