import ZohoJSON

/// Renders records of one module for one caller as `GET /{module}/{id}` shows
/// them, looking each user and the module's configuration up once per page
/// rather than once per record.
struct RecordPageRenderer {
    private let repository: any RecordService.Repository
    private let caller: Caller
    private let timeZone: String
    private var users: [ZohoID: User?] = [:]
    private var policy: RecordLockPolicy?

    init(repository: any RecordService.Repository, caller: Caller, timeZone: String) {
        self.repository = repository
        self.caller = caller
        self.timeZone = timeZone
    }

    /// The record's JSON; with `fields`, only those keys, `id` and the `$` keys.
    mutating func render(_ record: CRMRecord, fields: Set<String>? = nil) throws -> JSONValue {
        let lock = try repository.lock(orgID: caller.org.id, recordID: record.id)
        if lock != nil, policy == nil {
            let configuration = try repository.configuration(orgID: caller.org.id, module: record.module)
            policy = RecordLockPolicy(configuration: configuration, caller: caller)
        }
        let view = RecordView(
            record: record, owner: try user(record.ownerID), createdBy: try user(record.creatorID),
            modifiedBy: try user(record.modifierID), locked: lock != nil,
            lockedForCaller: policy?.isLockedForCaller(lock) ?? false, timeZone: timeZone)
        guard let fields, case .object(let object) = view.json else { return view.json }
        var kept = JSONObject()
        for (key, value) in object where fields.contains(key) || key == "id" || key.hasPrefix("$") {
            kept[key] = value
        }
        return .object(kept)
    }

    /// A user by id, looked up once.
    mutating func user(_ id: ZohoID?) throws -> User? {
        guard let id else { return nil }
        if let known = users[id] { return known }
        let found = try repository.user(orgID: caller.org.id, id: id)
        users[id] = found
        return found
    }
}
