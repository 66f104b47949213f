/// The query of Get Records (`GET /{module}`): `fields` mandatory, `ids`,
/// `page`, `per_page` (1…200, default 200), `page_token`, `sort_by`
/// (`id`, `Created_Time`, `Modified_Time`; default `id`) and `sort_order`
/// (`asc`, `desc`; default `desc`).
public struct RecordListQuery: Sendable, Equatable {
    public static let maximumPerPage = 200
    /// Records reachable with `page` alone; past them only `page_token` goes on.
    public static let discreteLimit = 2000
    public static let sortFields = ["id", "Created_Time", "Modified_Time"]

    /// The field names asked for, in order, at most one each.
    public var fields: [String]
    public var ids: [ZohoID]?
    public var page: Int
    public var perPage: Int
    public var pageToken: String?
    public var sortBy: String
    public var ascending: Bool

    public init(parameters: QueryParameters) throws(ZohoError) {
        guard let fields = parameters["fields"] else { throw .requiredParamMissing(param: "fields") }
        self.fields = Self.names(fields)
        ids = try parameters.idList("ids")
        if let ids { try ElementLimit.check(ids.count) }
        page = try parameters.positiveInteger("page", default: 1)
        perPage = try parameters.positiveInteger("per_page", default: Self.maximumPerPage, maximum: Self.maximumPerPage)
        sortBy = parameters["sort_by"] ?? "id"
        guard Self.sortFields.contains(sortBy) else { throw .invalidParameter(param: "sort_by") }
        switch parameters["sort_order"] ?? "desc" {
        case "asc": ascending = true
        case "desc": ascending = false
        default: throw .invalidParameter(param: "sort_order")
        }
        pageToken = parameters["page_token"]
        // A token says where the list goes on: a page as well is ambiguous.
        if pageToken != nil, parameters["page"] != nil { throw .invalidParameter(param: "page") }
        if pageToken == nil {
            let (end, overflow) = page.multipliedReportingOverflow(by: perPage)
            if overflow || end > Self.discreteLimit { throw .discretePaginationLimitExceeded(limit: Self.discreteLimit) }
        }
    }

    /// `a,b, a` → `[a, b]`: a 1 MiB list is walked once.
    static func names(_ text: String) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        CommaList.forEachItem(in: text, omittingEmpty: true) { bytes in
            let name = String(decoding: bytes, as: UTF8.self)
            if seen.insert(name).inserted { names.append(name) }
        }
        return names
    }
}
