import Logging
import MockHTTP
import ZohoLocking

/// The emulator as one HTTP handler: `/__mock/...` is the control API,
/// everything else is Zoho's API.
public final class Emulator: HTTPHandler {
    private let zoho: ZohoAPI
    private let accounts: AccountsServer
    private let control: ControlAPI

    public init(store: any LockingStore, clock: MockClock, defaultTimeZone: String, controlToken: String?, logger: Logger) {
        let locks = LockService(store: store, clock: clock, defaultTimeZone: defaultTimeZone)
        let configurations = ConfigurationService(store: store, clock: clock, defaultTimeZone: defaultTimeZone)
        zoho = ZohoAPI(
            authenticator: Authenticator(store: store, clock: clock),
            router: ZohoRoutes.router(locks: locks, configurations: configurations), logger: logger)
        accounts = AccountsServer(oauth: OAuthService(store: store, clock: clock), logger: logger)
        control = ControlAPI(store: store, clock: clock, controlToken: controlToken, logger: logger)
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        if request.path.hasPrefix("/__mock/") { return control.handle(request) }
        if request.path.hasPrefix("/oauth/") { return accounts.handle(request) }
        return zoho.handle(request)
    }
}
