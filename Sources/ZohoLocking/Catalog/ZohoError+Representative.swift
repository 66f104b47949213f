/// One catalog case per Zoho `code`, for answers that name a code rather than
/// a situation (fault injection: `{"code": "NOT_ALLOWED"}`). Several cases
/// share a code (INVALID_DATA, NOT_ALLOWED, ...); the one listed here is the
/// one a client most plausibly meets on the locking endpoints.
extension ZohoError {
    /// In order of preference per status: `representative(forStatus:)` takes the first.
    public static let representatives: [ZohoError] = [
        .invalidToken, .authenticationFailure, .oauthScopeMismatch,
        .invalidURLPattern,
        .lockingNotPermittedForProfile, .recordAlreadyLocked, .invalidRequestMethod,
        .invalidRelatedID, .invalidModule(resourcePathIndex: 0), .apiNotSupported(supportedVersion: 3),
        .unableToParseDataType, .requiredParamMissing(param: "fields"), .featureNotSupported,
        .mandatoryNotFound(apiName: "Locked_Reason__s", jsonPath: "$.data[0].Locked_Reason__s"),
        .moduleNotSupportedForFeature, .configurationAlreadyExists,
        .dependentFieldMissing(.lockingRules, elementPath: "$.record_locking_configurations[0]"),
        .expectedFieldMissing(jsonPath: "$.record_locking_configurations[0].excluded_fields[0]"),
        .ambiguityDuringProcessing(jsonPath: "$.record_locking_configurations[0].excluded_fields[0]"),
        .duplicateData(.ruleName, jsonPath: "$.record_locking_configurations[0].locking_rules[1].name"),
        .recordLocked(recordID: ZohoID(5_843_104_000_000_425_566)),
        .requestEntityTooLarge(maximumBytes: 1 << 20),
        .tooManyRequests,
        .internalError,
        // Get Records and Search Records
        .discretePaginationLimitExceeded(limit: 2000), .pageTokenExpired, .expectedSearchParamMissing,
        .searchLimitReached(limit: 2000), .invalidQuery(.malformed, apiName: nil),
    ]

    /// The representative case of a Zoho code (`"TOO_MANY_REQUESTS"`), or nil for an unknown code.
    public static func representative(forCode code: String) -> ZohoError? {
        representatives.first { $0.code == code }
    }

    /// The preferred case answered with this HTTP status, or nil when the catalog has none.
    public static func representative(forStatus status: Int) -> ZohoError? {
        representatives.first { $0.httpStatus == status }
    }

    /// Every code the catalog answers with, sorted (named in control-API refusals).
    public static var knownCodes: [String] { Array(Set(representatives.map(\.code))).sorted() }
}
