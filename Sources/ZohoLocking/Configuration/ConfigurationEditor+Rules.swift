import ZohoJSON

/// `locking_rules`: new rules, rules edited or removed by id (PUT), and the
/// checks across them (unique names and criteria, at most five). A body may
/// hold any number of rules, so every step is linear in them: rules are found
/// by id through an index, and repeats through dictionaries, not by comparing pairs.
extension ConfigurationEditor {
    func rules(_ value: JSONValue?, existing: [LockingRule], _ path: String) throws -> [LockingRule] {
        guard let items = try array(value, "locking_rules", path) else { return [] }
        // nil marks a rule this request removed; positions of the others stay put.
        var rules: [LockingRule?] = mode == .update ? existing : []
        // The positions of each rule id in `rules`, in order (ids repeat only in odd fixtures).
        var positions: [ZohoID: [Int]] = [:]
        if mode == .update {
            for (position, rule) in existing.enumerated() { positions[rule.id, default: []].append(position) }
        }
        var touched: [(index: Int, ruleID: ZohoID)] = []
        for (index, item) in items.enumerated() {
            let rulePath = "\(path)[\(index)]"
            guard case .object(let body) = item else {
                throw ZohoError.invalidDataType(apiName: "locking_rules", jsonPath: rulePath, expected: "jsonobject")
            }
            let id = body["id"].flatMap { $0.isNull ? nil : ZohoID(json: $0) }
            if mode == .update, let id {
                guard let position = positions[id]?.first, let current = rules[position] else {
                    throw ZohoError.invalidIDInBody(jsonPath: "\(rulePath).id")
                }
                if body["_delete"]?.boolValue == true {
                    rules[position] = nil
                    positions[id]?.removeFirst()
                } else {
                    rules[position] = try rule(body, base: current, rulePath)
                    touched.append((index, id))
                }
            } else {
                let newRule = try rule(body, base: nil, rulePath, id: mode == .fixture ? id : nil)
                positions[newRule.id, default: []].append(rules.count)
                rules.append(newRule)
                touched.append((index, newRule.id))
            }
        }
        let kept = rules.compactMap { $0 }
        try checkDuplicates(kept, touched: touched, path)
        if kept.count > Self.maximumRules {
            let used = mode == .update ? existing.count : 0
            throw ZohoError.listLimitExceeded(
                .lockingRules, limit: Self.maximumRules, availableLimit: max(0, Self.maximumRules - used), jsonPath: path)
        }
        return kept
    }

    private func rule(_ body: JSONObject, base: LockingRule?, _ path: String, id: ZohoID? = nil) throws -> LockingRule {
        let name: String
        if let value = Self.present(body, "name") {
            guard let text = value.stringValue, !text.isEmpty else {
                throw ZohoError.invalidDataType(apiName: "name", jsonPath: "\(path).name", expected: "text")
            }
            name = text
        } else if let base {
            name = base.name
        } else {
            throw ZohoError.mandatoryNotFound(apiName: "name", jsonPath: "\(path).name")
        }
        var lockExisting = base?.lockExistingRecords ?? false
        if let value = Self.present(body, "lock_existing_records") {
            guard let flag = value.boolValue else {
                throw ZohoError.invalidDataType(apiName: "lock_existing_records", jsonPath: "\(path).lock_existing_records", expected: "boolean")
            }
            lockExisting = flag
        }
        let validator = CriteriaValidator(context: context)
        let criteria = try base != nil && body["criteria"] == nil
            ? base!.criteria : validator.validate(body["criteria"], at: "\(path).criteria")
        return LockingRule(
            id: try base?.id ?? id ?? generateID(), name: name, lockExistingRecords: lockExisting, criteria: criteria)
    }

    /// Rule names and criteria are unique within a configuration (DUPLICATE_DATA);
    /// the error points at the request element that repeats an earlier rule, or
    /// one the request left alone.
    ///
    /// A touched rule sits at the first position of its id, so every rule before
    /// it has another id: it repeats one when the first rule with its name (or
    /// criteria) comes before it, or when a rule the request left alone shares it.
    func checkDuplicates(_ rules: [LockingRule], touched: [(index: Int, ruleID: ZohoID)], _ path: String) throws {
        let touchedIDs = Set(touched.map(\.ruleID))
        var firstPosition: [ZohoID: Int] = [:]
        var names: [String: Occurrences] = [:]
        var criteria: [JSONValue: Occurrences] = [:]
        for (position, rule) in rules.enumerated() {
            if firstPosition[rule.id] == nil { firstPosition[rule.id] = position }
            let untouched = !touchedIDs.contains(rule.id)
            names[rule.name.lowercased(), default: Occurrences(first: position)].add(untouched: untouched)
            criteria[rule.criteria, default: Occurrences(first: position)].add(untouched: untouched)
        }
        for (index, ruleID) in touched {
            guard let position = firstPosition[ruleID] else { continue }
            let rule = rules[position]
            if names[rule.name.lowercased()]?.isRepeated(at: position) == true {
                throw ZohoError.duplicateData(.ruleName, jsonPath: "\(path)[\(index)].name")
            }
            if criteria[rule.criteria]?.isRepeated(at: position) == true {
                throw ZohoError.duplicateData(.criteria, jsonPath: "\(path)[\(index)].criteria")
            }
        }
    }
}

/// The rules that share a name (or criteria): where the first sits, and whether
/// any is a rule the request left alone.
private struct Occurrences {
    let first: Int
    private var untouched = false

    init(first: Int) { self.first = first }

    mutating func add(untouched rule: Bool) { untouched = untouched || rule }

    func isRepeated(at position: Int) -> Bool { first < position || untouched }
}
