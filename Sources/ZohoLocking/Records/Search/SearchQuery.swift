/// The query of Search Records (`GET /{module}/search`): one of `criteria`,
/// `email`, `phone`, `word` (the first given wins, in that order, as Zoho
/// documents), `page`, `per_page` (1…200, default 200) and `fields`.
public struct SearchQuery: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case criteria(SearchCriteria)
        case email(String)
        case phone(String)
        case word(String)
    }

    /// Records search reaches at most; past them LIMIT_REACHED.
    public static let reachableRecords = 2000

    public var target: Target
    public var page: Int
    public var perPage: Int
    /// nil: every field.
    public var fields: [String]?

    public init(parameters: QueryParameters) throws(ZohoError) {
        if let criteria = parameters["criteria"] {
            target = .criteria(try SearchCriteria.parse(criteria))
        } else if let email = parameters["email"] {
            target = .email(try Self.value(email, param: "email"))
        } else if let phone = parameters["phone"] {
            target = .phone(try Self.value(phone, param: "phone"))
        } else if let word = parameters["word"] {
            target = .word(try Self.value(word, param: "word"))
        } else {
            throw .expectedSearchParamMissing
        }
        page = try parameters.positiveInteger("page", default: 1)
        perPage = try parameters.positiveInteger("per_page", default: RecordListQuery.maximumPerPage,
                                                 maximum: RecordListQuery.maximumPerPage)
        let (end, overflow) = page.multipliedReportingOverflow(by: perPage)
        if overflow || end > Self.reachableRecords { throw .searchLimitReached(limit: Self.reachableRecords) }
        fields = parameters["fields"].map(RecordListQuery.names)
    }

    /// Zoho searches two characters or more.
    private static func value(_ text: String, param: String) throws(ZohoError) -> String {
        let trimmed = text.trimmingBlanks
        guard trimmed.count >= 2 else { throw .invalidSearchValue(param: param) }
        return trimmed
    }
}
