import MockHTTP
import ZohoLocking

/// Every endpoint of the emulator, built once when the emulator is made: the
/// list (for tests and the OpenAPI check) and one router per surface (for
/// dispatch), made from the same entries so the two cannot disagree.
struct EndpointTable: Sendable {
    let endpoints: [Endpoint]
    let zohoAPI: Router<ZohoEndpoint>
    let accounts: Router<AccountsServer.Operation>
    let control: Router<ControlAPI.Operation>

    init(_ endpoints: [Endpoint]) {
        self.endpoints = endpoints
        var zohoAPI = Router<ZohoEndpoint>()
        var accounts = Router<AccountsServer.Operation>()
        var control = Router<ControlAPI.Operation>()
        for endpoint in endpoints {
            switch endpoint.handler {
            case .zohoAPI(let handler): zohoAPI.add(endpoint.method, endpoint.pattern, handler)
            case .accounts(let handler): accounts.add(endpoint.method, endpoint.pattern, handler)
            case .control(let handler): control.add(endpoint.method, endpoint.pattern, handler)
            }
        }
        self.zohoAPI = zohoAPI
        self.accounts = accounts
        self.control = control
    }

    /// The emulator's endpoints: Zoho's API over the services, then the accounts
    /// server, then the control API.
    init(services: ZohoServices) {
        var list = EndpointList()
        ZohoAPIEndpoints.add(to: &list, services)
        AccountsEndpoints.add(to: &list)
        ControlEndpoints.add(to: &list)
        self.init(list.endpoints)
    }
}

/// The services the Zoho API's endpoints call.
struct ZohoServices: Sendable {
    let locks: LockService
    let configurations: ConfigurationService
    let metadata: MetadataService
    let records: RecordService
    let recordReads: RecordReadService
    let massUpdates: MassUpdateService

    init<Store: TransactionalStore>(store: Store, environment: ServiceEnvironment, massUpdateJobs: MassUpdateJobs)
    where Store.Repository: StoreRepository {
        locks = LockService(store: store, environment: environment)
        configurations = ConfigurationService(store: store, environment: environment)
        metadata = MetadataService(store: store, environment: environment)
        records = RecordService(store: store, environment: environment)
        recordReads = RecordReadService(store: store, environment: environment)
        massUpdates = MassUpdateService(store: store, environment: environment, jobs: massUpdateJobs)
    }
}
