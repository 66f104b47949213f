import ZohoJSON

/// The words of each catalog case: one row per case, status, code, message
/// and details together, so a case is read (and checked against Zoho) in one place.
extension ZohoError {
    public var httpStatus: Int { entry.status }
    public var code: String { entry.code }
    public var message: String { entry.message }
    public var details: JSONObject { entry.details }

    private struct Entry {
        let status: Int
        let code: String
        let message: String
        var details = JSONObject()
    }

    // One switch, so that a new case cannot compile without its words.
    private var entry: Entry {
        switch self {
        case .authenticationFailure: Entry(status: 401, code: "AUTHENTICATION_FAILURE", message: "Authentication failed")
        case .invalidToken: Entry(status: 401, code: "INVALID_TOKEN", message: "invalid oauth token")
        case .oauthScopeMismatch:
            Entry(status: 401, code: "OAUTH_SCOPE_MISMATCH", message: "invalid oauth scope to access this URL")

        case .invalidURLPattern:
            Entry(status: 404, code: "INVALID_URL_PATTERN", message: "Please check if the URL trying to access is a correct one")
        case .invalidRequestMethod:
            Entry(status: 403, code: "INVALID_REQUEST_METHOD", message: "The http request method type is not a valid one")
        case .invalidModule(let index):
            Entry(status: 400, code: "INVALID_MODULE", message: "the module name given seems to be invalid",
                  details: index.map(Self.resourcePathIndex) ?? JSONObject())
        case .apiNotSupported(let version):
            Entry(status: 400, code: "API_NOT_SUPPORTED", message: "the API is not supported in this version",
                  details: JSONObject([("supported_version", .int(version))]))
        case .unableToParseDataType:
            Entry(status: 400, code: "UNABLE_TO_PARSE_DATA_TYPE", message: "either the request body or parameters is in wrong format")
        case .requestEntityTooLarge(let maximum):
            Entry(status: 413, code: "REQUEST_ENTITY_TOO_LARGE", message: "the request body is larger than the allowed size",
                  details: JSONObject([("maximum_size", .int(maximum))]))
        case .internalError: Entry(status: 500, code: "INTERNAL_ERROR", message: "Internal Server Error")
        case .tooManyRequests:
            Entry(status: 429, code: "TOO_MANY_REQUESTS", message: "You have reached the maximum number of API requests allowed")
        case .recordCountExceeded(let limit):
            Entry(status: 400, code: "LIMIT_EXCEEDED", message: "Record count exceeded", details: JSONObject([("limit", .int(limit))]))

        case .requiredParamMissing(let param):
            Entry(status: 400, code: "REQUIRED_PARAM_MISSING", message: "One of the expected parameter is missing",
                  details: JSONObject([("param", .string(param))]))
        case .invalidRelatedID: Self.unknownRecord(details: Self.resourcePathIndex(1))
        case .invalidID(let index): Self.unknownID(details: Self.resourcePathIndex(index))
        case .relationNotFound: Entry(status: 400, code: "INVALID_DATA", message: "relation not found")
        case .configurationNotPresent:
            Entry(status: 400, code: "NOT_ALLOWED", message: "Required Record Locking Configuration is not present",
                  details: Self.resourcePathIndex(2))
        case .recordAlreadyLocked:
            Entry(status: 403, code: "NOT_ALLOWED", message: "record is already locked", details: Self.resourcePathIndex(1))
        case .onlyAutomaticLockingConfigured:
            Entry(status: 403, code: "NOT_ALLOWED", message: "record cannot be locked, only automatic locking is configured",
                  details: Self.resourcePathIndex(1))
        case .automaticLockCannotBeUnlocked:
            Entry(status: 403, code: "NOT_ALLOWED", message: "Automatically locked records can not be unlocked manually",
                  details: Self.resourcePathIndex(1))
        case .automaticLockCannotBeEdited:
            Entry(status: 403, code: "NOT_ALLOWED", message: "Automatically locked records can not be edited manually",
                  details: Self.resourcePathIndex(1))
        case .featureNotSupported:
            Entry(status: 400, code: "FEATURE_NOT_SUPPORTED", message: "Record Locking Configuration is not supported in your edition")
        case .lockingNotPermittedForProfile:
            Entry(status: 403, code: "NO_PERMISSION",
                  message: "Record Locking Configuration is not supported for the profile of the user",
                  details: Self.resourcePathIndex(1))
        case .unlockNotPermitted:
            Entry(status: 403, code: "NO_PERMISSION", message: "You do not have permission to unlock this record",
                  details: Self.resourcePathIndex(1))
        case .invalidParameter(let param):
            Entry(status: 400, code: "INVALID_DATA", message: "invalid data", details: JSONObject([("param_name", .string(param))]))

        case .moduleNotSupportedForFeature:
            Entry(status: 400, code: "NOT_SUPPORTED", message: "the module name given is not supported for the  feature",
                  details: JSONObject([("param_name", "module")]))
        case .configurationAlreadyExists:
            Entry(status: 400, code: "LIMIT_EXCEEDED", message: "Configuration already created for this module",
                  details: JSONObject([("param_name", "module"), ("limit", 1)]))
        case .customizationNotPermitted:
            Entry(status: 403, code: "NO_PERMISSION", message: "permission denied",
                  details: JSONObject([("permissions", ["Crm_Implied_Customize_Zoho_CRM"])]))
        case .systemConfigurationNotUpdatable:
            Entry(status: 400, code: "NOT_ALLOWED", message: "Configuration created by system cannot be updated",
                  details: Self.resourcePathIndex(1))
        case .systemConfigurationNotDeletable:
            Entry(status: 400, code: "NOT_ALLOWED", message: "Configuration created by system cannot be deleted",
                  details: Self.resourcePathIndex(1))
        case .invalidIDInBody(let path): Self.unknownID(details: Self.pointer("id", path))
        case .invalidIDInList(let id): Self.unknownID(details: JSONObject([("id", id.json)]))
        case .notSupported(let value, let path):
            Entry(status: 400, code: "NOT_SUPPORTED", message: value.message, details: Self.pointer(value.apiName, path))
        case .dependentFieldMissing(let field, let path):
            Entry(status: 400, code: "DEPENDENT_FIELD_MISSING", message: field.message, details: JSONObject([
                ("dependee", .object(Self.pointer(field.dependee, "\(path).\(field.dependee)"))),
                ("api_name", .string(field.apiName)), ("json_path", .string("\(path).\(field.apiName)")),
            ]))
        case .choiceNotFound(let choice, let path):
            Entry(status: 400, code: "INVALID_DATA", message: choice.message,
                  details: Self.choices(choice.apiName, path, supported: choice.supportedValues))
        case .unsupportedChoice(let apiName, let path, let supported):
            Entry(status: 400, code: "INVALID_DATA", message: "invalid data", details: Self.choices(apiName, path, supported: supported))
        case .referenceNotFound(let reference, let path):
            Entry(status: 400, code: "INVALID_DATA", message: reference.message, details: Self.pointer(reference.apiName, path))
        case .expectedFieldMissing(let path):
            Entry(status: 400, code: "EXPECTED_FIELD_MISSING", message: "Field Id and apiname is missing.",
                  details: JSONObject([("expected_fields", Self.fieldKeyPair(path))]))
        case .ambiguityDuringProcessing(let path):
            Entry(status: 400, code: "AMBIGUITY_DURING_PROCESSING", message: "Field Id and apiname are ambiguous",
                  details: JSONObject([("ambiguity_due_to", Self.fieldKeyPair(path))]))
        case .duplicateData(let value, let path):
            Entry(status: 400, code: "DUPLICATE_DATA", message: value.message, details: Self.pointer(value.apiName, path))
        case .listLimitExceeded(let list, let limit, let available, let path):
            Entry(status: 400, code: "LIMIT_EXCEEDED", message: list.message, details: JSONObject([
                ("limit", .int(limit)), ("available_limit", .int(available)), ("api_name", .string(list.apiName)),
                ("json_path", .string(path)),
            ]))
        case .criteriaDepthExceeded(let limit, let path):
            Entry(status: 400, code: "LIMIT_EXCEEDED", message: "Maximum limit for criteria depth exceeded",
                  details: JSONObject([("limit", .int(limit)), ("api_name", "group"), ("json_path", .string(path))]))

        case .mandatoryNotFound(let apiName, let path):
            Entry(status: 400, code: "MANDATORY_NOT_FOUND", message: "required field not found", details: Self.pointer(apiName, path))
        case .invalidValue(let apiName, let path):
            Entry(status: 400, code: "INVALID_DATA", message: "invalid data", details: Self.pointer(apiName, path))
        case .invalidDataType(let apiName, let path, let expected):
            Entry(status: 400, code: "INVALID_DATA", message: "invalid data", details: JSONObject([
                ("api_name", .string(apiName)), ("json_path", .string(path)), ("expected_data_type", .string(expected)),
            ]))
        case .maximumLengthExceeded(let apiName, let path, let maximum):
            Entry(status: 400, code: "INVALID_DATA", message: "invalid data", details: JSONObject([
                ("api_name", .string(apiName)), ("json_path", .string(path)), ("maximum_length", .int(maximum)),
            ]))

        case .invalidRelatedIDInBody(let path): Self.unknownRecord(details: Self.pointer("id", path))
        case .invalidRelatedIDInList(let id): Self.unknownRecord(details: JSONObject([("id", id.json)]))
        case .recordLocked(let recordID):
            Entry(status: 400, code: "RECORD_LOCKED", message: "Sorry, you cannot perform this operation as the record is locked.",
                  details: JSONObject([("action", "record_locking"), ("id", recordID.json)]))

        case .discretePaginationLimitExceeded(let limit):
            Entry(status: 400, code: "DISCRETE_PAGINATION_LIMIT_EXCEEDED",
                  message: "You can only get the first 2000 records without using page_token param.",
                  details: JSONObject([("limit", .int(limit))]))
        case .pageTokenExpired:
            Entry(status: 400, code: "EXPIRED_VALUE", message: "the given page_token has expired",
                  details: JSONObject([("param_name", "page_token")]))
        case .expectedSearchParamMissing:
            Entry(status: 400, code: "EXPECTED_PARAM_MISSING", message: "mandatory param missing",
                  details: JSONObject([("expected_params", .array(["criteria", "email", "phone", "word"]))]))
        case .searchLimitReached(let limit):
            Entry(status: 400, code: "LIMIT_REACHED", message: "Maximum response iteration limit reached",
                  details: JSONObject([("limit", .int(limit))]))
        case .invalidQuery(let problem, let apiName):
            Entry(status: 400, code: "INVALID_QUERY", message: "invalid query formed",
                  details: JSONObject([("reason", .string(problem.reason))] + (apiName.map { [("api_name", .string($0))] } ?? [])))
        case .inCriteriaValueLimit(let apiName):
            Entry(status: 400, code: "INVALID_QUERY", message: #"Only 100 values are allowed in "IN" criteria"#,
                  details: JSONObject([("param_name", .string(apiName))]))
        case .invalidSearchValue(let param):
            Entry(status: 400, code: "INVALID_DATA",
                  message: "The search value contains special characters or does not contain at least two characters",
                  details: JSONObject([("param_name", .string(param))]))
        }
    }

    /// An id that names no lock or configuration, wherever it was given.
    private static func unknownID(details: JSONObject) -> Entry {
        Entry(status: 400, code: "INVALID_DATA", message: "the id given seems to be invalid", details: details)
    }

    /// An id that names no record, wherever it was given.
    private static func unknownRecord(details: JSONObject) -> Entry {
        Entry(status: 400, code: "INVALID_DATA", message: "the related id given seems to be invalid", details: details)
    }

    private static func resourcePathIndex(_ index: Int) -> JSONObject { JSONObject([("resource_path_index", .int(index))]) }

    private static func pointer(_ apiName: String, _ path: String) -> JSONObject {
        JSONObject([("api_name", .string(apiName)), ("json_path", .string(path))])
    }

    private static func choices(_ apiName: String, _ path: String, supported: [String]) -> JSONObject {
        JSONObject([
            ("supported_values", .array(supported.map(JSONValue.string))), ("api_name", .string(apiName)),
            ("json_path", .string(path)),
        ])
    }

    /// `[{json_path: …api_name, api_name: "api_name"}, {json_path: …id, api_name: "id"}]`.
    private static func fieldKeyPair(_ path: String) -> JSONValue {
        .array(["api_name", "id"].map { key in
            .object(JSONObject([("json_path", .string("\(path).\(key)")), ("api_name", .string(key))]))
        })
    }
}

extension ZohoError: JSONRepresentable {
    /// The error object, keys in the order of Zoho's samples.
    public var json: JSONValue {
        let entry = entry
        return .object(JSONObject([
            ("code", .string(entry.code)), ("details", .object(entry.details)),
            ("message", .string(entry.message)), ("status", "error"),
        ]))
    }
}
