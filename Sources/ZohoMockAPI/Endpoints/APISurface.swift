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
    /// any other path, the mount itself included, is the Zoho API's.
    public static func owner(of request: HTTPRequest) -> APISurface {
        guard request.path.utf8.first == UInt8(ascii: "/") else { return .zohoAPI }
        let segments = request.pathSegments
        guard segments.count >= 2 else { return .zohoAPI }
        switch segments[0] {
        case APISurface.control.mount: return .control
        case APISurface.accounts.mount: return .accounts
        default: return .zohoAPI
        }
    }
}
