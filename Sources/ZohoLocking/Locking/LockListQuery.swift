/// The query of GET `…/Locking_Information__s` (§5): `fields` mandatory,
/// `page`, `per_page` (1…200, default 200), `page_token`, `ids`.
public struct LockListQuery: Sendable, Equatable {
    public static let maximumPerPage = 200

    public var fields: Set<String>
    public var page: Int
    public var perPage: Int
    public var ids: [ZohoID]?

    public init(fields: Set<String>, page: Int = 1, perPage: Int = maximumPerPage, ids: [ZohoID]? = nil) {
        self.fields = fields
        self.page = page
        self.perPage = perPage
        self.ids = ids
    }

    public init(parameters: QueryParameters) throws(ZohoError) {
        guard let fields = parameters["fields"] else { throw .requiredParamMissing(param: "fields") }
        self.fields = Self.fieldSet(fields)
        page = try parameters.positiveInteger("page", default: 1)
        perPage = try parameters.positiveInteger("per_page", default: Self.maximumPerPage, maximum: Self.maximumPerPage)
        // Page tokens are issued only past 2,000 records (Get Records); a record
        // holds one lock, so this list never issues one and none can be valid.
        if parameters.contains("page_token") {
            throw parameters.contains("page") ? .invalidParameter(param: "page") : .invalidParameter(param: "page_token")
        }
        ids = try parameters.idList("ids")
    }

    /// `fields=a,b` → {a, b}; unknown names are kept and ignored when rendering.
    public static func fieldSet(_ text: String) -> Set<String> {
        // Split as UTF-8 bytes: this runs on every list GET, and Character-level
        // splitting costs more than the rest of the query parsing.
        var names = Set<String>()
        for part in text.utf8.split(separator: UInt8(ascii: ",")) {
            var slice = part[...]
            while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
            while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
            if !slice.isEmpty { names.insert(String(decoding: slice, as: UTF8.self)) }
        }
        return names
    }
}
