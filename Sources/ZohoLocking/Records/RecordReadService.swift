import ZohoJSON

/// Get Records (`GET /{module}`) and Search Records (`GET /{module}/search`)
/// of the lockable modules, so a client can list and find records, locked ones
/// included (`Locked__s`, `$locked_for_me`). Reads only: both run in a read
/// transaction, never holding the write lock.
///
/// Checks run in this order: module, then the query (parsed before the
/// transaction, its error raised after the module's), then stored data
/// (page token, criteria fields).
public struct RecordReadService: Sendable {
    /// Records, their locks, the users they name and the module's fields and configuration.
    public typealias Repository = RecordService.Repository

    private let store: any TransactionalStore<any Repository>
    private let environment: ServiceEnvironment

    public init<Store: TransactionalStore>(store: Store, environment: ServiceEnvironment)
    where Store.Repository: Repository {
        self.store = store.narrowed { $0 as any Repository }
        self.environment = environment
    }

    /// GET `/{module}`: a page of records; 204 when the page is empty.
    public func getRecords(_ caller: Caller, _ path: RecordPath, _ parameters: QueryParameters) throws -> ZohoReply {
        let parsed = Result { () throws(ZohoError) in try RecordListQuery(parameters: parameters) }
        let now = environment.clock.now()
        return try store.read { repository in
            let module = try RecordService.resolveModule(repository, caller, path)
            let query = try parsed.get()
            var offset = (query.page - 1) * query.perPage
            var sortBy = query.sortBy, ascending = query.ascending
            if let text = query.pageToken {
                guard let token = RecordPageToken(text: text), token.orgID == caller.org.id, token.module == module.apiName
                else { throw ZohoError.invalidParameter(param: "page_token") }
                guard now <= token.expiry else { throw ZohoError.pageTokenExpired }
                (offset, sortBy, ascending) = (token.offset, token.sortBy, token.ascending)
            }
            var records = try repository.crmRecords(orgID: caller.org.id, module: module.apiName)
            if let ids = query.ids {
                let wanted = Set(ids)
                records.removeAll { !wanted.contains($0.id) }
            }
            Self.sort(&records, by: sortBy, ascending: ascending)
            let (page, more) = Self.slice(records, offset: offset, count: query.perPage)
            guard !page.isEmpty else { return .noContent }
            var renderer = RecordPageRenderer(repository: repository, caller: caller, timeZone: timeZone(caller))
            let fields = Set(query.fields)
            let data = try page.map { try renderer.render($0, fields: fields) }
            let next = more
                ? RecordPageToken(orgID: caller.org.id, module: module.apiName, sortBy: sortBy, ascending: ascending,
                                  offset: offset + page.count, expiry: now + RecordPageToken.lifetimeSeconds)
                : nil
            let info = RecordListInfo(
                perPage: query.perPage, count: page.count, page: offset / query.perPage + 1, sortBy: sortBy,
                ascending: ascending, moreRecords: more,
                tokens: (next?.text, next.map { ZohoDateTime.format($0.expiry, timeZone: timeZone(caller)) }))
            return ZohoReply(status: 200, body: .object(JSONObject([("data", .array(data)), ("info", info.json)])))
        }
    }

    /// GET `/{module}/search`: the matching records, newest id first; 204 when none match.
    public func searchRecords(_ caller: Caller, _ path: RecordPath, _ parameters: QueryParameters) throws -> ZohoReply {
        let parsed = Result { () throws(ZohoError) in try SearchQuery(parameters: parameters) }
        return try store.read { repository in
            let module = try RecordService.resolveModule(repository, caller, path)
            let query = try parsed.get()
            let fields = try repository.fields(orgID: caller.org.id, module: module)
            var renderer = RecordPageRenderer(repository: repository, caller: caller, timeZone: timeZone(caller))
            let test = try RecordSearch(query.target, fields: fields)
            let locked = try repository.lockedRecordIDs(orgID: caller.org.id, module: module.apiName)
            var matching: [CRMRecord] = []
            for record in try repository.crmRecords(orgID: caller.org.id, module: module.apiName) {
                let values = RecordValues(
                    record: record, owner: try renderer.user(record.ownerID)?.reference,
                    createdBy: try renderer.user(record.creatorID)?.reference,
                    modifiedBy: try renderer.user(record.modifierID)?.reference)
                if test.matches(values, locked: locked.contains(record.id)) { matching.append(record) }
            }
            Self.sort(&matching, by: "id", ascending: false)
            let (page, more) = Self.slice(matching, offset: (query.page - 1) * query.perPage, count: query.perPage)
            guard !page.isEmpty else { return .noContent }
            let wanted = query.fields.map(Set.init)
            let data = try page.map { try renderer.render($0, fields: wanted) }
            let info = RecordListInfo(
                perPage: query.perPage, count: page.count, page: query.page, sortBy: "id", ascending: false,
                moreRecords: more, tokens: nil)
            return ZohoReply(status: 200, body: .object(JSONObject([("data", .array(data)), ("info", info.json)])))
        }
    }

    /// Stable: equal times keep id order.
    static func sort(_ records: inout [CRMRecord], by field: String, ascending: Bool) {
        let key: (CRMRecord) -> Int64 = switch field {
        case "Created_Time": { $0.createdTime }
        case "Modified_Time": { $0.modifiedTime }
        default: { $0.id.value }
        }
        records.sort { left, right in
            let (l, r) = (key(left), key(right))
            if l != r { return ascending ? l < r : l > r }
            return ascending ? left.id.value < right.id.value : left.id.value > right.id.value
        }
    }

    /// The `count` records from `offset`, and whether more follow.
    static func slice(_ records: [CRMRecord], offset: Int, count: Int) -> (ArraySlice<CRMRecord>, Bool) {
        let start = min(offset, records.count)
        let end = min(start + count, records.count)
        return (records[start..<end], end < records.count)
    }

    private func timeZone(_ caller: Caller) -> String { environment.timeZone(for: caller.org) }
}
