/// The change-owner action (https://www.zoho.com/crm/developer/docs/api/v8/change-owner.html):
/// one record by path, or up to 500 named in the body's `ids`. The body is read
/// before the store's lock; inside it only the module, the owner, the records and
/// their locks are checked. A lock refuses the change only when its configuration
/// lists `change_owner` in `restricted_actions`.
extension RecordService {
    /// POST `/{module}/{record_id}/actions/change_owner`: 200, one item.
    public func changeOwner(_ caller: Caller, _ path: RecordPath, body: [UInt8]) throws -> ZohoReply {
        let parsed = Result { () throws(ZohoError) in try OwnerChangeBody(bytes: body, readsIDs: false) }
        let result = try store.write { repository -> ActionResult in
            let module = try Self.resolveModule(repository, caller, path)
            let record = try resolveRecord(repository, caller, module, path)
            let body = try parsed.get()
            try Self.checkOwner(body.ownerID, repository, caller)
            return try writer(repository, caller, module).changeOwner(of: record, to: body.ownerID)
        }
        return ActionResult.reply(key: "data", items: [result], successStatus: 200)
    }

    /// POST `/{module}/actions/change_owner` with `ids`: one item per id, 207 when mixed.
    public func changeOwners(_ caller: Caller, _ path: RecordPath, body: [UInt8]) throws -> ZohoReply {
        let parsed = Result { () throws(ZohoError) in try OwnerChangeBody(bytes: body, readsIDs: true) }
        let results = try store.write { repository -> [ActionResult] in
            let module = try Self.resolveModule(repository, caller, path)
            let body = try parsed.get()
            try Self.checkOwner(body.ownerID, repository, caller)
            let writer = try writer(repository, caller, module)
            return try body.ids.map { try writer.changeOwner(ofID: $0, to: body.ownerID) }
        }
        return ActionResult.reply(key: "data", items: results, successStatus: 200)
    }

    /// The new owner must be a user of the caller's org.
    private static func checkOwner(_ id: ZohoID, _ repository: any Repository, _ caller: Caller) throws {
        guard try repository.user(orgID: caller.org.id, id: id) != nil else {
            throw ZohoError.invalidValue(apiName: "id", jsonPath: "$.owner.id")
        }
    }
}
