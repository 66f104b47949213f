/// The query of GET `…/Locking_Information__s`: `fields` mandatory,
/// `page`, `per_page` (1…200, default 200), `page_token`, `ids`.
public struct LockListQuery: Sendable, Equatable {
    public static let maximumPerPage = 200

    public var fields: LockFieldSelection
    public var page: Int
    public var perPage: Int
    public var ids: [ZohoID]?

    public init(fields: LockFieldSelection, page: Int = 1, perPage: Int = maximumPerPage, ids: [ZohoID]? = nil) {
        self.fields = fields
        self.page = page
        self.perPage = perPage
        self.ids = ids
    }

    public init(parameters: QueryParameters) throws(ZohoError) {
        guard let fields = parameters["fields"] else { throw .requiredParamMissing(param: "fields") }
        self.fields = LockFieldSelection(parsing: fields)
        page = try parameters.positiveInteger("page", default: 1)
        perPage = try parameters.positiveInteger("per_page", default: Self.maximumPerPage, maximum: Self.maximumPerPage)
        // Page tokens are issued only past 2,000 records (Get Records); a record
        // holds one lock, so this list never issues one and none can be valid.
        if parameters.contains("page_token") {
            throw parameters.contains("page") ? .invalidParameter(param: "page") : .invalidParameter(param: "page_token")
        }
        ids = try parameters.idList("ids")
    }
}
