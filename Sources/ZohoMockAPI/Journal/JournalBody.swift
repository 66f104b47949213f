import ZohoJSON

/// A request or response body as the journal keeps it. A body up to the cap is
/// kept as sent and masked when read; a longer one is masked now and only the
/// first `cap` bytes of that are kept, so one huge body costs the journal no
/// more than a small one, and no credential survives the cut unmasked.
struct JournalBody: Sendable {
    /// The body as sent, or the start of its masked rendering when truncated.
    let bytes: [UInt8]
    /// The body's size as sent.
    let size: Int
    let isTruncated: Bool

    static let empty = JournalBody(bytes: [], size: 0, isTruncated: false)

    init(_ body: [UInt8], cap: Int) {
        size = body.count
        guard body.count > cap else {
            bytes = body
            isTruncated = false
            return
        }
        // Parsing and rewriting a long body on the request's thread costs far more
        // than the request itself; a body with nothing to mask is cut as it is.
        guard SecretMasker.mayMask(body) else {
            bytes = Array(body.prefix(cap))
            isTruncated = true
            return
        }
        let masked: [UInt8]
        switch SecretMasker.body(body) {
        case .string(let text): masked = Array(text.utf8)
        case let value: masked = JSONWriter.bytes(value)
        }
        bytes = Array(masked.prefix(cap))
        isTruncated = true
    }

    private init(bytes: [UInt8], size: Int, isTruncated: Bool) {
        self.bytes = bytes
        self.size = size
        self.isTruncated = isTruncated
    }

    /// What the journal shows: the masked body (JSON when it parses), or the
    /// kept start of it as text when truncated; null when empty.
    var view: JSONValue {
        if isTruncated { return .string(String(decoding: bytes, as: UTF8.self)) }
        return SecretMasker.body(bytes)
    }
}
