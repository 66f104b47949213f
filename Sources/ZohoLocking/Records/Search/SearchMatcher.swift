import ZohoJSON

/// Checks a parsed `criteria` against the module's fields (each operator only
/// where Zoho's search page allows it for the field's type) and tests records
/// with the comparisons automatic locking uses. `equals` on text behaves like
/// `contains`, as Zoho documents for search.
struct SearchMatcher {
    private let criteria: SearchCriteria
    private let kinds: [String: String]

    /// Zoho's `in` takes at most 100 values.
    static let maximumInValues = 100

    /// Refuses unknown fields, operators unsuited to a field's type, values that
    /// are not of the field's type, and `between` without two bounds.
    init(_ criteria: SearchCriteria, fields: [FieldDefinition]) throws(ZohoError) {
        var kinds = Dictionary(fields.map { ($0.apiName, $0.dataType) }, uniquingKeysWith: { first, _ in first })
        kinds["Locked__s"] = "boolean"
        for condition in criteria.conditions {
            guard let type = kinds[condition.field] else {
                throw .invalidQuery(.fieldNotSearchable, apiName: condition.field)
            }
            guard Self.operators(for: type).contains(condition.comparator) else {
                throw .invalidQuery(.invalidOperator, apiName: condition.field)
            }
            if condition.comparator == "in", condition.values.count > Self.maximumInValues {
                throw .inCriteriaValueLimit(apiName: condition.field)
            }
            let kind = OperandKind(dataType: type)
            let wellTyped = condition.values.allSatisfy { kind.operand($0) != nil }
                && (type != "boolean" || condition.values.allSatisfy { ["true", "false"].contains($0.lowercased()) })
            guard wellTyped, condition.comparator != "between" || condition.values.count == 2,
                condition.comparator == "in" || condition.comparator == "between" || condition.values.count == 1
            else { throw .invalidQuery(.invalidValue, apiName: condition.field) }
        }
        self.criteria = criteria
        self.kinds = kinds
    }

    func matches(_ values: RecordValues, locked: Bool) -> Bool { evaluate(criteria, values, locked) }

    private func evaluate(_ node: SearchCriteria, _ values: RecordValues, _ locked: Bool) -> Bool {
        switch node {
        case .all(let members): return members.allSatisfy { evaluate($0, values, locked) }
        case .any(let members): return members.contains { evaluate($0, values, locked) }
        case .condition(let condition):
            let type = kinds[condition.field] ?? "text"
            let kind = OperandKind(dataType: type)
            let value = condition.field == "Locked__s" ? .bool(locked) : values.value(of: condition.field)
            let actual = value.map(kind.operands) ?? []
            let operands = condition.values.compactMap(kind.operand)
            return CriteriaEvaluator.compare(Self.comparator(condition.comparator, type: type), actual: actual, operands: operands)
        }
    }

    /// Search's operator names in the evaluator's words.
    private static func comparator(_ name: String, type: String) -> String {
        switch name {
        case "equals": textTypes.contains(type) ? "contains" : "equal"
        case "not_equal": "not_equal"
        default: name
        }
    }

    private static let textTypes: Set<String> = ["text", "textarea", "email", "phone", "website", "multiselectpicklist"]
    private static let ordered = ["equals", "not_equal", "greater_equal", "greater_than", "less_equal", "less_than", "between", "in"]

    /// The operators Zoho's search page lists for each field type.
    static func operators(for type: String) -> Set<String> {
        switch type {
        case "date", "datetime", "integer", "currency", "decimal", "bigint", "percent", "double": Set(ordered)
        case "boolean": ["equals", "not_equal"]
        case "textarea": ["equals", "not_equal", "starts_with"]
        case "lookup", "ownerlookup", "userlookup", "picklist", "autonumber": ["equals", "not_equal", "in"]
        default: ["equals", "not_equal", "starts_with", "in"]
        }
    }
}
