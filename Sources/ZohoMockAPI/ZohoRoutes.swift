import MockHTTP
import ZohoLocking

/// The route table: the only list of the Zoho endpoints the emulator serves.
enum ZohoRoutes {
    static func router(locks: LockService, configurations: ConfigurationService) -> Router<ZohoOperation> {
        var router = Router<ZohoOperation>()
        let lockList = "/crm/{version}/{module}/{record_id}/Locking_Information__s"
        let lockItem = "/crm/{version}/{module}/{record_id}/Locking_Information__s/{lock_id}"
        // §5–§9: locking information of a record.
        router.add("GET", lockList) { try locks.getLocks($0.caller, $0.lockPath, $0.query) }
        router.add("POST", lockList) { try locks.lockRecord($0.caller, $0.lockPath, body: $0.body) }
        router.add("GET", lockItem) { try locks.getLock($0.caller, $0.lockPath, $0.query) }
        router.add("PUT", lockItem) { try locks.updateLock($0.caller, $0.lockPath, body: $0.body) }
        router.add("DELETE", lockItem) { try locks.unlockRecord($0.caller, $0.lockPath) }

        // §10–§14: record-locking configurations.
        let settings = "/crm/{version}/settings/record_locking_configurations"
        let setting = "/crm/{version}/settings/record_locking_configurations/{config_id}"
        router.add("GET", settings) { try configurations.getConfigurations($0.caller, $0.query) }
        router.add("POST", settings) { try configurations.createConfiguration($0.caller, $0.query, body: $0.body) }
        router.add("PUT", settings) { try configurations.updateConfigurations($0.caller, $0.query, body: $0.body) }
        router.add("DELETE", settings) { try configurations.deleteConfigurations($0.caller, $0.query) }
        router.add("GET", setting) { try configurations.getConfiguration($0.caller, id: $0.configurationID, $0.query) }
        router.add("PUT", setting) {
            try configurations.updateConfiguration($0.caller, id: $0.configurationID, $0.query, body: $0.body)
        }
        router.add("DELETE", setting) { try configurations.deleteConfiguration($0.caller, id: $0.configurationID, $0.query) }
        return router
    }
}
