/// What one search looks for, ready to test records: a criteria matcher, or an
/// email, phone or word compared with the fields of the matching types.
struct RecordSearch {
    private enum Test {
        case criteria(SearchMatcher)
        /// Exact value (case ignored) of any field of these API names.
        case exact(String, fields: [String])
        /// The word inside any text field (case ignored).
        case word(TextPattern, fields: [String])
    }

    private let test: Test

    init(_ target: SearchQuery.Target, fields: [FieldDefinition]) throws(ZohoError) {
        func named(_ types: Set<String>) -> [String] { fields.filter { types.contains($0.dataType) }.map(\.apiName) }
        switch target {
        case .criteria(let criteria): test = .criteria(try SearchMatcher(criteria, fields: fields))
        case .email(let email): test = .exact(email.lowercased(), fields: named(["email"]))
        case .phone(let phone): test = .exact(phone.lowercased(), fields: named(["phone"]))
        case .word(let word):
            test = .word(TextPattern(word.lowercased()), fields: named(["text", "textarea", "email", "phone", "website", "picklist"]))
        }
    }

    func matches(_ values: RecordValues, locked: Bool) -> Bool {
        switch test {
        case .criteria(let matcher): return matcher.matches(values, locked: locked)
        case .exact(let wanted, let fields):
            return fields.contains { values.value(of: $0)?.stringValue?.lowercased() == wanted }
        case .word(let pattern, let fields):
            return fields.contains { field in values.value(of: field)?.stringValue.map { pattern.occurs(in: $0.lowercased()) } ?? false }
        }
    }
}
