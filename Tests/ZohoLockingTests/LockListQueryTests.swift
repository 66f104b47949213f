import Testing
import ZohoLocking

/// The query of GET `…/Locking_Information__s`: fields, page, per_page, page_token, ids.
struct LockListQueryTests {
    private func query(_ items: (String, String)...) throws(ZohoError) -> LockListQuery {
        try LockListQuery(parameters: QueryParameters(items.map { (name: $0.0, value: $0.1) }))
    }

    // MARK: - fields

    @Test func init_requiresFields() {
        #expect(throws: ZohoError.requiredParamMissing(param: "fields")) { try query() }
        #expect(throws: ZohoError.requiredParamMissing(param: "fields")) { try query(("page", "1")) }
    }

    @Test func init_treatsEmptyFieldsAsMissing() {
        #expect(throws: ZohoError.requiredParamMissing(param: "fields")) { try query(("fields", "")) }
    }

    @Test func init_reportsMissingFieldsBeforeOtherProblems() {
        #expect(throws: ZohoError.requiredParamMissing(param: "fields")) {
            try query(("per_page", "999"), ("page_token", "x"), ("ids", "abc"))
        }
    }

    @Test func init_splitsAndTrimsFields() throws {
        let parsed = try query(("fields", "Locked_By__s, id ,Locked_For__s,,\tLocked_Reason__s"))
        #expect(parsed.fields == [.of(.lockedBy), .of(.lockedFor), .of(.lockedReason)])
    }

    @Test func init_usesFirstValueOfRepeatedParameter() throws {
        let parsed = try query(("fields", "Lock_Source__s"), ("fields", "Locked_Time__s"))
        #expect(parsed.fields == .of(.lockSource))
    }

    @Test func fieldSelection_ignoresUnknownNamesAndUndocumentedShapes() {
        #expect(LockFieldSelection(parsing: "id,Not_A_Field,Owner,Parent_Id") == [])
        #expect(LockFieldSelection(parsing: "Feature_Type__s,Record_Locking_Rule_Id__s").contains(.featureType))
        #expect(!LockFieldSelection(parsing: "Feature_Type__s").contains(.ruleID))
        #expect(LockFieldSelection(parsing: "locked_by__s") == [], "names are case-sensitive")
    }

    // MARK: - page and per_page

    @Test func init_defaultsToPageOneAndTwoHundredPerPage() throws {
        let parsed = try query(("fields", "id"))
        #expect(parsed.page == 1)
        #expect(parsed.perPage == 200)
        #expect(parsed.ids == nil)
        #expect(parsed == LockListQuery(fields: []))
    }

    @Test func init_treatsEmptyPageValuesAsAbsent() throws {
        let parsed = try query(("fields", "id"), ("page", ""), ("per_page", ""))
        #expect(parsed.page == 1)
        #expect(parsed.perPage == 200)
    }

    @Test func init_readsPageAndPerPage() throws {
        let parsed = try query(("fields", "id"), ("page", "3"), ("per_page", "25"))
        #expect(parsed.page == 3)
        #expect(parsed.perPage == 25)
    }

    @Test func init_acceptsPerPageBounds() throws {
        #expect(try query(("fields", "id"), ("per_page", "1")).perPage == 1)
        #expect(try query(("fields", "id"), ("per_page", "200")).perPage == 200)
    }

    @Test(arguments: ["201", "0", "-1", "100000"])
    func init_rejectsPerPageOutOfRange(_ value: String) {
        #expect(throws: ZohoError.invalidParameter(param: "per_page")) { try query(("fields", "id"), ("per_page", value)) }
    }

    @Test(arguments: ["0", "-1"])
    func init_rejectsPageBelowOne(_ value: String) {
        #expect(throws: ZohoError.invalidParameter(param: "page")) { try query(("fields", "id"), ("page", value)) }
    }

    @Test(arguments: ["x", "1.5", "2 ", " 2", "1e2", "0x10", "99999999999999999999"])
    func init_rejectsNonNumericPage(_ value: String) {
        #expect(throws: ZohoError.unableToParseDataType) { try query(("fields", "id"), ("page", value)) }
    }

    @Test(arguments: ["x", "1.5", "twenty"])
    func init_rejectsNonNumericPerPage(_ value: String) {
        #expect(throws: ZohoError.unableToParseDataType) { try query(("fields", "id"), ("per_page", value)) }
    }

    // MARK: - page_token

    @Test func init_rejectsPageToken() {
        #expect(throws: ZohoError.invalidParameter(param: "page_token")) {
            try query(("fields", "id"), ("page_token", "abc"))
        }
    }

    @Test func init_rejectsEmptyPageTokenToo() {
        #expect(throws: ZohoError.invalidParameter(param: "page_token")) {
            try query(("fields", "id"), ("page_token", ""))
        }
    }

    @Test func init_blamesPageWhenPageTokenComesWithPage() {
        #expect(throws: ZohoError.invalidParameter(param: "page")) {
            try query(("fields", "id"), ("page_token", "abc"), ("page", "1"))
        }
    }

    // MARK: - ids

    @Test func init_parsesIdList() throws {
        let parsed = try query(("fields", "id"), ("ids", "5843104000000002645,7"))
        #expect(parsed.ids == [ZohoID(5_843_104_000_000_002_645), ZohoID(7)])
    }

    @Test func init_trimsSpacesAroundIds() throws {
        let parsed = try query(("fields", "id"), ("ids", " 1 ,\t2"))
        #expect(parsed.ids == [ZohoID(1), ZohoID(2)])
    }

    @Test func init_treatsEmptyIdsAsAbsent() throws {
        #expect(try query(("fields", "id"), ("ids", "")).ids == nil)
    }

    @Test(arguments: ["1,,2", "1,", ",1", "abc", "1,abc", "0", "-5", "1;2", "12345678901234567890"])
    func init_rejectsMalformedIdList(_ value: String) {
        #expect(throws: ZohoError.unableToParseDataType) { try query(("fields", "id"), ("ids", value)) }
    }

    // MARK: - QueryParameters

    @Test func queryParameters_containsSeesValuelessItems() {
        let parameters = QueryParameters([(name: "flag", value: "")])
        #expect(parameters.contains("flag"))
        #expect(parameters["flag"] == nil)
        #expect(!parameters.contains("other"))
    }
}
