import LockStore
import Testing
import ZohoJSON
import ZohoLocking

/// Storing and reading record-locking configurations, rules included.
struct ConfigurationStorageTests {
    typealias F = StoreFixture

    static let criteria: JSONValue = [
        "group_operator": "AND",
        "group": [
            ["comparator": "greater_than", "field": ["api_name": "Budget", "id": "5843104000000000701"], "value": "100000"],
            ["comparator": "equal", "field": ["api_name": "Stage", "id": "5843104000000000702"], "value": .int64(5_843_104_000_000_002_645)],
        ],
    ]

    static var fullConfiguration: LockingConfiguration {
        LockingConfiguration(
            id: ZohoID(5_843_104_000_000_000_602), module: "Projects", lockType: .both,
            lockedFor: .allProfilesExceptExcludedProfiles,
            lockExcludedProfiles: [NamedReference(name: "Administrator", id: F.adminProfileID)],
            excludedFields: [APINameReference(apiName: "Budget", id: ZohoID(5_843_104_000_000_000_701))],
            restrictedActions: ["update", "delete", "tags"], restrictedCommunications: ["send_mail"],
            restrictedCustomButtons: [
                NamedReference(name: "Approve", id: ZohoID(5_843_104_000_000_000_801)),
                NamedReference(name: nil, id: ZohoID(5_843_104_000_000_000_802)),
            ],
            lockForPortalUsers: false, systemDefined: true,
            lockingRules: [
                // Ids out of order: rules keep the order they were given.
                LockingRule(id: ZohoID(5_843_104_000_000_000_612), name: "big budgets", lockExistingRecords: true, criteria: criteria),
                LockingRule(id: ZohoID(5_843_104_000_000_000_611), name: "closed", lockExistingRecords: false,
                            criteria: ["comparator": "equal", "field": ["api_name": "Status"], "value": "Closed"]),
            ],
            createdBy: F.admin, createdTime: 1_690_000_000, modifiedBy: F.standard, modifiedTime: 1_695_000_000)
    }

    private func configuration(_ store: SQLiteStore, _ module: String, org: ZohoID = F.orgID) throws -> LockingConfiguration? {
        try store.read { try $0.configuration(orgID: org, module: module) }
    }

    @Test func configuration_roundTripsEveryField() throws {
        let store = try F.loadedStore()
        let written = Self.fullConfiguration
        try store.write { try $0.upsertConfiguration(orgID: F.orgID, written) }
        #expect(try configuration(store, "Projects") == written)
    }

    @Test func configuration_rulesKeepCriteriaAndOrder() throws {
        let store = try F.loadedStore()
        try store.write { try $0.upsertConfiguration(orgID: F.orgID, Self.fullConfiguration) }
        let rules = try #require(try configuration(store, "Projects")).lockingRules
        #expect(rules.map(\.name) == ["big budgets", "closed"])
        #expect(rules.first?.criteria == Self.criteria)
        #expect(JSONWriter.string(rules[0].criteria).contains("5843104000000002645"))
    }

    @Test func configuration_keepsAbsentListsAsNil() throws {
        let store = try F.loadedStore()
        var written = Self.fullConfiguration
        written.lockExcludedProfiles = nil
        written.excludedFields = nil
        written.restrictedCommunications = nil
        written.restrictedCustomButtons = nil
        written.lockedFor = .allProfiles
        try store.write { try $0.upsertConfiguration(orgID: F.orgID, written) }
        let read = try #require(try configuration(store, "Projects"))
        #expect(read.lockExcludedProfiles == nil)
        #expect(read.excludedFields == nil)
        #expect(read.restrictedCommunications == nil)
        #expect(read.restrictedCustomButtons == nil)
        #expect(read == written)
    }

    @Test func configuration_keepsEmptyListsEmptyNotNil() throws {
        let store = try F.loadedStore()
        var written = Self.fullConfiguration
        written.lockExcludedProfiles = []
        written.excludedFields = []
        written.restrictedCommunications = []
        written.restrictedCustomButtons = []
        written.lockingRules = []
        try store.write { try $0.upsertConfiguration(orgID: F.orgID, written) }
        let read = try #require(try configuration(store, "Projects"))
        #expect(read.lockExcludedProfiles == [])
        #expect(read.excludedFields == [])
        #expect(read.restrictedCommunications == [])
        #expect(read.restrictedCustomButtons == [])
        #expect(read == written)
    }

    @Test func configuration_keepsNilCreatorAndModifier() throws {
        let store = try F.loadedStore()
        var written = Self.fullConfiguration
        written.createdBy = nil
        written.modifiedBy = nil
        try store.write { try $0.upsertConfiguration(orgID: F.orgID, written) }
        #expect(try configuration(store, "Projects") == written)
    }

    @Test func configuration_fromFixtureHasDocumentedDefaults() throws {
        let store = try F.loadedStore()
        let expected = LockingConfiguration(
            id: F.leadsConfigurationID, module: "Leads", featureType: "record_locking", lockType: .manual,
            lockedFor: .allProfiles, lockExcludedProfiles: nil, excludedFields: nil, restrictedActions: ["update"],
            restrictedCommunications: nil, restrictedCustomButtons: nil, lockForPortalUsers: true, systemDefined: false,
            lockingRules: [], createdBy: nil, createdTime: F.loadTime, modifiedBy: nil, modifiedTime: F.loadTime)
        #expect(try configuration(store, "Leads") == expected)
    }

    @Test func configuration_fromFixtureKeepsCreatorTimesAndRestrictsUpdateFirst() throws {
        let store = try F.loadedStore()
        try F.load(
            """
            { "orgs": [{ "id": "5843104000000000101",
              "record_locking_configurations": [{
                "module": "Projects", "id": "5843104000000000603", "lock_type": "manual",
                "restricted_actions": ["delete"],
                "created_by_id": "5843104000000000301", "created_time": "2023-09-05T05:13:36-04:00" }] }] }
            """, into: store)
        let read = try #require(try configuration(store, "Projects"))
        #expect(read.id == ZohoID(5_843_104_000_000_000_603))
        // `update` is always restricted and goes first.
        #expect(read.restrictedActions == ["update", "delete"])
        // The modifier and modified time default to the creator and created time.
        #expect(read.createdBy == F.admin)
        #expect(read.modifiedBy == F.admin)
        #expect(read.createdTime == 1_693_905_216)
        #expect(read.modifiedTime == 1_693_905_216)
    }

    @Test func configuration_unconfiguredModuleIsNil() throws {
        let store = try F.loadedStore()
        #expect(try configuration(store, "Contacts") == nil)
        #expect(try configuration(store, "Projects") == nil)
    }

    @Test func configuration_isScopedByOrg() throws {
        let store = try F.store(loading: F.document, F.otherOrgDocument)
        #expect(try configuration(store, "Leads")?.id == F.leadsConfigurationID)
        #expect(try configuration(store, "Leads", org: F.otherOrgID)?.id == ZohoID(6_000_000_000_000_000_041))
    }

    @Test func upsertConfiguration_replacesTheModulesConfigurationAndRules() throws {
        let store = try F.loadedStore()
        try store.write { try $0.upsertConfiguration(orgID: F.orgID, Self.fullConfiguration) }
        var replacement = Self.fullConfiguration
        replacement.id = ZohoID(5_843_104_000_000_000_604)
        replacement.lockType = .automatic
        replacement.lockingRules = [
            LockingRule(id: ZohoID(5_843_104_000_000_000_613), name: "only rule", lockExistingRecords: false, criteria: ["x": 1])
        ]
        try store.write { try $0.upsertConfiguration(orgID: F.orgID, replacement) }
        #expect(try configuration(store, "Projects") == replacement)
    }

    @Test func upsertConfiguration_movesModuleLocksToTheNewConfiguration() throws {
        let store = try F.loadedStore()
        try store.write { try $0.insertLock(orgID: F.orgID, F.manualLock()) }
        var replacement = try #require(try configuration(store, "Leads"))
        replacement.id = ZohoID(5_843_104_000_000_000_605)
        try store.write { try $0.upsertConfiguration(orgID: F.orgID, replacement) }
        let lock = try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID) }
        #expect(lock?.configurationID == ZohoID(5_843_104_000_000_000_605))
    }

    @Test func configurationSummary_hasIdAndLockType() throws {
        let store = try F.loadedStore()
        try store.write { try $0.upsertConfiguration(orgID: F.orgID, Self.fullConfiguration) }
        #expect(
            try store.read { try $0.configurationSummary(orgID: F.orgID, module: "Projects") }
                == ConfigurationSummary(id: Self.fullConfiguration.id, lockType: .both))
        #expect(
            try store.read { try $0.configurationSummary(orgID: F.orgID, module: "Leads") }
                == ConfigurationSummary(id: F.leadsConfigurationID, lockType: .manual))
        #expect(try store.read { try $0.configurationSummary(orgID: F.orgID, module: "Contacts") } == nil)
        #expect(try store.read { try $0.configurationSummary(orgID: F.otherOrgID, module: "Leads") } == nil)
    }

    @Test func deleteConfiguration_removesItsRulesAndLocksOnly() throws {
        let store = try F.loadedStore()
        let projectLock = LockEntry(
            id: ZohoID(5_843_104_000_000_000_906),
            record: LockedRecord(module: APINameReference(apiName: "Projects", id: F.projectsModuleID), name: "Project One", id: F.projectOneID),
            source: .manual, reason: nil, lockedBy: F.admin, lockedTime: F.loadTime,
            configurationID: Self.fullConfiguration.id, ruleID: nil, createdBy: F.admin, createdTime: F.loadTime,
            modifiedBy: F.admin, modifiedTime: F.loadTime)
        try store.write { repository in
            try repository.upsertConfiguration(orgID: F.orgID, Self.fullConfiguration)
            try repository.insertLock(orgID: F.orgID, projectLock)
            try repository.insertLock(orgID: F.orgID, F.manualLock())
        }
        try store.write { try $0.deleteConfiguration(orgID: F.orgID, id: Self.fullConfiguration.id) }
        #expect(try configuration(store, "Projects") == nil)
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.projectOneID) } == nil)
        #expect(try configuration(store, "Leads")?.id == F.leadsConfigurationID)
        #expect(try store.read { try $0.lock(orgID: F.orgID, recordID: F.leadOneID) } == F.manualLock())
        // Rules went with it: the same configuration stored again has only the rules it brings.
        var again = Self.fullConfiguration
        again.lockingRules = []
        again.lockType = .manual
        try store.write { try $0.upsertConfiguration(orgID: F.orgID, again) }
        #expect(try configuration(store, "Projects")?.lockingRules == [])
    }
}
