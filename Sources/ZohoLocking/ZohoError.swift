import ZohoJSON

/// The catalog of Zoho CRM errors the emulator answers with.
///
/// Each case is one documented error of `zoho-record-locking-api.md`; the
/// section is named beside it. Handlers and the domain throw these; one
/// encoder (`ZohoError.json`) writes the `{code, details, message, status}`
/// envelope, and `httpStatus` is the status Zoho answers with.
public enum ZohoError: Error, Sendable, Equatable {
    // §3.1 authentication
    case authenticationFailure
    case invalidToken
    case oauthScopeMismatch

    // §16 cross-cutting
    case invalidURLPattern
    /// Contract §4: 403, as the record-locking pages document.
    case invalidRequestMethod
    /// `resourcePathIndex` is 0 on record paths; settings paths carry `{}`.
    case invalidModule(resourcePathIndex: Int?)
    case apiNotSupported(supportedVersion: Int)
    case unableToParseDataType
    case requestEntityTooLarge(maximumBytes: Int)
    case internalError
    case tooManyRequests

    // §5–§9 locking information
    /// Contract §4: details are `{"param": name}`.
    case requiredParamMissing(param: String)
    /// An unknown record id: "the related id given seems to be invalid", index 1.
    case invalidRelatedID
    /// An unknown lock (index 3) or configuration (index 2) id in the path.
    case invalidID(resourcePathIndex: Int)
    /// The org never had a configuration, so `Locking_Information__s` does not exist.
    case relationNotFound
    case configurationNotPresent
    case recordAlreadyLocked
    case onlyAutomaticLockingConfigured
    case automaticLockCannotBeUnlocked
    /// Undocumented (§8, [INF]): editing the reason of an automatic lock.
    case automaticLockCannotBeEdited
    case featureNotSupported
    /// Profile without record-locking permission, on GET/POST/PUT (§5, §7).
    case lockingNotPermittedForProfile
    /// Profile without record-locking permission, on DELETE (§9).
    case unlockNotPermitted
    /// A query parameter with a value of the wrong form (page, per_page, ids, ...).
    case invalidParameter(param: String)

    // §10–§14 record-locking configurations
    /// A module that exists but cannot have record locking (two spaces, as captured).
    case moduleNotSupportedForFeature
    /// A module that already has its one configuration.
    case configurationAlreadyExists
    /// The user's profile lacks "Customize Zoho CRM".
    case customizationNotPermitted
    case systemConfigurationNotUpdatable
    case systemConfigurationNotDeletable
    /// `NOT_SUPPORTED` on a body value (field, communication, criteria).
    case notSupported(message: String, details: JSONObject)
    case dependentFieldMissing(message: String, apiName: String, jsonPath: String, dependee: String, dependeePath: String)
    /// Neither `api_name` nor `id` names a field; `jsonPath` is the field object's path.
    case expectedFieldMissing(jsonPath: String)
    /// `api_name` and `id` name different fields; `jsonPath` is the field object's path.
    case ambiguityDuringProcessing(jsonPath: String)
    case duplicateData(message: String, apiName: String, jsonPath: String)
    case limitExceeded(message: String, details: JSONObject)

    // Body validation, reported per item inside the wrapper array.
    case mandatoryNotFound(apiName: String, jsonPath: String)
    case invalidData(message: String, details: JSONObject)
    case invalidDataType(apiName: String, jsonPath: String, expected: String)
    case maximumLengthExceeded(apiName: String, jsonPath: String, maximumLength: Int)

    // §15 record operations on locked records
    /// A restricted action on a locked record (§15.2), per item. Zoho shows two
    /// wordings; this one, the more common in captures, is used everywhere.
    case recordLocked(recordID: ZohoID)

    public var httpStatus: Int {
        switch self {
        case .authenticationFailure, .invalidToken, .oauthScopeMismatch: return 401
        case .invalidURLPattern: return 404
        case .invalidRequestMethod, .customizationNotPermitted: return 403
        case .requestEntityTooLarge: return 413
        case .internalError: return 500
        case .tooManyRequests: return 429
        case .recordAlreadyLocked, .onlyAutomaticLockingConfigured, .automaticLockCannotBeUnlocked,
            .automaticLockCannotBeEdited, .lockingNotPermittedForProfile, .unlockNotPermitted:
            return 403
        default: return 400
        }
    }

    public var code: String {
        switch self {
        case .authenticationFailure: return "AUTHENTICATION_FAILURE"
        case .invalidToken: return "INVALID_TOKEN"
        case .oauthScopeMismatch: return "OAUTH_SCOPE_MISMATCH"
        case .invalidURLPattern: return "INVALID_URL_PATTERN"
        case .invalidRequestMethod: return "INVALID_REQUEST_METHOD"
        case .invalidModule: return "INVALID_MODULE"
        case .apiNotSupported: return "API_NOT_SUPPORTED"
        case .unableToParseDataType: return "UNABLE_TO_PARSE_DATA_TYPE"
        case .requestEntityTooLarge: return "REQUEST_ENTITY_TOO_LARGE"
        case .internalError: return "INTERNAL_ERROR"
        case .tooManyRequests: return "TOO_MANY_REQUESTS"
        case .requiredParamMissing: return "REQUIRED_PARAM_MISSING"
        case .invalidRelatedID, .invalidID, .relationNotFound, .invalidParameter, .invalidData,
            .invalidDataType, .maximumLengthExceeded:
            return "INVALID_DATA"
        case .configurationNotPresent, .recordAlreadyLocked, .onlyAutomaticLockingConfigured,
            .automaticLockCannotBeUnlocked, .automaticLockCannotBeEdited:
            return "NOT_ALLOWED"
        case .featureNotSupported: return "FEATURE_NOT_SUPPORTED"
        case .lockingNotPermittedForProfile, .unlockNotPermitted: return "NO_PERMISSION"
        case .mandatoryNotFound: return "MANDATORY_NOT_FOUND"
        case .moduleNotSupportedForFeature, .notSupported: return "NOT_SUPPORTED"
        case .configurationAlreadyExists, .limitExceeded: return "LIMIT_EXCEEDED"
        case .customizationNotPermitted: return "NO_PERMISSION"
        case .systemConfigurationNotUpdatable, .systemConfigurationNotDeletable: return "NOT_ALLOWED"
        case .dependentFieldMissing: return "DEPENDENT_FIELD_MISSING"
        case .expectedFieldMissing: return "EXPECTED_FIELD_MISSING"
        case .ambiguityDuringProcessing: return "AMBIGUITY_DURING_PROCESSING"
        case .duplicateData: return "DUPLICATE_DATA"
        case .recordLocked: return "RECORD_LOCKED"
        }
    }

    public var message: String {
        switch self {
        case .authenticationFailure: return "Authentication failed"
        case .invalidToken: return "invalid oauth token"
        case .oauthScopeMismatch: return "invalid oauth scope to access this URL"
        case .invalidURLPattern: return "Please check if the URL trying to access is a correct one"
        case .invalidRequestMethod: return "The http request method type is not a valid one"
        case .invalidModule: return "the module name given seems to be invalid"
        case .apiNotSupported: return "the API is not supported in this version"
        case .unableToParseDataType: return "either the request body or parameters is in wrong format"
        case .requestEntityTooLarge: return "the request body is larger than the allowed size"
        case .internalError: return "Internal Server Error"
        case .tooManyRequests: return "You have reached the maximum number of API requests allowed"
        case .requiredParamMissing: return "One of the expected parameter is missing"
        case .invalidRelatedID: return "the related id given seems to be invalid"
        case .invalidID: return "the id given seems to be invalid"
        case .relationNotFound: return "relation not found"
        case .configurationNotPresent: return "Required Record Locking Configuration is not present"
        case .recordAlreadyLocked: return "record is already locked"
        case .onlyAutomaticLockingConfigured: return "record cannot be locked, only automatic locking is configured"
        case .automaticLockCannotBeUnlocked: return "Automatically locked records can not be unlocked manually"
        case .automaticLockCannotBeEdited: return "Automatically locked records can not be edited manually"
        case .featureNotSupported: return "Record Locking Configuration is not supported in your edition"
        case .lockingNotPermittedForProfile:
            return "Record Locking Configuration is not supported for the profile of the user"
        case .unlockNotPermitted: return "You do not have permission to unlock this record"
        case .invalidParameter: return "invalid data"
        case .mandatoryNotFound: return "required field not found"
        case .invalidData(let message, _): return message
        case .invalidDataType, .maximumLengthExceeded: return "invalid data"
        case .moduleNotSupportedForFeature: return "the module name given is not supported for the  feature"
        case .configurationAlreadyExists: return "Configuration already created for this module"
        case .customizationNotPermitted: return "permission denied"
        case .systemConfigurationNotUpdatable: return "Configuration created by system cannot be updated"
        case .systemConfigurationNotDeletable: return "Configuration created by system cannot be deleted"
        case .notSupported(let message, _), .limitExceeded(let message, _): return message
        case .dependentFieldMissing(let message, _, _, _, _), .duplicateData(let message, _, _): return message
        case .expectedFieldMissing: return "Field Id and apiname is missing."
        case .ambiguityDuringProcessing: return "Field Id and apiname are ambiguous"
        case .recordLocked: return "Sorry, you cannot perform this operation as the record is locked."
        }
    }

    public var details: JSONObject {
        switch self {
        case .invalidModule(let index):
            return index.map { JSONObject([("resource_path_index", .int($0))]) } ?? JSONObject()
        case .apiNotSupported(let version): return JSONObject([("supported_version", .int(version))])
        case .requestEntityTooLarge(let maximum): return JSONObject([("maximum_size", .int(maximum))])
        case .requiredParamMissing(let param): return JSONObject([("param", .string(param))])
        case .invalidParameter(let param): return JSONObject([("param_name", .string(param))])
        case .invalidRelatedID, .recordAlreadyLocked, .onlyAutomaticLockingConfigured,
            .automaticLockCannotBeUnlocked, .automaticLockCannotBeEdited, .lockingNotPermittedForProfile,
            .unlockNotPermitted:
            return JSONObject([("resource_path_index", 1)])
        case .invalidID(let index): return JSONObject([("resource_path_index", .int(index))])
        case .configurationNotPresent: return JSONObject([("resource_path_index", 2)])
        case .mandatoryNotFound(let apiName, let jsonPath):
            return JSONObject([("api_name", .string(apiName)), ("json_path", .string(jsonPath))])
        case .invalidData(_, let details): return details
        case .invalidDataType(let apiName, let jsonPath, let expected):
            return JSONObject([
                ("api_name", .string(apiName)), ("json_path", .string(jsonPath)),
                ("expected_data_type", .string(expected)),
            ])
        case .maximumLengthExceeded(let apiName, let jsonPath, let maximum):
            return JSONObject([
                ("api_name", .string(apiName)), ("json_path", .string(jsonPath)),
                ("maximum_length", .int(maximum)),
            ])
        case .moduleNotSupportedForFeature: return JSONObject([("param_name", "module")])
        case .configurationAlreadyExists: return JSONObject([("param_name", "module"), ("limit", 1)])
        case .customizationNotPermitted: return JSONObject([("permissions", ["Crm_Implied_Customize_Zoho_CRM"])])
        case .systemConfigurationNotUpdatable, .systemConfigurationNotDeletable:
            return JSONObject([("resource_path_index", 1)])
        case .notSupported(_, let details), .limitExceeded(_, let details): return details
        case .dependentFieldMissing(_, let apiName, let jsonPath, let dependee, let dependeePath):
            return JSONObject([
                ("dependee", .object(JSONObject([("api_name", .string(dependee)), ("json_path", .string(dependeePath))]))),
                ("api_name", .string(apiName)), ("json_path", .string(jsonPath)),
            ])
        case .expectedFieldMissing(let path):
            return JSONObject([("expected_fields", Self.fieldKeyPair(path))])
        case .ambiguityDuringProcessing(let path):
            return JSONObject([("ambiguity_due_to", Self.fieldKeyPair(path))])
        case .duplicateData(_, let apiName, let jsonPath):
            return JSONObject([("api_name", .string(apiName)), ("json_path", .string(jsonPath))])
        case .recordLocked(let recordID): return JSONObject([("action", "record_locking"), ("id", recordID.json)])
        default: return JSONObject()
        }
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
        .object(JSONObject([
            ("code", .string(code)), ("details", .object(details)),
            ("message", .string(message)), ("status", "error"),
        ]))
    }
}
