import Testing
import ZohoLocking

/// The configuration-body errors, every wording of every family, written out
/// as Zoho answers them (a trailing space, a capital letter and all).
extension ZohoErrorCatalogTests {
    static let element = "$.record_locking_configurations[0]"

    static let configurationBodyEntries: [Entry] = [
        Entry(error: .invalidIDInBody(jsonPath: "$.record_locking_configurations[0].locking_rules[2].id"),
              httpStatus: 400, code: "INVALID_DATA", message: "the id given seems to be invalid",
              details: #"{"api_name":"id","json_path":"$.record_locking_configurations[0].locking_rules[2].id"}"#),
        Entry(error: .invalidIDInList(ZohoID(5_843_104_000_000_758_004)),
              httpStatus: 400, code: "INVALID_DATA", message: "the id given seems to be invalid",
              details: #"{"id":"5843104000000758004"}"#),

        Entry(error: .notSupported(.excludedField, jsonPath: "$.record_locking_configurations[0].excluded_fields[1].api_name"),
              httpStatus: 400, code: "NOT_SUPPORTED", message: "Field not supported",
              details: #"{"api_name":"api_name","json_path":"$.record_locking_configurations[0].excluded_fields[1].api_name"}"#),
        Entry(error: .notSupported(.criteriaField, jsonPath: "$.record_locking_configurations[0].locking_rules[0].criteria.field.api_name"),
              httpStatus: 400, code: "NOT_SUPPORTED", message: "field not supported",
              details: #"{"api_name":"api_name","json_path":"$.record_locking_configurations[0].locking_rules[0].criteria.field.api_name"}"#),
        Entry(error: .notSupported(.communication, jsonPath: "$.record_locking_configurations[0].restricted_communications"),
              httpStatus: 400, code: "NOT_SUPPORTED", message: "communications not found",
              details: #"{"api_name":"restricted_communications","json_path":"$.record_locking_configurations[0].restricted_communications"}"#),
        Entry(error: .notSupported(.criteria, jsonPath: "$.record_locking_configurations[0].locking_rules[0].criteria"),
              httpStatus: 400, code: "NOT_SUPPORTED", message: "criteria not supported",
              details: #"{"api_name":"criteria","json_path":"$.record_locking_configurations[0].locking_rules[0].criteria"}"#),

        Entry(error: .dependentFieldMissing(.lockingRules, elementPath: element),
              httpStatus: 400, code: "DEPENDENT_FIELD_MISSING",
              message: "locking_rules should have been given when lock_type is given as automatic or both",
              details: #"{"dependee":{"api_name":"lock_type","json_path":"$.record_locking_configurations[0].lock_type"},"#
                + #""api_name":"locking_rules","json_path":"$.record_locking_configurations[0].locking_rules"}"#),
        Entry(error: .dependentFieldMissing(.lockExcludedProfiles, elementPath: element),
              httpStatus: 400, code: "DEPENDENT_FIELD_MISSING",
              message: "lock_excluded_profiles should have been given when locked_for is given as all_profiles_except_excluded_profiles ",
              details: #"{"dependee":{"api_name":"locked_for","json_path":"$.record_locking_configurations[0].locked_for"},"#
                + #""api_name":"lock_excluded_profiles","json_path":"$.record_locking_configurations[0].lock_excluded_profiles"}"#),

        Entry(error: .choiceNotFound(.lockType, jsonPath: "$.record_locking_configurations[0].lock_type"),
              httpStatus: 400, code: "INVALID_DATA", message: "lock_type not found",
              details: #"{"supported_values":["manual","automatic","both"],"api_name":"lock_type","#
                + #""json_path":"$.record_locking_configurations[0].lock_type"}"#),
        Entry(error: .choiceNotFound(.lockedFor, jsonPath: "$.record_locking_configurations[0].locked_for"),
              httpStatus: 400, code: "INVALID_DATA", message: "locked_for not found",
              details: #"{"supported_values":["all_profiles","all_profiles_except_excluded_profiles"],"api_name":"locked_for","#
                + #""json_path":"$.record_locking_configurations[0].locked_for"}"#),
        Entry(error: .choiceNotFound(.restrictedAction, jsonPath: "$.record_locking_configurations[0].restricted_actions[1]"),
              httpStatus: 400, code: "INVALID_DATA", message: "action not found",
              details: #"{"supported_values":["convert","update","delete","change_owner","tags"],"api_name":"restricted_actions","#
                + #""json_path":"$.record_locking_configurations[0].restricted_actions[1]"}"#),
        Entry(error: .choiceNotFound(.communication, jsonPath: "$.record_locking_configurations[0].restricted_communications[0]"),
              httpStatus: 400, code: "INVALID_DATA", message: "communications not found",
              details: #"{"supported_values":["send_mail","send_survey","send_portal_invitation"],"#
                + #""api_name":"restricted_communications","json_path":"$.record_locking_configurations[0].restricted_communications[0]"}"#),
        Entry(error: .unsupportedChoice(apiName: "group_operator", jsonPath: "$.criteria.group_operator", supportedValues: ["AND", "OR"]),
              httpStatus: 400, code: "INVALID_DATA", message: "invalid data",
              details: #"{"supported_values":["AND","OR"],"api_name":"group_operator","json_path":"$.criteria.group_operator"}"#),

        Entry(error: .referenceNotFound(.excludedProfile, jsonPath: "$.record_locking_configurations[0].lock_excluded_profiles[0].id"),
              httpStatus: 400, code: "INVALID_DATA", message: "lock_excluded_profiles not found",
              details: #"{"api_name":"id","json_path":"$.record_locking_configurations[0].lock_excluded_profiles[0].id"}"#),
        Entry(error: .referenceNotFound(.customButton, jsonPath: "$.record_locking_configurations[0].restricted_custom_buttons[0].id"),
              httpStatus: 400, code: "INVALID_DATA", message: "custom button not found",
              details: #"{"api_name":"id","json_path":"$.record_locking_configurations[0].restricted_custom_buttons[0].id"}"#),
        Entry(error: .referenceNotFound(.fieldByAPIName, jsonPath: "$.record_locking_configurations[0].excluded_fields[0].api_name"),
              httpStatus: 400, code: "INVALID_DATA", message: "field not found",
              details: #"{"api_name":"api_name","json_path":"$.record_locking_configurations[0].excluded_fields[0].api_name"}"#),
        Entry(error: .referenceNotFound(.fieldByID, jsonPath: "$.record_locking_configurations[0].excluded_fields[0].id"),
              httpStatus: 400, code: "INVALID_DATA", message: "field not found",
              details: #"{"api_name":"id","json_path":"$.record_locking_configurations[0].excluded_fields[0].id"}"#),

        Entry(error: .expectedFieldMissing(jsonPath: "$.excluded_fields[0]"),
              httpStatus: 400, code: "EXPECTED_FIELD_MISSING", message: "Field Id and apiname is missing.",
              details: #"{"expected_fields":[{"json_path":"$.excluded_fields[0].api_name","api_name":"api_name"},"#
                + #"{"json_path":"$.excluded_fields[0].id","api_name":"id"}]}"#),
        Entry(error: .ambiguityDuringProcessing(jsonPath: "$.excluded_fields[1]"),
              httpStatus: 400, code: "AMBIGUITY_DURING_PROCESSING", message: "Field Id and apiname are ambiguous",
              details: #"{"ambiguity_due_to":[{"json_path":"$.excluded_fields[1].api_name","api_name":"api_name"},"#
                + #"{"json_path":"$.excluded_fields[1].id","api_name":"id"}]}"#),

        Entry(error: .duplicateData(.ruleName, jsonPath: "$.record_locking_configurations[0].locking_rules[1].name"),
              httpStatus: 400, code: "DUPLICATE_DATA", message: "Duplicate rule name found, Enter unique rulename.",
              details: #"{"api_name":"name","json_path":"$.record_locking_configurations[0].locking_rules[1].name"}"#),
        Entry(error: .duplicateData(.criteria, jsonPath: "$.record_locking_configurations[0].locking_rules[1].criteria"),
              httpStatus: 400, code: "DUPLICATE_DATA", message: "Duplicate criteria found, Enter unique criteria.",
              details: #"{"api_name":"criteria","json_path":"$.record_locking_configurations[0].locking_rules[1].criteria"}"#),

        Entry(error: .listLimitExceeded(.lockingRules, limit: 5, availableLimit: 2, jsonPath: "$.record_locking_configurations[0].locking_rules"),
              httpStatus: 400, code: "LIMIT_EXCEEDED", message: "Maximum limit for locking rules exceeded",
              details: #"{"limit":5,"available_limit":2,"api_name":"locking_rules","json_path":"$.record_locking_configurations[0].locking_rules"}"#),
        Entry(error: .listLimitExceeded(.excludedFields, limit: 15, availableLimit: 15, jsonPath: "$.record_locking_configurations[0].excluded_fields"),
              httpStatus: 400, code: "LIMIT_EXCEEDED", message: "Maximum limit for excluded fields exceeded",
              details: #"{"limit":15,"available_limit":15,"api_name":"excluded_fields","json_path":"$.record_locking_configurations[0].excluded_fields"}"#),
        Entry(error: .listLimitExceeded(.excludedProfiles, limit: 15, availableLimit: 15,
                                        jsonPath: "$.record_locking_configurations[0].lock_excluded_profiles"),
              httpStatus: 400, code: "LIMIT_EXCEEDED", message: "Maximum limit for excluded profiles exceeded",
              details: #"{"limit":15,"available_limit":15,"api_name":"lock_excluded_profiles","#
                + #""json_path":"$.record_locking_configurations[0].lock_excluded_profiles"}"#),
        Entry(error: .listLimitExceeded(.restrictedCustomButtons, limit: 30, availableLimit: 30,
                                        jsonPath: "$.record_locking_configurations[0].restricted_custom_buttons"),
              httpStatus: 400, code: "LIMIT_EXCEEDED", message: "Maximum limit for restricted custom buttons exceeded",
              details: #"{"limit":30,"available_limit":30,"api_name":"restricted_custom_buttons","#
                + #""json_path":"$.record_locking_configurations[0].restricted_custom_buttons"}"#),
        Entry(error: .criteriaDepthExceeded(limit: 5, jsonPath: "$.criteria.group[0].group[0].group[0].group[0].group[0].group"),
              httpStatus: 400, code: "LIMIT_EXCEEDED", message: "Maximum limit for criteria depth exceeded",
              details: #"{"limit":5,"api_name":"group","json_path":"$.criteria.group[0].group[0].group[0].group[0].group[0].group"}"#),
    ]
}
