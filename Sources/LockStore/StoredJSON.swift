import ZohoJSON

/// JSON columns, read back. The store wrote them with `JSONWriter`, so text
/// that does not parse, or parses to another shape, means the database was
/// changed behind the store's back: reading it throws a `StorageError` naming
/// the table and column (the API answers INTERNAL_ERROR), never an empty value
/// that a later write would then store over the real one.
extension Row {
    func json(_ column: Int32, table: String) throws(StorageError) -> JSONValue {
        do {
            return try JSONParser.parse(text(column))
        } catch {
            throw .unreadableValue(table: table, column: name(column), problem: "no JSON (\(error))")
        }
    }

    func jsonObject(_ column: Int32, table: String) throws(StorageError) -> JSONObject {
        guard let object = try json(column, table: table).objectValue else {
            throw .unreadableValue(table: table, column: name(column), problem: "JSON that is not an object")
        }
        return object
    }

    func jsonArray(_ column: Int32, table: String) throws(StorageError) -> [JSONValue] {
        guard let array = try json(column, table: table).arrayValue else {
            throw .unreadableValue(table: table, column: name(column), problem: "JSON that is not an array")
        }
        return array
    }

    /// nil for SQL NULL, which the store writes for a list that was never given.
    func optionalJSONArray(_ column: Int32, table: String) throws(StorageError) -> [JSONValue]? {
        isNull(column) ? nil : try jsonArray(column, table: table)
    }
}
