import Testing
import ZohoJSON
import ZohoLocking

/// Automatic locking (docs/zoho-api.md#enforcement-and-automatic-locking): rules
/// lock records on create, on update, and existing records when a configuration
/// with `lock_existing_records` is saved (POST and PUT). Locks stay when a record
/// stops matching; deleting a rule removes the locks it made; deleting the
/// configuration removes them all (docs/behaviour.md#enforcement-and-automatic-locking).
@Suite struct AutomaticLockingTests {
    let server: TestServer
    let token = "1000.rules.token"
    static let bigDeal = "7300000000000000031"
    static let smallDeal = "7300000000000000032"
    static let wonDeal = "7300000000000000033"

    init() throws {
        server = try TestServer()
        try server.load(fixture: String(decoding: try RepositoryPaths.fixture("rules-org.json"), as: UTF8.self))
    }

    static let bigDealsRule = #"""
        {"name":"big deals","lock_existing_records":true,
         "criteria":{"comparator":"greater_than","field":{"api_name":"Amount"},"value":100000}}
        """#
    static let wonDealsRule = #"""
        {"name":"won deals","lock_existing_records":false,
         "criteria":{"comparator":"equal","field":{"api_name":"Stage"},"value":"Closed Won"}}
        """#

    /// Creates the Deals configuration and returns its rule ids by name.
    @discardableResult
    func configureDeals(_ rules: [String], extra: String = "") throws -> [String: String] {
        let item = #"{"lock_type":"both",\#(extra)"locking_rules":[\#(rules.joined(separator: ","))]}"#
        let response = try server.createConfiguration("Deals", item, token: token)
        #expect(response.status == 201, "\(response.text)")
        return try ruleIDs()
    }

    func ruleIDs() throws -> [String: String] {
        let configuration = try server.request("GET", configurationPath("Deals"), token: token).json
        var ids: [String: String] = [:]
        for rule in configuration["record_locking_configurations", 0, "locking_rules"]?.arrayValue ?? [] {
            if let name = rule["name"]?.stringValue, let id = rule["id"]?.stringValue { ids[name] = id }
        }
        return ids
    }

    func lock(_ record: String) throws -> JSONValue? { try server.lockEntry(record, module: "Deals", token: token) }

    func insert(_ fields: String) throws -> String { try server.insertRecord("Deals", fields, token: token) }

    func update(_ record: String, _ fields: String) throws -> TestResponse {
        try server.request("PUT", recordPath("Deals", record), token: token, body: dataBody(fields))
    }

    // MARK: - the life cycle

    @Test func savingAConfiguration_locksExistingMatchingRecords_asAutomaticLocks() throws {
        server.server.clock.freeze(at: ZohoDateTime.parse("2024-05-01T12:00:00+02:00")!)
        let rules = try configureDeals([Self.bigDealsRule, Self.wonDealsRule])
        let entry = try #require(try lock(Self.bigDeal))
        let configurationID = try server.request("GET", configurationPath("Deals"), token: token)
            .json["record_locking_configurations", 0, "id"]
        #expect(entry["Lock_Source__s"] == "Automatic")
        #expect(entry["Locked_By__s"] == .null)
        #expect(entry["Locked_Reason__s"] == .null)
        #expect(entry["Record_Locking_Rule_Id__s"] == .string(rules["big deals"]!))
        #expect(entry["Record_Locking_Configuration_Id__s"] == configurationID)
        #expect(entry["Locked_Time__s"] == "2024-05-01T12:00:00+02:00")
        #expect(entry["Locked_For__s", "name"] == "Big one")
        #expect(entry["$editable"] == false)
        #expect(entry["$sharing_permission"] == "read_only")
        #expect(try lock(Self.smallDeal) == nil)
        // "won deals" matches, but its rule does not lock existing records.
        #expect(try lock(Self.wonDeal) == nil)
    }

    @Test func creatingAndUpdating_runTheRules() throws {
        let rules = try configureDeals([Self.bigDealsRule, Self.wonDealsRule])
        let big = try insert(#"{"Deal_Name":"New big","Amount":150000}"#)
        let won = try insert(#"{"Deal_Name":"New won","Amount":10,"Stage":"closed won"}"#)
        let small = try insert(#"{"Deal_Name":"New small","Amount":10,"Stage":"Closed Lost"}"#)
        #expect(try lock(big)?["Record_Locking_Rule_Id__s"] == .string(rules["big deals"]!))
        #expect(try lock(won)?["Record_Locking_Rule_Id__s"] == .string(rules["won deals"]!))
        #expect(try lock(small) == nil)

        #expect(try update(Self.smallDeal, #"{"Stage":"Closed Won"}"#).status == 200)
        #expect(try lock(Self.smallDeal)?["Record_Locking_Rule_Id__s"] == .string(rules["won deals"]!))
        // From now on the lock bites.
        let refused = try update(Self.smallDeal, #"{"Stage":"Negotiation"}"#)
        #expect(refused.status == 400)
        #expect(refused.json == ["data": [recordLockedItem(Self.smallDeal)]])
    }

    @Test func automaticLocks_cannotBeUnlockedOrEditedByHand() throws {
        try configureDeals([Self.bigDealsRule])
        let lockID = try #require(try lock(Self.bigDeal)?["id"]?.stringValue)
        let unlock = try server.request("DELETE", lockPath(Self.bigDeal, lockID, module: "Deals"), token: token)
        #expect(unlock.status == 403)
        #expect(unlock.json == [
            "code": "NOT_ALLOWED", "details": ["resource_path_index": 1],
            "message": "Automatically locked records can not be unlocked manually", "status": "error",
        ])
        let edit = try server.request("PUT", lockPath(Self.bigDeal, lockID, module: "Deals"), token: token, body: lockBody("x"))
        #expect(edit.status == 403)
        #expect(edit.json["message"] == "Automatically locked records can not be edited manually")
        #expect(try lock(Self.bigDeal)?["id"] == .string(lockID))
    }

    @Test func aRecordThatStopsMatching_keepsItsLock() throws {
        // Amount stays editable while locked, so the record can stop matching.
        try configureDeals([Self.bigDealsRule], extra: #""excluded_fields":[{"api_name":"Amount"}],"#)
        let lockID = try #require(try lock(Self.bigDeal)?["id"])
        #expect(try update(Self.bigDeal, #"{"Amount":10}"#).status == 200)
        #expect(try server.record(Self.bigDeal, module: "Deals", token: token)?["Amount"] == 10)
        #expect(try lock(Self.bigDeal)?["id"] == lockID)
    }

    @Test func deletingARule_removesItsLocks_only() throws {
        let rules = try configureDeals([Self.bigDealsRule, Self.wonDealsRule])
        let won = try insert(#"{"Deal_Name":"New won","Stage":"Closed Won"}"#)
        let alsoWon = try insert(#"{"Deal_Name":"Also won","Stage":"Closed Won"}"#)
        let held = try insert(#"{"Deal_Name":"Held by hand"}"#)
        #expect(try server.request("POST", lockPath(held, module: "Deals"), token: token, body: lockBody("mine")).status == 201)
        #expect(try lock(won) != nil && lock(alsoWon) != nil)

        let body = configurationBody(#"{"lock_type":"both","locking_rules":[{"id":"\#(rules["won deals"]!)","_delete":true}]}"#)
        #expect(try server.request("PUT", configurationPath("Deals"), token: token, body: body).status == 200)
        #expect(try lock(won) == nil)
        #expect(try lock(alsoWon) == nil)
        #expect(try lock(Self.bigDeal)?["Record_Locking_Rule_Id__s"] == .string(rules["big deals"]!))
        #expect(try lock(held)?["Lock_Source__s"] == "Manual")
        #expect(try update(won, #"{"Amount":1}"#).status == 200)
    }

    @Test func deletingTheConfiguration_removesEveryLock() throws {
        try configureDeals([Self.bigDealsRule])
        let configurationID = try #require(
            try server.request("GET", configurationPath("Deals"), token: token).json["record_locking_configurations", 0, "id"]?
                .stringValue)
        #expect(try server.request("DELETE", configurationPath("Deals", id: configurationID), token: token).status == 200)
        #expect(try update(Self.bigDeal, #"{"Amount":1}"#).status == 200)
        #expect(try server.record(Self.bigDeal, module: "Deals", token: token)?["Locked__s"] == false)
    }

    @Test func lockExistingRecords_appliesOnPUTToo() throws {
        let rules = try configureDeals([Self.wonDealsRule])
        #expect(try lock(Self.wonDeal) == nil)
        let body = configurationBody(
            #"{"lock_type":"both","locking_rules":[{"id":"\#(rules["won deals"]!)","lock_existing_records":true}]}"#)
        #expect(try server.request("PUT", configurationPath("Deals"), token: token, body: body).status == 200)
        #expect(try lock(Self.wonDeal)?["Record_Locking_Rule_Id__s"] == .string(rules["won deals"]!))
        #expect(try lock(Self.bigDeal) == nil)
    }

    @Test func manualConfiguration_locksNothingAutomatically() throws {
        #expect(try server.createConfiguration("Deals", #"{"lock_type":"manual"}"#, token: token).status == 201)
        let big = try insert(#"{"Deal_Name":"Big","Amount":999999}"#)
        #expect(try lock(big) == nil)
    }

    @Test func groupCriteria_combineWithAndOr() throws {
        let rule = #"""
            {"name":"hot pipeline","lock_existing_records":true,"criteria":{"group_operator":"OR","group":[
              {"group_operator":"AND","group":[
                {"comparator":"between","field":{"api_name":"Amount"},"value":[400,1000]},
                {"comparator":"in","field":{"api_name":"Stage"},"value":["Qualification","Negotiation"]}]},
              {"comparator":"starts_with","field":{"api_name":"Deal_Name"},"value":"VIP"}]}}
            """#
        try configureDeals([rule])
        #expect(try lock(Self.smallDeal) != nil)  // 500, Qualification
        #expect(try lock(Self.wonDeal) == nil)  // 900 but Closed Won
        #expect(try lock(Self.bigDeal) == nil)  // Negotiation but 250000
        #expect(try lock(try insert(#"{"Deal_Name":"vip customer"}"#)) != nil)
        #expect(try lock(try insert(#"{"Deal_Name":"Regular","Amount":400,"Stage":"Negotiation"}"#)) != nil)
        #expect(try lock(try insert(#"{"Deal_Name":"Regular","Amount":1001,"Stage":"Negotiation"}"#)) == nil)
    }

    @Test func systemFieldCriteria_useCreatedAndLastActivityTimes() throws {
        // The seed's "Last activity rule": Last_Activity_Time and Created_Time before 2018-09-01.
        try server.load(fixture: """
            {"orgs":[{"id":"5843104000000000101","records":[
              {"module":"Leads","id":"5843104000000425900","owner_id":"5843104000000424672",
               "created_time":"2017-01-10T09:00:00-05:00","fields":{"Last_Name":"Old","Last_Activity_Time":"2017-02-01T09:00:00-05:00"}},
              {"module":"Leads","id":"5843104000000425901","owner_id":"5843104000000424672",
               "created_time":"2017-01-10T09:00:00-05:00","fields":{"Last_Name":"Recently active"}}]}]}
            """)
        let body = configurationBody(
            #"{"lock_type":"both","locking_rules":[{"id":"5843104000000820018","lock_existing_records":true}]}"#)
        #expect(try server.request("PUT", configurationPath("Leads"), body: body).status == 200)
        let old = try #require(try server.lockEntry("5843104000000425900"))
        #expect(old["Record_Locking_Rule_Id__s"] == "5843104000000820018")
        #expect(old["Locked_For__s", "name"] == "Old")
        // Created long ago, but active now (Last_Activity_Time follows Modified_Time).
        #expect(try server.lockEntry("5843104000000425901") == nil)
        #expect(try server.lockEntry(Seed.unlockedLead) == nil)
    }
}
