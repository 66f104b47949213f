import Glibc

/// Which lock fields a `fields=` parameter names. Unknown names (and `Owner`,
/// `Parent_Id`, whose shapes Zoho does not document) select nothing, as Zoho's
/// sample shows. A bit set: parsing it compares bytes, with no strings made
/// (it runs on every list GET).
public struct LockFieldSelection: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16

    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static func of(_ field: LockEntryView.Field) -> LockFieldSelection {
        LockFieldSelection(rawValue: 1 << UInt16(field.position))
    }

    public func contains(_ field: LockEntryView.Field) -> Bool { contains(Self.of(field)) }

    private static let names: [(bytes: [UInt8], selection: LockFieldSelection)] = LockEntryView.Field.allCases.map {
        (Array($0.rawValue.utf8), of($0))
    }

    /// `fields=a,b`: comma-separated, blanks around names ignored.
    public init(parsing text: String) {
        var selection = LockFieldSelection()
        let names = Self.names
        CommaList.forEachItem(in: text, omittingEmpty: true) { item in
            for name in names where name.bytes.count == item.count
                && name.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, item.baseAddress!, item.count) == 0 })
            {
                selection.insert(name.selection)
                return
            }
        }
        self = selection
    }
}
