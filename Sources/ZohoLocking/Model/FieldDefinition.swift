/// A field of a module (criteria and `excluded_fields` name these).
public struct FieldDefinition: Sendable, Equatable {
    public var apiName: String
    public var dataType: String
    public var id: ZohoID

    public init(apiName: String, dataType: String, id: ZohoID) {
        self.apiName = apiName
        self.dataType = dataType
        self.id = id
    }
}
