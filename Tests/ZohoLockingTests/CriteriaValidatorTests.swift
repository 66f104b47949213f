import Testing
import ZohoJSON

@testable import ZohoLocking

/// Locking-rule criteria: fields resolved, comparators by type, values as strings, groups and their depth.
@Suite struct CriteriaValidatorTests {
    static func validator(_ module: String = "Leads") -> CriteriaValidator {
        let info = ModuleCatalog.standardModule(named: module)!
        return CriteriaValidator(context: ConfigurationContext(
            module: info, fields: FieldCatalog.builtInFields(of: info), customButtons: [], profile: { _ in nil }))
    }

    static func fieldID(_ name: String, in module: String = "Leads") -> JSONValue {
        FieldCatalog.builtInFields(of: ModuleCatalog.standardModule(named: module)!).first { $0.apiName == name }!.id.json
    }

    static func validate(_ text: String, _ module: String = "Leads") throws(ZohoError) -> JSONValue {
        try validator(module).validate(try! JSONParser.parse(text), at: "$.c")
    }

    @Test func leaf_isStoredWithTheFieldsIDAndAStringValue() throws {
        let criteria = try Self.validate(#"{"comparator":"equal","field":{"api_name":"No_of_Employees"},"value":12}"#)
        #expect(criteria == .object(JSONObject([
            ("comparator", "equal"),
            ("field", .object(JSONObject([("api_name", "No_of_Employees"), ("id", Self.fieldID("No_of_Employees"))]))),
            ("value", "12"),
        ])))
    }

    @Test func group_upperCasesItsOperator() throws {
        let leaf = #"{"comparator":"in","field":{"api_name":"Lead_Source"},"value":["Web","Ads"]}"#
        let criteria = try Self.validate(#"{"group_operator":"or","group":[\#(leaf),\#(leaf)]}"#)
        #expect(criteria.objectValue?["group_operator"] == "OR")
        #expect(criteria.objectValue?["group"]?.arrayValue?.first?.objectValue?["value"] == ["Web", "Ads"])
    }

    @Test func missingParts_areMandatory() {
        #expect(throws: ZohoError.mandatoryNotFound(apiName: "criteria", jsonPath: "$.c")) {
            try Self.validator().validate(nil, at: "$.c")
        }
        #expect(throws: ZohoError.mandatoryNotFound(apiName: "comparator", jsonPath: "$.c.comparator")) {
            try Self.validate(#"{"field":{"api_name":"City"},"value":"x"}"#)
        }
        #expect(throws: ZohoError.mandatoryNotFound(apiName: "value", jsonPath: "$.c.value")) {
            try Self.validate(#"{"comparator":"equal","field":{"api_name":"City"}}"#)
        }
        #expect(throws: ZohoError.mandatoryNotFound(apiName: "group", jsonPath: "$.c.group")) {
            try Self.validate(#"{"group_operator":"AND","group":[{"comparator":"equal","field":{"api_name":"City"},"value":"x"}]}"#)
        }
        #expect(throws: ZohoError.invalidDataType(apiName: "criteria", jsonPath: "$.c", expected: "jsonobject")) {
            try Self.validate("[]")
        }
    }

    @Test func comparator_mustSuitTheFieldsType() {
        let supported = CriteriaValidator.comparators(for: "picklist")
        #expect(supported == ["equal", "not_equal", "in", "not_in"])
        #expect(throws: ZohoError.unsupportedChoice(apiName: "comparator", jsonPath: "$.c.comparator", supportedValues: supported)) {
            try Self.validate(#"{"comparator":"contains","field":{"api_name":"Lead_Source"},"value":"W"}"#)
        }
    }

    @Test func value_mustSuitTheFieldsType() {
        #expect(throws: ZohoError.invalidDataType(apiName: "value", jsonPath: "$.c.value", expected: "currency")) {
            try Self.validate(#"{"comparator":"equal","field":{"api_name":"Annual_Revenue"},"value":"lots"}"#)
        }
        #expect(throws: ZohoError.invalidValue(apiName: "value", jsonPath: "$.c.value")) {
            try Self.validate(#"{"comparator":"between","field":{"api_name":"Annual_Revenue"},"value":[1,2,3]}"#)
        }
    }

    @Test func groups_nestAtMostFiveDeep() throws {
        let leaf = #"{"comparator":"equal","field":{"api_name":"City"},"value":"x"}"#
        func nested(_ depth: Int) -> String {
            depth == 0 ? leaf : #"{"group_operator":"AND","group":[\#(nested(depth - 1)),\#(leaf)]}"#
        }
        _ = try Self.validate(nested(CriteriaValidator.maximumDepth))
        let path = "$.c" + String(repeating: ".group[0]", count: CriteriaValidator.maximumDepth)
        #expect(throws: ZohoError.criteriaDepthExceeded(limit: 5, jsonPath: "\(path).group")) {
            try Self.validate(nested(CriteriaValidator.maximumDepth + 1))
        }
    }

    @Test func tasks_takeOnlyStatusClosed() throws {
        _ = try Self.validate(#"{"comparator":"equal","field":{"api_name":"Status"},"value":"Closed"}"#, "Tasks")
        #expect(throws: ZohoError.notSupported(.criteria, jsonPath: "$.c")) {
            try Self.validate(#"{"comparator":"equal","field":{"api_name":"Status"},"value":"Open"}"#, "Tasks")
        }
    }
}
