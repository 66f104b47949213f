import ZohoJSON

/// Evaluates stored locking-rule criteria against a record. Criteria
/// arrive as `CriteriaValidator` left them: leaves `{comparator, field, value}`
/// with string values (lists for in/between), groups `{group_operator, group}`.
///
/// Text comparisons ignore case, as Zoho's criteria do. A field without a
/// value matches only the negative comparators (`not_equal`, `not_in`,
/// `not_contains`, `not_between`).
public struct CriteriaEvaluator: Sendable {
    /// Data type by field API name, from the module's field catalog.
    let fieldTypes: [String: String]

    public init(fields: [FieldDefinition]) {
        fieldTypes = Dictionary(fields.map { ($0.apiName, $0.dataType) }, uniquingKeysWith: { _, last in last })
    }

    public func matches(_ criteria: JSONValue, _ record: RecordValues) -> Bool {
        guard let object = criteria.objectValue else { return false }
        if let members = object["group"]?.arrayValue {
            let anyOf = object["group_operator"]?.stringValue?.uppercased() == "OR"
            return anyOf ? members.contains { matches($0, record) } : members.allSatisfy { matches($0, record) }
        }
        guard let comparator = object["comparator"]?.stringValue,
            let field = object["field"]?.objectValue?["api_name"]?.stringValue
        else { return false }
        let kind = OperandKind(dataType: fieldTypes[field] ?? "text")
        let operands = (object["value"]?.arrayValue ?? object["value"].map { [$0] } ?? []).compactMap {
            $0.stringValue.flatMap(kind.operand)
        }
        let actual = record.value(of: field).map(kind.operands) ?? []
        return Self.compare(comparator, actual: actual, operands: operands)
    }

    static func compare(_ comparator: String, actual: [Operand], operands: [Operand]) -> Bool {
        if comparator.hasPrefix("not_") {
            return !compare(String(comparator.dropFirst(4)), actual: actual, operands: operands)
        }
        switch comparator {
        case "equal", "in":
            // Both sides may be long lists (a record field, an `in` list): one pass over each.
            let wanted = Set(operands)
            return actual.contains(where: wanted.contains)
        case "contains":
            let patterns = operands.compactMap { operand -> TextPattern? in
                if case .text(let wanted) = operand { return TextPattern(wanted) }
                return nil
            }
            return actual.contains { value in
                guard case .text(let text) = value else { return false }
                return patterns.contains { $0.occurs(in: text) }
            }
        case "starts_with": return text(actual, operands) { $0.hasPrefix($1) }
        case "ends_with": return text(actual, operands) { $0.hasSuffix($1) }
        case "greater_than": return ordered(actual, operands) { $0 > $1 }
        case "less_than": return ordered(actual, operands) { $0 < $1 }
        case "greater_equal": return ordered(actual, operands) { $0 >= $1 }
        case "less_equal": return ordered(actual, operands) { $0 <= $1 }
        case "between":
            guard operands.count == 2, case .number(let low) = operands[0], case .number(let high) = operands[1] else {
                return false
            }
            return actual.contains { if case .number(let value) = $0 { return low <= value && value <= high } else { return false } }
        default: return false
        }
    }

    private static func text(_ actual: [Operand], _ operands: [Operand], _ test: (String, String) -> Bool) -> Bool {
        actual.contains { value in
            operands.contains { operand in
                guard case .text(let text) = value, case .text(let wanted) = operand else { return false }
                return test(text, wanted)
            }
        }
    }

    private static func ordered(_ actual: [Operand], _ operands: [Operand], _ test: (Double, Double) -> Bool) -> Bool {
        guard case .number(let bound)? = operands.first else { return false }
        return actual.contains { if case .number(let value) = $0 { return test(value, bound) } else { return false } }
    }
}

/// A value reduced to what comparing needs: a number (numbers, dates as
/// days, date-times as epoch seconds) or lower-cased text.
enum Operand: Hashable {
    case number(Double)
    case text(String)
}

/// How a field's type turns record values and criteria values into operands.
enum OperandKind {
    case number, date, dateTime, text, reference

    init(dataType: String) {
        switch dataType {
        case "integer", "bigint", "double", "currency", "decimal", "percent": self = .number
        case "date": self = .date
        case "datetime": self = .dateTime
        case "lookup", "ownerlookup", "userlookup": self = .reference
        default: self = .text
        }
    }

    /// A criteria value (always text once validated).
    func operand(_ text: String) -> Operand? {
        switch self {
        case .number: return Double(text).map(Operand.number)
        case .date: return Self.days(text).map(Operand.number)
        case .dateTime: return ZohoDateTime.parse(text).map { .number(Double($0)) }
        case .text, .reference: return .text(text.lowercased())
        }
    }

    /// The operands a record value stands for: lists give one per element;
    /// a lookup matches by id or by name.
    func operands(_ value: JSONValue) -> [Operand] {
        switch value {
        case .null: return []
        case .array(let items): return items.flatMap(operands)
        case .object(let object):
            return ["id", "name"].compactMap { object[$0].flatMap(Self.text) }.map { .text($0.lowercased()) }
        case .number(let number):
            if self == .text || self == .reference { return [.text(number.text.lowercased())] }
            return number.doubleValue.map { [.number($0)] } ?? []
        case .bool(let flag): return [.text(flag ? "true" : "false")]
        case .string(let text):
            if self == .date, let days = Self.days(text) ?? ZohoDateTime.parse(text).map({ Double($0 / 86_400) }) {
                return [.number(days)]
            }
            return operand(text).map { [$0] } ?? []
        }
    }

    /// `YYYY-MM-DD` as days since 1970-01-01.
    private static func days(_ text: String) -> Double? {
        ZohoDateTime.parse(text + "T00:00:00Z").map { Double($0 / 86_400) }
    }

    private static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .number(let number): return number.text
        default: return nil
        }
    }
}
