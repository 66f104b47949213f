import Foundation
import LockStore
import ZohoJSON
import ZohoLocking

/// A fresh folder for database files, removed with everything in it when the test ends.
final class DatabaseFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` in the folder.
    func path(_ name: String = "db.sqlite") -> String { url.appendingPathComponent(name).path }

    /// The size of a file in bytes; nil when it does not exist.
    func size(_ name: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path(name)))?[.size] as? Int
    }
}

/// Notices a store sent, in order (stores send them on their writers' threads).
final class NoticeRecorder: Sendable {
    private let received = LockedValue<[StoreNotice]>([])

    var notices: [StoreNotice] { received.withLock { $0 } }

    var handler: StoreNoticeHandler { { notice in self.received.withLock { $0.append(notice) } } }
}

extension StoreFixture {
    /// A record of Leads whose fields hold `bytes` characters, to make writes of a known size.
    static func bulkyRecord(_ number: Int, bytes: Int) -> CRMRecord {
        CRMRecord(
            module: "Leads", id: ZohoID(Int64(5_843_104_000_010_000_000 + number)), name: "Bulk \(number)",
            ownerID: adminUserID, fields: JSONObject([("Description", .string(String(repeating: "x", count: bytes)))]),
            createdBy: adminUserID, createdTime: loadTime, modifiedBy: adminUserID, modifiedTime: loadTime)
    }

    /// The reason of Lead One's lock, or nil when it has none.
    static func leadOneReason(_ store: SQLiteStore) throws -> String? {
        try store.read { try $0.lock(orgID: orgID, recordID: leadOneID) }?.reason
    }

    /// Renames the org to "Zylker N": a small write whose effect is easy to read back.
    static func renameOrg(_ repository: any StoreRepository, _ number: Int) throws {
        try repository.upsertOrg(
            Org(id: orgID, name: "Zylker \(number)", edition: .enterprise, timeZone: nil, lockingModuleCreated: true))
    }
}
