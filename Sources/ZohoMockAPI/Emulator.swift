import Logging
import MockHTTP
import ZohoLocking

/// The emulator as one HTTP handler: `/__mock/...` is the control API,
/// everything else is Zoho's API and the accounts server, behind the gateway
/// that injects faults and keeps the request journal.
public final class Emulator: HTTPHandler {
    private let zoho: ZohoAPI
    private let accounts: AccountsServer
    private let control: ControlAPI
    private let gateway: APIGateway
    /// Every endpoint, built here once; the three surfaces dispatch through its routers.
    let endpoints: EndpointTable

    /// `seed` and `seededOrgIDs` (what loading it at start returned) are what
    /// `POST /__mock/reset` goes back to.
    public init<Store: TransactionalStore>(
        store: Store, clock: MockClock, defaultTimeZone: String, controlToken: String?, logger: Logger,
        seed: SeedData? = nil, seededOrgIDs: [ZohoID]? = nil, journalSize: Int = EmulatorDefaults.journalSize,
        journalBytes: Int = EmulatorDefaults.journalBytes, journalBodyBytes: Int = EmulatorDefaults.journalBodyBytes,
        faultSeed: UInt64 = EmulatorDefaults.faultSeed
    ) where Store.Repository: StoreRepository {
        let environment = ServiceEnvironment(clock: clock, defaultTimeZone: defaultTimeZone)
        let credentials = store.narrowed { $0 as any CredentialRepository }
        let wholeStore = store.narrowed { $0 as any StoreRepository }
        // Shared by the mass-update endpoints and the reset, which forgets the jobs.
        let massUpdateJobs = MassUpdateJobs()
        endpoints = EndpointTable(services: ZohoServices(store: store, environment: environment, massUpdateJobs: massUpdateJobs))
        zoho = ZohoAPI(authenticator: Authenticator(store: credentials, clock: clock), router: endpoints.zohoAPI, logger: logger)
        accounts = AccountsServer(oauth: OAuthService(store: store, clock: clock), routes: endpoints.accounts, logger: logger)
        let journal = RequestJournal(capacity: journalSize, byteBudget: journalBytes, bodyCap: journalBodyBytes)
        let faults = FaultRules(defaultSeed: faultSeed)
        gateway = APIGateway(journal: journal, faults: faults, clock: clock, orgs: RequestOrgResolver(store: credentials))
        control = ControlAPI(
            store: wholeStore, clock: clock, controlToken: controlToken, logger: logger, journal: journal,
            faults: faults, routes: endpoints.control,
            reset: EmulatorReset(store: wholeStore, seed: seed, loadedOrgIDs: seededOrgIDs, massUpdateJobs: massUpdateJobs),
            defaultTimeZone: defaultTimeZone)
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        if request.overCapacity { return Self.overCapacity }
        let surface = APISurface.owner(of: request)
        if surface == .control { return control.handle(request) }
        return gateway.handle(request) { serveAPI($0, surface) }
    }

    /// A connection past the connection limit: Zoho's answer to too many
    /// concurrent calls, with a hint to retry once a slot is free.
    private static let overCapacity: HTTPResponse = {
        var response = ZohoAPI.response(for: ZohoReply(error: .tooManyRequests))
        response.headers.append(("Retry-After", "1"))
        return response
    }()

    /// Zoho's API and the accounts server: what the journal records and fault rules apply to.
    private func serveAPI(_ request: HTTPRequest, _ surface: APISurface) -> APIAnswer {
        if surface == .accounts { return APIAnswer(response: accounts.handle(request), orgID: nil) }
        return zoho.answer(request)
    }
}
