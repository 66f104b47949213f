import MockHTTP
import ZohoLocking

/// The route table: the only list of the Zoho endpoints the emulator serves.
enum ZohoRoutes {
    static func router(locks: LockService) -> Router<ZohoOperation> {
        var router = Router<ZohoOperation>()
        let lockList = "/crm/{version}/{module}/{record_id}/Locking_Information__s"
        let lockItem = "/crm/{version}/{module}/{record_id}/Locking_Information__s/{lock_id}"
        // §5–§9: locking information of a record.
        router.add("GET", lockList) { try locks.getLocks($0.caller, $0.lockPath, $0.query) }
        router.add("POST", lockList) { try locks.lockRecord($0.caller, $0.lockPath, body: $0.body) }
        router.add("GET", lockItem) { try locks.getLock($0.caller, $0.lockPath, $0.query) }
        router.add("PUT", lockItem) { try locks.updateLock($0.caller, $0.lockPath, body: $0.body) }
        router.add("DELETE", lockItem) { try locks.unlockRecord($0.caller, $0.lockPath) }
        return router
    }
}
