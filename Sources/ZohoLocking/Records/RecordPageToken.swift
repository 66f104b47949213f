/// A Get Records `page_token`: where the list goes on, for whom, until when.
/// The emulator keeps no state for it: the token spells its own contents (in
/// hex, so clients treat it as opaque), and one that does not decode, names
/// another org or module, or is longer than any token issued, is unknown.
public struct RecordPageToken: Sendable, Equatable {
    public var orgID: ZohoID
    public var module: String
    public var sortBy: String
    public var ascending: Bool
    /// Records before the next page.
    public var offset: Int
    /// Epoch seconds after which the token is refused (EXPIRED_VALUE).
    public var expiry: Int64

    /// A day, as Zoho's tokens live.
    public static let lifetimeSeconds: Int64 = 86_400
    /// Longer than any token this type writes (module names are short).
    static let maximumLength = 512

    public init(orgID: ZohoID, module: String, sortBy: String, ascending: Bool, offset: Int, expiry: Int64) {
        self.orgID = orgID
        self.module = module
        self.sortBy = sortBy
        self.ascending = ascending
        self.offset = offset
        self.expiry = expiry
    }

    public var text: String {
        let plain = "\(orgID.value)|\(module)|\(sortBy)|\(ascending ? "asc" : "desc")|\(offset)|\(expiry)"
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(plain.utf8.count * 2)
        for byte in plain.utf8 {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// nil for anything this type did not write.
    public init?(text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count <= Self.maximumLength, bytes.count % 2 == 0 else { return nil }
        var plain: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard let high = Self.nibble(bytes[index]), let low = Self.nibble(bytes[index + 1]) else { return nil }
            plain.append(high << 4 | low)
            index += 2
        }
        let parts = plain.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        guard parts.count == 6, let org = Int64(parts[0]), !parts[1].isEmpty,
            RecordListQuery.sortFields.contains(parts[2]), parts[3] == "asc" || parts[3] == "desc",
            let offset = Int(parts[4]), offset >= 0, let expiry = Int64(parts[5])
        else { return nil }
        self.init(orgID: ZohoID(org), module: parts[1], sortBy: parts[2], ascending: parts[3] == "asc",
                  offset: offset, expiry: expiry)
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
