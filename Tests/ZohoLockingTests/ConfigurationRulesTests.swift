import GrowthRatio
import Testing
import ZohoJSON

@testable import ZohoLocking

/// `locking_rules` checks in linear time: the repeated-name and repeated-criteria
/// check answers as the pairwise comparison it replaced, and a body of many
/// rules costs in proportion to them.
@Suite(.serialized) struct ConfigurationRulesTests {
    static let leads = ModuleCatalog.standardModule(named: "Leads")!

    static func editor(_ mode: ConfigurationEditor.Mode) -> ConfigurationEditor {
        let context = ConfigurationContext(
            module: leads, fields: FieldCatalog.builtInFields(of: leads), customButtons: [], profile: { _ in nil })
        var next: Int64 = 1_000
        return ConfigurationEditor(context: context, mode: mode) {
            next += 1
            return ZohoID(next)
        }
    }

    /// The check as it was written before, comparing each touched rule with every other.
    static func pairwiseDuplicate(_ rules: [LockingRule], touched: [(index: Int, ruleID: ZohoID)]) -> (Int, String)? {
        let touchedIDs = Set(touched.map(\.ruleID))
        for (index, ruleID) in touched {
            guard let position = rules.firstIndex(where: { $0.id == ruleID }) else { continue }
            let rule = rules[position]
            let others = rules.enumerated().filter { $0.offset < position || !touchedIDs.contains($0.element.id) }
                .map(\.element).filter { $0.id != ruleID }
            if others.contains(where: { $0.name.lowercased() == rule.name.lowercased() }) { return (index, "name") }
            if others.contains(where: { $0.criteria == rule.criteria }) { return (index, "criteria") }
        }
        return nil
    }

    /// Small random rule sets, with repeated names (in any case), criteria and even ids.
    @Test func duplicateCheck_answersAsThePairwiseComparison() {
        var random = SplitMix(seed: 42)
        let names = ["a", "A", "b", "c"]
        let criteria: [JSONValue] = [["comparator": "equal"], ["comparator": "in"], ["group": [1, 2]]]
        let editor = Self.editor(.update)
        var repeats = (name: 0, criteria: 0)
        for _ in 0..<2_000 {
            let rules = (0..<random.below(7)).map { _ in
                LockingRule(
                    id: ZohoID(Int64(1 + random.below(5))), name: names[random.below(names.count)],
                    lockExistingRecords: false, criteria: criteria[random.below(criteria.count)])
            }
            let touched = (0..<random.below(5)).map { index in (index: index, ruleID: ZohoID(Int64(1 + random.below(6)))) }
            let expected = Self.pairwiseDuplicate(rules, touched: touched)
            if expected?.1 == "name" { repeats.name += 1 }
            if expected?.1 == "criteria" { repeats.criteria += 1 }
            var found: (Int, String)?
            do {
                try editor.checkDuplicates(rules, touched: touched, "$.r")
            } catch let error as ZohoError {
                let path = error.details["json_path"]?.stringValue ?? ""
                found = (Int(path.dropFirst(4).prefix { $0.isNumber }) ?? -1, path.hasSuffix(".name") ? "name" : "criteria")
            } catch {
                Issue.record("unexpected \(error)")
            }
            #expect(found?.0 == expected?.0 && found?.1 == expected?.1, "\(rules) \(touched)")
        }
        // The cases cover both refusals, not only sets without repeats.
        #expect(repeats.name > 200 && repeats.criteria > 100, "\(repeats)")
    }

    @Test func manyRules_costInProportion() throws {
        func body(_ count: Int) -> JSONValue {
            let rules: [JSONValue] = (0..<count).map { index -> JSONValue in
                let criteria: JSONValue = ["comparator": "equal", "field": ["api_name": "Phone"], "value": .string("\(index)")]
                return ["name": .string("rule \(index)"), "criteria": criteria]
            }
            return ["lock_type": "automatic", "locking_rules": .array(rules)]
        }
        let base = LockingConfiguration(
            id: ZohoID(1), module: "Leads", lockType: .manual, createdBy: nil, createdTime: 0, modifiedBy: nil, modifiedTime: 0)
        let ratio = Growth.ratio(size: 400, body) { item in
            #expect(throws: ZohoError.self) { try Self.editor(.create).apply(item, to: base, path: "$.c[0]") }
        }
        #expect(ratio < Growth.linearBound, "4× the rules took \(ratio)× as long")
    }
}

/// A small seeded generator, so the random cases are the same in every run.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func below(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
