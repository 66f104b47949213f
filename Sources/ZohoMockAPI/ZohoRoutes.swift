import MockHTTP
import ZohoLocking

/// The route table: the only list of the Zoho endpoints the emulator serves.
enum ZohoRoutes {
    static func router(locks: LockService, configurations: ConfigurationService) -> Router<ZohoEndpoint> {
        var router = Router<ZohoEndpoint>()
        let lockList = "/crm/{version}/{module}/{record_id}/Locking_Information__s"
        let lockItem = "/crm/{version}/{module}/{record_id}/Locking_Information__s/{lock_id}"
        // §5–§9: locking information of a record.
        router.add("GET", lockList, .lockingInformation(.read)) { try locks.getLocks($0.caller, $0.lockPath, $0.query) }
        router.add("POST", lockList, .lockingInformation(.create)) { try locks.lockRecord($0.caller, $0.lockPath, body: $0.body) }
        router.add("GET", lockItem, .lockingInformation(.read)) { try locks.getLock($0.caller, $0.lockPath, $0.query) }
        router.add("PUT", lockItem, .lockingInformation(.update)) { try locks.updateLock($0.caller, $0.lockPath, body: $0.body) }
        router.add("DELETE", lockItem, .lockingInformation(.delete)) { try locks.unlockRecord($0.caller, $0.lockPath) }

        // §10–§14: record-locking configurations.
        let settings = "/crm/{version}/settings/record_locking_configurations"
        let setting = "/crm/{version}/settings/record_locking_configurations/{config_id}"
        router.add("GET", settings, configuration(.read)) { try configurations.getConfigurations($0.caller, $0.query) }
        router.add("POST", settings, configuration(.create)) { try configurations.createConfiguration($0.caller, $0.query, body: $0.body) }
        router.add("PUT", settings, configuration(.update)) { try configurations.updateConfigurations($0.caller, $0.query, body: $0.body) }
        router.add("DELETE", settings, configuration(.delete)) { try configurations.deleteConfigurations($0.caller, $0.query) }
        router.add("GET", setting, configuration(.read)) { try configurations.getConfiguration($0.caller, id: $0.configurationID, $0.query) }
        router.add("PUT", setting, configuration(.update)) {
            try configurations.updateConfiguration($0.caller, id: $0.configurationID, $0.query, body: $0.body)
        }
        router.add("DELETE", setting, configuration(.delete)) { try configurations.deleteConfiguration($0.caller, id: $0.configurationID, $0.query) }
        return router
    }

    private static func configuration(_ operation: ScopeOperation) -> ScopeRequirement {
        .settings(family: "record_locking_configurations", operation)
    }
}

extension Router where Handler == ZohoEndpoint {
    /// Registers an operation with the scope it needs.
    mutating func add(_ method: String, _ pattern: String, _ scope: ScopeRequirement, _ run: @escaping ZohoOperation) {
        add(method, pattern, ZohoEndpoint(scope: scope, run: run))
    }
}
