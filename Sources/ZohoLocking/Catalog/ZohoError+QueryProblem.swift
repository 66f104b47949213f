extension ZohoError {
    /// Why a search `criteria` string is refused (INVALID_QUERY `details.reason`).
    /// Zoho's captured answers show "the field is not available for search" and
    /// "invalid operator found"; the other reasons are the emulator's words.
    public enum QueryProblem: Sendable, Equatable, CaseIterable {
        case malformed, fieldNotSearchable, invalidOperator, invalidValue, tooManyConditions, tooDeep, tooLong

        var reason: String {
            switch self {
            case .malformed: "the criteria is not well formed"
            case .fieldNotSearchable: "the field is not available for search"
            case .invalidOperator: "invalid operator found"
            case .invalidValue: "the value does not match the data type of the field"
            case .tooManyConditions: "only 10 criteria are allowed"
            case .tooDeep: "the criteria is nested too deeply"
            case .tooLong: "the criteria is too long"
            }
        }
    }
}
