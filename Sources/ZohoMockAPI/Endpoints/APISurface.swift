import MockHTTP
import ZohoMockControlWire

/// The three parts of the emulator that answer HTTP, each with its own
/// refusals: Zoho's API (Zoho error JSON), the accounts server (OAuth errors)
/// and the control API (`{"error": …}`).
public enum APISurface: String, Sendable, CaseIterable {
    case zohoAPI = "zoho"
    case accounts
    case control

    /// The first path segment of every endpoint of the surface.
    public var mount: String {
        switch self {
        case .zohoAPI: "crm"
        case .accounts: "oauth"
        case .control: ControlRoute.mount
        }
    }

    /// Which surface answers a path. A path under the accounts or control mount
    /// belongs to it even when no endpoint matches (it answers its own 404);
    /// any other path, the mount itself included, is the Zoho API's. Compared as
    /// a prefix of the whole path, as the path's segments would split it: this
    /// runs on every request, before the router splits the path once.
    public static func owner(of request: HTTPRequest) -> APISurface {
        if request.path.hasPrefix(controlPrefix) { return .control }
        if request.path.hasPrefix(accountsPrefix) { return .accounts }
        return .zohoAPI
    }

    private static let controlPrefix = "/\(APISurface.control.mount)/"
    private static let accountsPrefix = "/\(APISurface.accounts.mount)/"
}
