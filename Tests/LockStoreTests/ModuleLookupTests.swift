import LockStore
import Testing
import ZohoLocking

/// `module(orgID:apiName:)`: Zoho's standard modules for every org, custom ones per org.
struct ModuleLookupTests {
    typealias F = StoreFixture

    @Test func module_findsStandardModuleFromCatalog() throws {
        let store = try F.loadedStore()
        #expect(try store.read { try $0.module(orgID: F.orgID, apiName: "Leads") } == F.leadsModule)
    }

    @Test func module_findsStandardModuleEvenForOrgWithoutData() throws {
        let store = try F.emptyStore()
        #expect(try store.read { try $0.module(orgID: F.otherOrgID, apiName: "Leads") } == F.leadsModule)
    }

    @Test func module_standardModuleThatCannotBeLockedSaysSo() throws {
        let store = try F.loadedStore()
        let products = try #require(try store.read { try $0.module(orgID: F.orgID, apiName: "Products") })
        #expect(products == ModuleInfo(
            apiName: "Products", id: ZohoID(5_843_104_000_000_002_185), generatedType: "default", lockable: false))
    }

    @Test func module_findsCustomModuleOfTheOrg() throws {
        let store = try F.loadedStore()
        #expect(
            try store.read { try $0.module(orgID: F.orgID, apiName: "Projects") }
                == ModuleInfo(apiName: "Projects", id: F.projectsModuleID, generatedType: "custom", lockable: true))
    }

    @Test func module_nonCustomGeneratedTypeIsNotLockable() throws {
        let store = try F.loadedStore()
        #expect(
            try store.read { try $0.module(orgID: F.orgID, apiName: "Linking_Things") }
                == ModuleInfo(apiName: "Linking_Things", id: F.linkingModuleID, generatedType: "linking", lockable: false))
    }

    @Test func module_customModuleIsInvisibleToOtherOrgs() throws {
        let store = try F.store(loading: F.document, F.otherOrgDocument)
        #expect(try store.read { try $0.module(orgID: F.otherOrgID, apiName: "Projects") } == nil)
    }

    @Test(arguments: ["leads", "LEADS", "Projects ", "projects", "Unknown", ""])
    func module_lookupIsExactCase(_ name: String) throws {
        let store = try F.loadedStore()
        #expect(try store.read { try $0.module(orgID: F.orgID, apiName: name) } == nil)
    }
}
