/// The catalog of Zoho CRM errors the emulator answers with.
///
/// Each case is one documented error, thrown by name with the values its
/// `details` need; the words (status, `code`, `message`, the shape of
/// `details`) are written once, in `ZohoError+Entry.swift` and, for the
/// configuration-body families, in `ZohoError+ConfigurationBody.swift`.
/// One encoder (`ZohoError.json`) writes the `{code, details, message, status}` envelope.
public enum ZohoError: Error, Sendable, Equatable {
    // Authentication
    case authenticationFailure
    case invalidToken
    case oauthScopeMismatch

    // Cross-cutting
    case invalidURLPattern
    /// 403, as the record-locking pages document.
    case invalidRequestMethod
    /// `resourcePathIndex` is 0 on record paths; settings paths carry `{}`.
    case invalidModule(resourcePathIndex: Int?)
    case apiNotSupported(supportedVersion: Int)
    case unableToParseDataType
    case requestEntityTooLarge(maximumBytes: Int)
    case internalError
    case tooManyRequests
    /// More elements (or ids) in one call than Zoho takes.
    case recordCountExceeded(limit: Int)

    // Locking information
    /// Details are `{"param": name}`.
    case requiredParamMissing(param: String)
    /// An unknown record id in the path (index 1).
    case invalidRelatedID
    /// An unknown lock (index 3) or configuration (index 2) id in the path.
    case invalidID(resourcePathIndex: Int)
    /// The org never had a configuration, so `Locking_Information__s` does not exist.
    case relationNotFound
    case configurationNotPresent
    case recordAlreadyLocked
    case onlyAutomaticLockingConfigured
    case automaticLockCannotBeUnlocked
    /// Undocumented: editing the reason of an automatic lock.
    case automaticLockCannotBeEdited
    case featureNotSupported
    /// Profile without record-locking permission, on GET/POST/PUT.
    case lockingNotPermittedForProfile
    /// Profile without record-locking permission, on DELETE.
    case unlockNotPermitted
    /// A query parameter with a value of the wrong form (page, per_page, ids, ...).
    case invalidParameter(param: String)

    // Record-locking configurations
    /// A module that exists but cannot have record locking (two spaces, as captured).
    case moduleNotSupportedForFeature
    /// A module that already has its one configuration.
    case configurationAlreadyExists
    /// The user's profile lacks "Customize Zoho CRM".
    case customizationNotPermitted
    case systemConfigurationNotUpdatable
    case systemConfigurationNotDeletable
    /// A configuration id in the body (`jsonPath` is its `id` key) that names none.
    case invalidIDInBody(jsonPath: String)
    /// An id of the `ids` parameter that names no configuration.
    case invalidIDInList(ZohoID)
    /// `NOT_SUPPORTED` on a body value; `jsonPath` is the `json_path` of `details`.
    case notSupported(UnsupportedValue, jsonPath: String)
    /// A key the element's other values make mandatory; `elementPath` is the element's path.
    case dependentFieldMissing(DependentField, elementPath: String)
    /// A value outside the documented set (`supported_values` in details).
    case choiceNotFound(Choice, jsonPath: String)
    /// A value outside the set the field or key allows; the message is the generic "invalid data".
    case unsupportedChoice(apiName: String, jsonPath: String, supportedValues: [String])
    /// An id or field that names nothing of the org.
    case referenceNotFound(Reference, jsonPath: String)
    /// Neither `api_name` nor `id` names a field; `jsonPath` is the field object's path.
    case expectedFieldMissing(jsonPath: String)
    /// `api_name` and `id` name different fields; `jsonPath` is the field object's path.
    case ambiguityDuringProcessing(jsonPath: String)
    /// Two rules share a name or criteria; `jsonPath` points at the repeating one's key.
    case duplicateData(DuplicateValue, jsonPath: String)
    /// A list longer than the configuration allows; `availableLimit` is what is left of `limit`.
    case listLimitExceeded(LimitedList, limit: Int, availableLimit: Int, jsonPath: String)
    /// Criteria groups nested deeper than `limit`; `jsonPath` is the deepest `group`.
    case criteriaDepthExceeded(limit: Int, jsonPath: String)

    // Body validation, reported per item inside the wrapper array.
    case mandatoryNotFound(apiName: String, jsonPath: String)
    /// A value the key cannot take, without a more precise reason ("invalid data").
    case invalidValue(apiName: String, jsonPath: String)
    case invalidDataType(apiName: String, jsonPath: String, expected: String)
    case maximumLengthExceeded(apiName: String, jsonPath: String, maximumLength: Int)

    // Records
    /// A record id in the body (`jsonPath` is its `id` key) that names no record of the module.
    case invalidRelatedIDInBody(jsonPath: String)
    /// An id of the `ids` parameter that names no record of the module.
    case invalidRelatedIDInList(ZohoID)
    /// A restricted action on a locked record, per item. Zoho shows two
    /// wordings; this one, the more common in captures, is used everywhere.
    case recordLocked(recordID: ZohoID)

    // Get Records and Search Records (docs/zoho-api.md#reading-and-searching-records)
    /// `page`/`per_page` reaching past the first `limit` records without `page_token`.
    case discretePaginationLimitExceeded(limit: Int)
    /// A `page_token` whose lifetime has passed.
    case pageTokenExpired
    /// Search without any of `criteria`, `email`, `phone`, `word`.
    case expectedSearchParamMissing
    /// Search `page`/`per_page` reaching past the `limit` records search reaches.
    case searchLimitReached(limit: Int)
    /// A `criteria` string search cannot run; `apiName` names the field when one is at fault.
    case invalidQuery(QueryProblem, apiName: String?)
    /// An `in` condition with more than `limit` values.
    case inCriteriaValueLimit(apiName: String)
    /// A `word` (or `email`, `phone`) shorter than two characters.
    case invalidSearchValue(param: String)
}
