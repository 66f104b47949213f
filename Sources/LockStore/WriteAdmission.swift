/// Whether the store takes writes, and telling its owner once when it stops
/// and when it starts again (not once per refused request). Used only under
/// the store's write lock.
final class WriteAdmission {
    private var refusal: WriteRefused?
    private let notices: StoreNoticeHandler

    init(notices: @escaping StoreNoticeHandler) { self.notices = notices }

    /// Throws while a replaced file keeps writes out: that lasts until a restart.
    func check() throws(WriteRefused) {
        if let refusal, case .fileReplaced = refusal { throw refusal }
    }

    /// Records why a write is refused; returns the error to throw.
    func refuse(_ reason: WriteRefused) -> WriteRefused {
        if refusal.map({ !Self.sameCondition($0, reason) }) ?? true {
            refusal = reason
            notices(.writesRefused(reason))
        }
        return reason
    }

    /// A write went through: a full disk has space again.
    func accepted(path: String) {
        guard refusal != nil else { return }
        refusal = nil
        notices(.writesResumed(path: path))
    }

    private static func sameCondition(_ first: WriteRefused, _ second: WriteRefused) -> Bool {
        switch (first, second) {
        case (.diskFull, .diskFull), (.fileReplaced, .fileReplaced): return true
        default: return false
        }
    }
}
