import Testing
import ZohoLocking

/// Which token scopes satisfy which endpoint's requirement.
@Suite struct ScopeRequirementTests {
    static func allows(_ requirement: ScopeRequirement, _ scopes: [String], module: String? = nil) -> Bool {
        requirement.isSatisfied(by: GrantedScopes(scopes), module: module)
    }

    @Test func lockingInformation_needsTheLockingAndTheModuleScope() {
        let read = ScopeRequirement.lockingInformation(.read)
        #expect(Self.allows(read, ["ZohoCRM.modules.ALL"], module: "Leads"))
        #expect(Self.allows(read, ["ZohoCRM.modules.lockinginformation.READ", "ZohoCRM.modules.leads.READ"], module: "Leads"))
        #expect(Self.allows(read, ["zohocrm.MODULES.LockingInformation.read", "ZohoCRM.modules.Leads.all"], module: "Leads"))
        #expect(!Self.allows(read, ["ZohoCRM.modules.leads.READ"], module: "Leads"))
        #expect(!Self.allows(read, ["ZohoCRM.modules.lockinginformation.READ"], module: "Leads"))
        #expect(!Self.allows(read, ["ZohoCRM.modules.lockinginformation.READ", "ZohoCRM.modules.contacts.READ"], module: "Leads"))
        #expect(!Self.allows(.lockingInformation(.delete), ["ZohoCRM.modules.READ"], module: "Leads"))
    }

    @Test func records_acceptTheModuleNamedEitherWayOrCustom() {
        let create = ScopeRequirement.records(.create)
        #expect(Self.allows(create, ["ZohoCRM.modules.salesorders.CREATE"], module: "Sales_Orders"))
        #expect(Self.allows(create, ["ZohoCRM.modules.sales_orders.CREATE"], module: "Sales_Orders"))
        #expect(Self.allows(create, ["ZohoCRM.modules.custom.ALL"], module: "Projects"))
        #expect(!Self.allows(create, ["ZohoCRM.modules.custom.ALL"], module: "Leads"))
        #expect(!Self.allows(create, ["ZohoCRM.modules.leads.READ"], module: "Leads"))
    }

    @Test func settings_takeTheFamilyOrAllSettings() {
        let update = ScopeRequirement.settings(family: "record_locking_configurations", .update)
        #expect(Self.allows(update, ["ZohoCRM.settings.ALL"]))
        #expect(Self.allows(update, ["ZohoCRM.settings.record_locking_configurations.UPDATE"]))
        #expect(!Self.allows(update, ["ZohoCRM.settings.record_locking_configurations.READ"]))
        #expect(!Self.allows(update, ["ZohoCRM.settings.fields.ALL"]))
        #expect(!Self.allows(update, ["ZohoCRM.modules.ALL"]))
    }

    @Test func families() {
        #expect(Self.allows(.family("users", .read), ["ZohoCRM.users.READ"]))
        #expect(Self.allows(.family("org", .read), ["ZohoCRM.org.ALL"]))
        #expect(!Self.allows(.family("users", .read), ["ZohoCRM.org.READ"]))
    }

    /// Change owner takes its own scope, as documented; module scopes do not grant it.
    @Test func changeOwner_needsItsOwnScope() {
        let changeOwner = ScopeRequirement.family("change_owner", .create)
        #expect(Self.allows(changeOwner, ["ZohoCRM.change_owner.CREATE"], module: "Leads"))
        #expect(Self.allows(changeOwner, ["ZohoCRM.change_owner.ALL"], module: "Leads"))
        #expect(!Self.allows(changeOwner, ["ZohoCRM.change_owner.READ"], module: "Leads"))
        #expect(!Self.allows(changeOwner, ["ZohoCRM.modules.ALL", "ZohoCRM.settings.ALL"], module: "Leads"))
    }

    @Test func massUpdate_takesItsOwnScopeOrItsModuleForm_notTheModuleScope() {
        let update = ScopeRequirement.massUpdate(.update)
        #expect(Self.allows(update, ["ZohoCRM.mass_update.UPDATE"], module: "Leads"))
        #expect(Self.allows(update, ["ZohoCRM.mass_update.leads.ALL"], module: "Leads"))
        #expect(Self.allows(update, ["ZohoCRM.mass_update.salesorders.UPDATE"], module: "Sales_Orders"))
        #expect(!Self.allows(update, ["ZohoCRM.mass_update.contacts.UPDATE"], module: "Leads"))
        #expect(!Self.allows(update, ["ZohoCRM.mass_update.READ"], module: "Leads"))
        #expect(!Self.allows(update, ["ZohoCRM.modules.ALL", "ZohoCRM.modules.leads.UPDATE"], module: "Leads"))
        #expect(Self.allows(ScopeRequirement.massUpdate(.read), ["ZohoCRM.mass_update.READ"], module: "Leads"))
    }

    @Test func malformedScopes_grantNothing() {
        let all = ScopeRequirement.records(.read)
        #expect(!Self.allows(all, ["ZohoCRM.modules"], module: "Leads"))
        #expect(!Self.allows(all, ["Other.modules.ALL"], module: "Leads"))
        #expect(!Self.allows(all, ["ZohoCRM.modules.leads.everything"], module: "Leads"))
        #expect(!Self.allows(all, ["ZohoCRM.modules.a.b.ALL"], module: "Leads"))
    }
}
