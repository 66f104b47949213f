/// The words of the configuration-body errors that come in families: one
/// code, a wording (and `api_name`) per key. Each case is one documented wording.
extension ZohoError {
    /// `NOT_SUPPORTED` on a value the module or field cannot take.
    public enum UnsupportedValue: Sendable, Equatable, CaseIterable {
        /// A system field, or a field type that cannot be excluded.
        case excludedField
        /// A field criteria cannot test (tags, auto-numbers).
        case criteriaField
        /// A communication the module does not offer.
        case communication
        /// Criteria the module does not take (Tasks takes only "Status is Closed").
        case criteria

        var message: String {
            switch self {
            // Zoho capitalises the one and not the other, as captured.
            case .excludedField: "Field not supported"
            case .criteriaField: "field not supported"
            case .communication: "communications not found"
            case .criteria: "criteria not supported"
            }
        }

        var apiName: String {
            switch self {
            case .excludedField, .criteriaField: "api_name"
            case .communication: "restricted_communications"
            case .criteria: "criteria"
            }
        }
    }

    /// `DEPENDENT_FIELD_MISSING`: a key that another key's value makes mandatory.
    public enum DependentField: Sendable, Equatable, CaseIterable {
        /// `lock_type` automatic or both needs rules.
        case lockingRules
        /// `locked_for` all_profiles_except_excluded_profiles needs profiles.
        case lockExcludedProfiles

        var message: String {
            switch self {
            case .lockingRules: "locking_rules should have been given when lock_type is given as automatic or both"
            // The trailing space is Zoho's, as captured.
            case .lockExcludedProfiles:
                "lock_excluded_profiles should have been given when locked_for is given as all_profiles_except_excluded_profiles "
            }
        }

        var apiName: String {
            switch self {
            case .lockingRules: "locking_rules"
            case .lockExcludedProfiles: "lock_excluded_profiles"
            }
        }

        var dependee: String {
            switch self {
            case .lockingRules: "lock_type"
            case .lockExcludedProfiles: "locked_for"
            }
        }
    }

    /// `INVALID_DATA` "… not found" for a value outside a documented set; `details` list the set.
    public enum Choice: Sendable, Equatable, CaseIterable {
        case lockType
        case lockedFor
        case restrictedAction
        case communication

        var message: String {
            switch self {
            case .lockType: "lock_type not found"
            case .lockedFor: "locked_for not found"
            case .restrictedAction: "action not found"
            case .communication: "communications not found"
            }
        }

        var apiName: String {
            switch self {
            case .lockType: "lock_type"
            case .lockedFor: "locked_for"
            case .restrictedAction: "restricted_actions"
            case .communication: "restricted_communications"
            }
        }

        var supportedValues: [String] {
            switch self {
            case .lockType: LockType.allCases.map(\.rawValue)
            case .lockedFor: LockedFor.allCases.map(\.rawValue)
            case .restrictedAction: LockingConfiguration.restrictedActionValues
            case .communication: LockingConfiguration.communicationValues
            }
        }
    }

    /// `INVALID_DATA` "… not found" for an id or name that names nothing of the org.
    public enum Reference: Sendable, Equatable, CaseIterable {
        case excludedProfile
        case customButton
        /// A field named by `api_name` (and not by a valid `id`).
        case fieldByAPIName
        /// A field named by `id` alone.
        case fieldByID

        var message: String {
            switch self {
            case .excludedProfile: "lock_excluded_profiles not found"
            case .customButton: "custom button not found"
            case .fieldByAPIName, .fieldByID: "field not found"
            }
        }

        var apiName: String {
            switch self {
            case .excludedProfile, .customButton, .fieldByID: "id"
            case .fieldByAPIName: "api_name"
            }
        }
    }

    /// `DUPLICATE_DATA`: rule names and criteria are unique within a configuration.
    public enum DuplicateValue: Sendable, Equatable, CaseIterable {
        case ruleName
        case criteria

        var message: String {
            switch self {
            case .ruleName: "Duplicate rule name found, Enter unique rulename."
            case .criteria: "Duplicate criteria found, Enter unique criteria."
            }
        }

        var apiName: String {
            switch self {
            case .ruleName: "name"
            case .criteria: "criteria"
            }
        }
    }

    /// `LIMIT_EXCEEDED` on a list of a configuration.
    public enum LimitedList: Sendable, Equatable, CaseIterable {
        case lockingRules
        case excludedFields
        case excludedProfiles
        case restrictedCustomButtons

        var message: String {
            switch self {
            case .lockingRules: "Maximum limit for locking rules exceeded"
            case .excludedFields: "Maximum limit for excluded fields exceeded"
            case .excludedProfiles: "Maximum limit for excluded profiles exceeded"
            case .restrictedCustomButtons: "Maximum limit for restricted custom buttons exceeded"
            }
        }

        var apiName: String {
            switch self {
            case .lockingRules: "locking_rules"
            case .excludedFields: "excluded_fields"
            case .excludedProfiles: "lock_excluded_profiles"
            case .restrictedCustomButtons: "restricted_custom_buttons"
            }
        }
    }
}
