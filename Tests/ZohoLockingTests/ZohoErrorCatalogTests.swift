import Testing
import ZohoJSON
import ZohoLocking

/// Every error of the catalog, with the literal status, code, message and
/// details the emulator must answer. A change to the catalog must change these.
struct ZohoErrorCatalogTests {
    struct Entry: Sendable, CustomTestStringConvertible {
        let error: ZohoError
        let httpStatus: Int
        let code: String
        let message: String
        /// `details` as compact JSON, so key order counts too.
        let details: String

        var testDescription: String { "\(error)" }
    }

    static let catalog: [Entry] = fixedEntries + configurationBodyEntries

    /// The errors whose words do not vary with a family of values.
    static let fixedEntries: [Entry] = [
        // Authentication
        Entry(error: .authenticationFailure, httpStatus: 401, code: "AUTHENTICATION_FAILURE",
              message: "Authentication failed", details: "{}"),
        Entry(error: .invalidToken, httpStatus: 401, code: "INVALID_TOKEN",
              message: "invalid oauth token", details: "{}"),
        Entry(error: .oauthScopeMismatch, httpStatus: 401, code: "OAUTH_SCOPE_MISMATCH",
              message: "invalid oauth scope to access this URL", details: "{}"),
        // Cross-cutting
        Entry(error: .invalidURLPattern, httpStatus: 404, code: "INVALID_URL_PATTERN",
              message: "Please check if the URL trying to access is a correct one", details: "{}"),
        Entry(error: .invalidRequestMethod, httpStatus: 403, code: "INVALID_REQUEST_METHOD",
              message: "The http request method type is not a valid one", details: "{}"),
        Entry(error: .invalidModule(resourcePathIndex: 0), httpStatus: 400, code: "INVALID_MODULE",
              message: "the module name given seems to be invalid", details: #"{"resource_path_index":0}"#),
        Entry(error: .invalidModule(resourcePathIndex: nil), httpStatus: 400, code: "INVALID_MODULE",
              message: "the module name given seems to be invalid", details: "{}"),
        Entry(error: .apiNotSupported(supportedVersion: 8), httpStatus: 400, code: "API_NOT_SUPPORTED",
              message: "the API is not supported in this version", details: #"{"supported_version":8}"#),
        Entry(error: .unableToParseDataType, httpStatus: 400, code: "UNABLE_TO_PARSE_DATA_TYPE",
              message: "either the request body or parameters is in wrong format", details: "{}"),
        Entry(error: .requestEntityTooLarge(maximumBytes: 1_048_576), httpStatus: 413, code: "REQUEST_ENTITY_TOO_LARGE",
              message: "the request body is larger than the allowed size", details: #"{"maximum_size":1048576}"#),
        Entry(error: .internalError, httpStatus: 500, code: "INTERNAL_ERROR",
              message: "Internal Server Error", details: "{}"),
        Entry(error: .tooManyRequests, httpStatus: 429, code: "TOO_MANY_REQUESTS",
              message: "You have reached the maximum number of API requests allowed", details: "{}"),
        Entry(error: .recordCountExceeded(limit: 100), httpStatus: 400, code: "LIMIT_EXCEEDED",
              message: "Record count exceeded", details: #"{"limit":100}"#),
        // Locking information
        Entry(error: .requiredParamMissing(param: "fields"), httpStatus: 400, code: "REQUIRED_PARAM_MISSING",
              message: "One of the expected parameter is missing", details: #"{"param":"fields"}"#),
        Entry(error: .invalidRelatedID, httpStatus: 400, code: "INVALID_DATA",
              message: "the related id given seems to be invalid", details: #"{"resource_path_index":1}"#),
        Entry(error: .invalidID(resourcePathIndex: 3), httpStatus: 400, code: "INVALID_DATA",
              message: "the id given seems to be invalid", details: #"{"resource_path_index":3}"#),
        Entry(error: .invalidID(resourcePathIndex: 2), httpStatus: 400, code: "INVALID_DATA",
              message: "the id given seems to be invalid", details: #"{"resource_path_index":2}"#),
        Entry(error: .relationNotFound, httpStatus: 400, code: "INVALID_DATA",
              message: "relation not found", details: "{}"),
        Entry(error: .configurationNotPresent, httpStatus: 400, code: "NOT_ALLOWED",
              message: "Required Record Locking Configuration is not present", details: #"{"resource_path_index":2}"#),
        Entry(error: .recordAlreadyLocked, httpStatus: 403, code: "NOT_ALLOWED",
              message: "record is already locked", details: #"{"resource_path_index":1}"#),
        Entry(error: .onlyAutomaticLockingConfigured, httpStatus: 403, code: "NOT_ALLOWED",
              message: "record cannot be locked, only automatic locking is configured",
              details: #"{"resource_path_index":1}"#),
        Entry(error: .automaticLockCannotBeUnlocked, httpStatus: 403, code: "NOT_ALLOWED",
              message: "Automatically locked records can not be unlocked manually", details: #"{"resource_path_index":1}"#),
        Entry(error: .automaticLockCannotBeEdited, httpStatus: 403, code: "NOT_ALLOWED",
              message: "Automatically locked records can not be edited manually", details: #"{"resource_path_index":1}"#),
        Entry(error: .featureNotSupported, httpStatus: 400, code: "FEATURE_NOT_SUPPORTED",
              message: "Record Locking Configuration is not supported in your edition", details: "{}"),
        Entry(error: .lockingNotPermittedForProfile, httpStatus: 403, code: "NO_PERMISSION",
              message: "Record Locking Configuration is not supported for the profile of the user",
              details: #"{"resource_path_index":1}"#),
        Entry(error: .unlockNotPermitted, httpStatus: 403, code: "NO_PERMISSION",
              message: "You do not have permission to unlock this record", details: #"{"resource_path_index":1}"#),
        Entry(error: .invalidParameter(param: "per_page"), httpStatus: 400, code: "INVALID_DATA",
              message: "invalid data", details: #"{"param_name":"per_page"}"#),
        // Record-locking configurations
        Entry(error: .moduleNotSupportedForFeature, httpStatus: 400, code: "NOT_SUPPORTED",
              message: "the module name given is not supported for the  feature", details: #"{"param_name":"module"}"#),
        Entry(error: .configurationAlreadyExists, httpStatus: 400, code: "LIMIT_EXCEEDED",
              message: "Configuration already created for this module", details: #"{"param_name":"module","limit":1}"#),
        Entry(error: .customizationNotPermitted, httpStatus: 403, code: "NO_PERMISSION",
              message: "permission denied", details: #"{"permissions":["Crm_Implied_Customize_Zoho_CRM"]}"#),
        Entry(error: .systemConfigurationNotUpdatable, httpStatus: 400, code: "NOT_ALLOWED",
              message: "Configuration created by system cannot be updated", details: #"{"resource_path_index":1}"#),
        Entry(error: .systemConfigurationNotDeletable, httpStatus: 400, code: "NOT_ALLOWED",
              message: "Configuration created by system cannot be deleted", details: #"{"resource_path_index":1}"#),
        // Body validation
        Entry(error: .mandatoryNotFound(apiName: "Locked_Reason__s", jsonPath: "$.data[0].Locked_Reason__s"),
              httpStatus: 400, code: "MANDATORY_NOT_FOUND", message: "required field not found",
              details: #"{"api_name":"Locked_Reason__s","json_path":"$.data[0].Locked_Reason__s"}"#),
        Entry(error: .invalidValue(apiName: "Owner", jsonPath: "$.data[0].Owner"),
              httpStatus: 400, code: "INVALID_DATA", message: "invalid data",
              details: #"{"api_name":"Owner","json_path":"$.data[0].Owner"}"#),
        Entry(error: .invalidDataType(apiName: "data", jsonPath: "$.data", expected: "jsonarray"),
              httpStatus: 400, code: "INVALID_DATA", message: "invalid data",
              details: #"{"api_name":"data","json_path":"$.data","expected_data_type":"jsonarray"}"#),
        Entry(error: .maximumLengthExceeded(apiName: "Locked_Reason__s", jsonPath: "$.data[0].Locked_Reason__s", maximumLength: 3000),
              httpStatus: 400, code: "INVALID_DATA", message: "invalid data",
              details: #"{"api_name":"Locked_Reason__s","json_path":"$.data[0].Locked_Reason__s","maximum_length":3000}"#),
        // Records
        Entry(error: .invalidRelatedIDInBody(jsonPath: "$.data[0].id"), httpStatus: 400, code: "INVALID_DATA",
              message: "the related id given seems to be invalid", details: #"{"api_name":"id","json_path":"$.data[0].id"}"#),
        Entry(error: .invalidRelatedIDInList(ZohoID(5_843_104_000_000_425_566)), httpStatus: 400, code: "INVALID_DATA",
              message: "the related id given seems to be invalid", details: #"{"id":"5843104000000425566"}"#),
        Entry(error: .recordLocked(recordID: ZohoID(5_040_565_000_001_052_497)), httpStatus: 400, code: "RECORD_LOCKED",
              message: "Sorry, you cannot perform this operation as the record is locked.",
              details: #"{"action":"record_locking","id":"5040565000001052497"}"#),
    ] + readEntries

    /// Get Records and Search Records.
    static let readEntries: [Entry] = [
        Entry(error: .discretePaginationLimitExceeded(limit: 2000), httpStatus: 400, code: "DISCRETE_PAGINATION_LIMIT_EXCEEDED",
              message: "You can only get the first 2000 records without using page_token param.", details: #"{"limit":2000}"#),
        Entry(error: .pageTokenExpired, httpStatus: 400, code: "EXPIRED_VALUE",
              message: "the given page_token has expired", details: #"{"param_name":"page_token"}"#),
        Entry(error: .expectedSearchParamMissing, httpStatus: 400, code: "EXPECTED_PARAM_MISSING",
              message: "mandatory param missing", details: #"{"expected_params":["criteria","email","phone","word"]}"#),
        Entry(error: .searchLimitReached(limit: 2000), httpStatus: 400, code: "LIMIT_REACHED",
              message: "Maximum response iteration limit reached", details: #"{"limit":2000}"#),
        Entry(error: .inCriteriaValueLimit(apiName: "Last_Name"), httpStatus: 400, code: "INVALID_QUERY",
              message: #"Only 100 values are allowed in "IN" criteria"#, details: #"{"param_name":"Last_Name"}"#),
        Entry(error: .invalidSearchValue(param: "word"), httpStatus: 400, code: "INVALID_DATA",
              message: "The search value contains special characters or does not contain at least two characters",
              details: #"{"param_name":"word"}"#),
        Entry(error: .invalidQuery(.malformed, apiName: nil), httpStatus: 400, code: "INVALID_QUERY",
              message: "invalid query formed", details: #"{"reason":"the criteria is not well formed"}"#),
        Entry(error: .invalidQuery(.fieldNotSearchable, apiName: "Nope"), httpStatus: 400, code: "INVALID_QUERY",
              message: "invalid query formed", details: #"{"reason":"the field is not available for search","api_name":"Nope"}"#),
        Entry(error: .invalidQuery(.invalidOperator, apiName: "Email_Opt_Out"), httpStatus: 400, code: "INVALID_QUERY",
              message: "invalid query formed", details: #"{"reason":"invalid operator found","api_name":"Email_Opt_Out"}"#),
        Entry(error: .invalidQuery(.invalidValue, apiName: "Annual_Revenue"), httpStatus: 400, code: "INVALID_QUERY",
              message: "invalid query formed",
              details: #"{"reason":"the value does not match the data type of the field","api_name":"Annual_Revenue"}"#),
        Entry(error: .invalidQuery(.tooManyConditions, apiName: nil), httpStatus: 400, code: "INVALID_QUERY",
              message: "invalid query formed", details: #"{"reason":"only 10 criteria are allowed"}"#),
        Entry(error: .invalidQuery(.tooDeep, apiName: nil), httpStatus: 400, code: "INVALID_QUERY",
              message: "invalid query formed", details: #"{"reason":"the criteria is nested too deeply"}"#),
        Entry(error: .invalidQuery(.tooLong, apiName: nil), httpStatus: 400, code: "INVALID_QUERY",
              message: "invalid query formed", details: #"{"reason":"the criteria is too long"}"#),
    ]

    @Test(arguments: catalog)
    func catalogEntry_hasDocumentedStatusCodeMessageAndDetails(_ entry: Entry) {
        #expect(entry.error.httpStatus == entry.httpStatus)
        #expect(entry.error.code == entry.code)
        #expect(entry.error.message == entry.message)
        #expect(JSONWriter.string(.object(entry.error.details)) == entry.details)
    }

    @Test(arguments: catalog)
    func catalogEntry_jsonEnvelopeCarriesTheSameValues(_ entry: Entry) {
        let message = JSONWriter.string(.string(entry.message))  // a message may hold quotes
        let expected = #"{"code":"\#(entry.code)","details":\#(entry.details),"message":\#(message),"status":"error"}"#
        #expect(JSONWriter.string(entry.error.json) == expected)
    }

    /// Fails to compile when a case is added, and fails at run time when the
    /// catalog above misses a case or a wording of a family: every one must be stated there.
    @Test func catalog_coversEveryCaseAndEveryWording() {
        func name(_ error: ZohoError) -> String {
            switch error {
            case .authenticationFailure: "authenticationFailure"
            case .invalidToken: "invalidToken"
            case .oauthScopeMismatch: "oauthScopeMismatch"
            case .invalidURLPattern: "invalidURLPattern"
            case .invalidRequestMethod: "invalidRequestMethod"
            case .invalidModule(let index): "invalidModule.\(index == nil ? "settings" : "record")"
            case .apiNotSupported: "apiNotSupported"
            case .unableToParseDataType: "unableToParseDataType"
            case .requestEntityTooLarge: "requestEntityTooLarge"
            case .internalError: "internalError"
            case .tooManyRequests: "tooManyRequests"
            case .recordCountExceeded: "recordCountExceeded"
            case .requiredParamMissing: "requiredParamMissing"
            case .invalidRelatedID: "invalidRelatedID"
            case .invalidID: "invalidID"
            case .relationNotFound: "relationNotFound"
            case .configurationNotPresent: "configurationNotPresent"
            case .recordAlreadyLocked: "recordAlreadyLocked"
            case .onlyAutomaticLockingConfigured: "onlyAutomaticLockingConfigured"
            case .automaticLockCannotBeUnlocked: "automaticLockCannotBeUnlocked"
            case .automaticLockCannotBeEdited: "automaticLockCannotBeEdited"
            case .featureNotSupported: "featureNotSupported"
            case .lockingNotPermittedForProfile: "lockingNotPermittedForProfile"
            case .unlockNotPermitted: "unlockNotPermitted"
            case .invalidParameter: "invalidParameter"
            case .moduleNotSupportedForFeature: "moduleNotSupportedForFeature"
            case .configurationAlreadyExists: "configurationAlreadyExists"
            case .customizationNotPermitted: "customizationNotPermitted"
            case .systemConfigurationNotUpdatable: "systemConfigurationNotUpdatable"
            case .systemConfigurationNotDeletable: "systemConfigurationNotDeletable"
            case .invalidIDInBody: "invalidIDInBody"
            case .invalidIDInList: "invalidIDInList"
            case .notSupported(let value, _): "notSupported.\(value)"
            case .dependentFieldMissing(let field, _): "dependentFieldMissing.\(field)"
            case .choiceNotFound(let choice, _): "choiceNotFound.\(choice)"
            case .unsupportedChoice: "unsupportedChoice"
            case .referenceNotFound(let reference, _): "referenceNotFound.\(reference)"
            case .expectedFieldMissing: "expectedFieldMissing"
            case .ambiguityDuringProcessing: "ambiguityDuringProcessing"
            case .duplicateData(let value, _): "duplicateData.\(value)"
            case .listLimitExceeded(let list, _, _, _): "listLimitExceeded.\(list)"
            case .criteriaDepthExceeded: "criteriaDepthExceeded"
            case .mandatoryNotFound: "mandatoryNotFound"
            case .invalidValue: "invalidValue"
            case .invalidDataType: "invalidDataType"
            case .maximumLengthExceeded: "maximumLengthExceeded"
            case .invalidRelatedIDInBody: "invalidRelatedIDInBody"
            case .invalidRelatedIDInList: "invalidRelatedIDInList"
            case .recordLocked: "recordLocked"
            case .discretePaginationLimitExceeded: "discretePaginationLimitExceeded"
            case .pageTokenExpired: "pageTokenExpired"
            case .expectedSearchParamMissing: "expectedSearchParamMissing"
            case .searchLimitReached: "searchLimitReached"
            case .invalidQuery(let problem, _): "invalidQuery.\(problem)"
            case .inCriteriaValueLimit: "inCriteriaValueLimit"
            case .invalidSearchValue: "invalidSearchValue"
            }
        }
        let wordings = ZohoError.UnsupportedValue.allCases.map { "notSupported.\($0)" }
            + ZohoError.DependentField.allCases.map { "dependentFieldMissing.\($0)" }
            + ZohoError.Choice.allCases.map { "choiceNotFound.\($0)" }
            + ZohoError.Reference.allCases.map { "referenceNotFound.\($0)" }
            + ZohoError.DuplicateValue.allCases.map { "duplicateData.\($0)" }
            + ZohoError.LimitedList.allCases.map { "listLimitExceeded.\($0)" }
            + ZohoError.QueryProblem.allCases.map { "invalidQuery.\($0)" }
        let families = ["notSupported", "dependentFieldMissing", "choiceNotFound", "referenceNotFound", "duplicateData",
                        "listLimitExceeded", "invalidQuery"]
        let stated = Set(Self.catalog.map { name($0.error) })
        let statedFixed = stated.filter { name in !families.contains { name.hasPrefix("\($0).") } }
        #expect(stated.isSuperset(of: wordings), "missing: \(Set(wordings).subtracting(stated).sorted())")
        // The 49 cases without a family of wordings, INVALID_MODULE once per shape of its details.
        #expect(statedFixed.count == 50, "\(statedFixed.sorted())")
    }

    @Test func json_keysAreCodeDetailsMessageStatusInThatOrder() throws {
        let object = try #require(ZohoError.recordAlreadyLocked.json.objectValue)
        #expect(object.keys == ["code", "details", "message", "status"])
        #expect(object["status"] == "error")
    }

    @Test func json_writesDocumentedEnvelope() {
        #expect(
            JSONWriter.string(ZohoError.invalidToken.json)
                == #"{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}"#)
    }

    @Test func reply_usesErrorStatusAndEnvelope() {
        let reply = ZohoReply(error: .featureNotSupported)
        #expect(reply.status == 400)
        #expect(reply.body == ZohoError.featureNotSupported.json)
    }

    @Test func noContentReply_has204AndNoBody() {
        #expect(ZohoReply.noContent == ZohoReply(status: 204, body: nil))
    }
}
