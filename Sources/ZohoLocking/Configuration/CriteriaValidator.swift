import ZohoJSON

/// Validates and normalises locking-rule criteria: leaves
/// `{comparator, field, value}`, groups `{group_operator, group}`. Fields must
/// exist on the module and comparators must suit the field's type.
struct CriteriaValidator {
    let context: ConfigurationContext

    static let maximumDepth = 5

    /// Comparators by field data type, as Zoho's criteria builder offers them.
    static func comparators(for dataType: String) -> [String] {
        switch dataType {
        case "integer", "bigint", "double", "currency", "decimal", "percent":
            return ["equal", "not_equal", "greater_than", "less_than", "greater_equal", "less_equal", "between", "not_between", "in", "not_in"]
        case "date", "datetime":
            return ["equal", "not_equal", "greater_than", "less_than", "greater_equal", "less_equal", "between", "not_between"]
        case "picklist", "lookup", "ownerlookup", "userlookup":
            return ["equal", "not_equal", "in", "not_in"]
        case "boolean":
            return ["equal"]
        default:
            return ["equal", "not_equal", "contains", "not_contains", "starts_with", "ends_with", "in", "not_in"]
        }
    }

    /// Returns the criteria as stored and shown: fields resolved to `{api_name, id}`.
    func validate(_ value: JSONValue?, at path: String, depth: Int = 0) throws(ZohoError) -> JSONValue {
        guard let value, !value.isNull else { throw .mandatoryNotFound(apiName: "criteria", jsonPath: path) }
        guard case .object(let object) = value else {
            throw .invalidDataType(apiName: "criteria", jsonPath: path, expected: "jsonobject")
        }
        if object.contains("group") || object.contains("group_operator") {
            return try group(object, at: path, depth: depth)
        }
        return try leaf(object, at: path)
    }

    private func group(_ object: JSONObject, at path: String, depth: Int) throws(ZohoError) -> JSONValue {
        guard depth < Self.maximumDepth else {
            throw .criteriaDepthExceeded(limit: Self.maximumDepth, jsonPath: "\(path).group")
        }
        guard let rawOperator = object["group_operator"]?.stringValue else {
            throw .mandatoryNotFound(apiName: "group_operator", jsonPath: "\(path).group_operator")
        }
        let groupOperator = rawOperator.uppercased()
        guard groupOperator == "AND" || groupOperator == "OR" else {
            throw .unsupportedChoice(apiName: "group_operator", jsonPath: "\(path).group_operator", supportedValues: ["AND", "OR"])
        }
        guard case .array(let members)? = object["group"], members.count >= 2 else {
            throw .mandatoryNotFound(apiName: "group", jsonPath: "\(path).group")
        }
        var validated: [JSONValue] = []
        for (index, member) in members.enumerated() {
            validated.append(try validate(member, at: "\(path).group[\(index)]", depth: depth + 1))
        }
        return .object(JSONObject([("group_operator", .string(groupOperator)), ("group", .array(validated))]))
    }

    private func leaf(_ object: JSONObject, at path: String) throws(ZohoError) -> JSONValue {
        guard let comparator = object["comparator"]?.stringValue else {
            throw .mandatoryNotFound(apiName: "comparator", jsonPath: "\(path).comparator")
        }
        guard object["field"] != nil else { throw .mandatoryNotFound(apiName: "field", jsonPath: "\(path).field") }
        let field = try context.field(object["field"], at: "\(path).field")
        if field.apiName == "Tag" || field.dataType == "autonumber" {
            throw .notSupported(.criteriaField, jsonPath: "\(path).field.api_name")
        }
        let allowed = Self.comparators(for: field.dataType)
        guard allowed.contains(comparator) else {
            throw .unsupportedChoice(apiName: "comparator", jsonPath: "\(path).comparator", supportedValues: allowed)
        }
        let value = try self.value(object["value"], comparator: comparator, field: field, at: "\(path).value")
        if context.module.apiName == "Tasks", field.apiName != "Status" || value != .string("Closed") {
            // Zoho's Tasks only takes the criterion "Status is Closed".
            throw .notSupported(.criteria, jsonPath: path)
        }
        return .object(JSONObject([
            ("comparator", .string(comparator)),
            ("field", .object(JSONObject([("api_name", .string(field.apiName)), ("id", field.id.json)]))),
            ("value", value),
        ]))
    }

    /// Zoho returns criteria values as strings; lists for in/between stay lists of strings.
    private func value(_ value: JSONValue?, comparator: String, field: FieldDefinition, at path: String)
        throws(ZohoError) -> JSONValue
    {
        guard let value, !value.isNull else { throw .mandatoryNotFound(apiName: "value", jsonPath: path) }
        if ["in", "not_in", "between", "not_between"].contains(comparator) {
            guard case .array(let items) = value, !items.isEmpty else {
                throw .invalidDataType(apiName: "value", jsonPath: path, expected: "jsonarray")
            }
            if comparator.hasSuffix("between"), items.count != 2 {
                throw .invalidValue(apiName: "value", jsonPath: path)
            }
            var texts: [JSONValue] = []
            for (index, item) in items.enumerated() {
                texts.append(.string(try scalar(item, field: field, at: "\(path)[\(index)]")))
            }
            return .array(texts)
        }
        return .string(try scalar(value, field: field, at: path))
    }

    private func scalar(_ value: JSONValue, field: FieldDefinition, at path: String) throws(ZohoError) -> String {
        let text: String
        switch value {
        case .string(let string): text = string
        case .number(let number): text = number.text
        case .bool(let flag): text = flag ? "true" : "false"
        default: throw .invalidDataType(apiName: "value", jsonPath: path, expected: "text")
        }
        let valid: Bool
        switch field.dataType {
        case "integer", "bigint": valid = Int64(text) != nil
        case "double", "currency", "decimal", "percent": valid = Double(text) != nil
        case "boolean": valid = text == "true" || text == "false"
        case "datetime": valid = ZohoDateTime.parse(text) != nil
        case "date": valid = ZohoDateTime.parse(text + "T00:00:00Z") != nil
        default: valid = true
        }
        guard valid else {
            throw .invalidDataType(apiName: "value", jsonPath: path, expected: field.dataType)
        }
        return text
    }
}
