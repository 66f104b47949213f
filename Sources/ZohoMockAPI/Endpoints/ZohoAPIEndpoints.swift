import MockHTTP
import ZohoLocking

/// The Zoho API's part of the endpoint table, each endpoint with the OAuth scope it needs.
enum ZohoAPIEndpoints {
    static func add(to list: inout EndpointList, _ services: ZohoServices) {
        let locks = services.locks, configurations = services.configurations
        let metadata = services.metadata, records = services.records
        let lockList = "/crm/{version}/{module}/{record_id}/Locking_Information__s"
        let lockItem = "/crm/{version}/{module}/{record_id}/Locking_Information__s/{lock_id}"
        // Locking information of a record.
        list.zohoAPI("GET", lockList, .lockingInformation(.read)) { try locks.getLocks($0.caller, $0.lockPath, $0.query) }
        list.zohoAPI("POST", lockList, .lockingInformation(.create)) { try locks.lockRecord($0.caller, $0.lockPath, body: $0.body) }
        list.zohoAPI("GET", lockItem, .lockingInformation(.read)) { try locks.getLock($0.caller, $0.lockPath, $0.query) }
        list.zohoAPI("PUT", lockItem, .lockingInformation(.update)) { try locks.updateLock($0.caller, $0.lockPath, body: $0.body) }
        list.zohoAPI("DELETE", lockItem, .lockingInformation(.delete)) { try locks.unlockRecord($0.caller, $0.lockPath) }

        // Record-locking configurations.
        let settings = "/crm/{version}/settings/record_locking_configurations"
        let setting = "/crm/{version}/settings/record_locking_configurations/{config_id}"
        list.zohoAPI("GET", settings, configuration(.read)) { try configurations.getConfigurations($0.caller, $0.query) }
        list.zohoAPI("POST", settings, configuration(.create)) { try configurations.createConfiguration($0.caller, $0.query, body: $0.body) }
        list.zohoAPI("PUT", settings, configuration(.update)) { try configurations.updateConfigurations($0.caller, $0.query, body: $0.body) }
        list.zohoAPI("DELETE", settings, configuration(.delete)) { try configurations.deleteConfigurations($0.caller, $0.query) }
        list.zohoAPI("GET", setting, configuration(.read)) { try configurations.getConfiguration($0.caller, id: $0.configurationID, $0.query) }
        list.zohoAPI("PUT", setting, configuration(.update)) {
            try configurations.updateConfiguration($0.caller, id: $0.configurationID, $0.query, body: $0.body)
        }
        list.zohoAPI("DELETE", setting, configuration(.delete)) { try configurations.deleteConfiguration($0.caller, id: $0.configurationID, $0.query) }

        // The Records API of the lockable modules, where locks bite. Routes with more
        // literal segments win, so `settings/…`, `users` and `org` stay above `{module}`.
        let recordCollection = "/crm/{version}/{module}"
        let recordItem = "/crm/{version}/{module}/{record_id}"
        list.zohoAPI("GET", recordItem, .records(.read)) { try records.getRecord($0.caller, $0.recordPath) }
        list.zohoAPI("POST", recordCollection, .records(.create)) { try records.insertRecords($0.caller, $0.recordPath, body: $0.body) }
        list.zohoAPI("PUT", recordCollection, .records(.update)) { try records.updateRecords($0.caller, $0.recordPath, body: $0.body) }
        list.zohoAPI("PUT", recordItem, .records(.update)) { try records.updateRecord($0.caller, $0.recordPath, body: $0.body) }
        list.zohoAPI("DELETE", recordCollection, .records(.delete)) { try records.deleteRecords($0.caller, $0.recordPath, $0.query) }
        list.zohoAPI("DELETE", recordItem, .records(.delete)) { try records.deleteRecord($0.caller, $0.recordPath) }

        // Change owner, one record or many: its own scope, no module scope (as documented).
        let changeOwner = ScopeRequirement.family("change_owner", .create)
        list.zohoAPI("POST", "/crm/{version}/{module}/{record_id}/actions/change_owner", changeOwner) {
            try records.changeOwner($0.caller, $0.recordPath, body: $0.body)
        }
        list.zohoAPI("POST", "/crm/{version}/{module}/actions/change_owner", changeOwner) {
            try records.changeOwners($0.caller, $0.recordPath, body: $0.body)
        }
        // Upsert: inserts or updates, so Zoho documents the module's CREATE scope (or ALL).
        list.zohoAPI("POST", "/crm/{version}/{module}/upsert", .records(.create)) {
            try records.upsertRecords($0.caller, $0.recordPath, body: $0.body)
        }
        // Mass update: its own scope, no module scope (as documented); locked records are skipped.
        let massUpdates = services.massUpdates
        let massUpdate = "/crm/{version}/{module}/actions/mass_update"
        list.zohoAPI("POST", massUpdate, .massUpdate(.update)) {
            try massUpdates.massUpdate($0.caller, $0.recordPath, body: $0.body)
        }
        list.zohoAPI("GET", massUpdate, .massUpdate(.read)) {
            try massUpdates.massUpdateStatus($0.caller, $0.recordPath, $0.query)
        }

        // Get Records and Search Records: how a client finds locked records.
        let reads = services.recordReads
        list.zohoAPI("GET", recordCollection, .records(.read)) { try reads.getRecords($0.caller, $0.recordPath, $0.query) }
        list.zohoAPI("GET", "/crm/{version}/{module}/search", .search) { try reads.searchRecords($0.caller, $0.recordPath, $0.query) }

        // The metadata the official SDK fetches.
        list.zohoAPI("GET", "/crm/{version}/settings/fields", .settings(family: "fields", .read)) {
            try metadata.fields($0.caller, $0.query)
        }
        list.zohoAPI("GET", "/crm/{version}/settings/modules", .settings(family: "modules", .read)) {
            try metadata.modules($0.caller, ifModifiedSince: $0.http.header("If-Modified-Since"))
        }
        list.zohoAPI("GET", "/crm/{version}/users", .family("users", .read)) { try metadata.users($0.caller, $0.query) }
        list.zohoAPI("GET", "/crm/{version}/org", .family("org", .read)) { metadata.org($0.caller) }
    }

    private static func configuration(_ operation: ScopeOperation) -> ScopeRequirement {
        .settings(family: "record_locking_configurations", operation)
    }
}
