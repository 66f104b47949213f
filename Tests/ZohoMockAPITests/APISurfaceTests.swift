import MockHTTP
import Testing

@testable import ZohoMockAPI

/// Which surface owns a path, decided before any route is matched.
@Suite struct APISurfaceTests {
    @Test(arguments: [
        ("/__mock/health", APISurface.control), ("/__mock/", .control), ("/__mock/a/b/c", .control),
        ("/oauth/v2/token", .accounts), ("/oauth/", .accounts), ("/oauth/anything", .accounts),
        ("/__mock", .zohoAPI), ("/oauth", .zohoAPI), ("/crm/v7/org", .zohoAPI), ("/", .zohoAPI), ("", .zohoAPI),
        ("__mock/health", .zohoAPI), ("x/__mock/health", .zohoAPI), ("/x/__mock/health", .zohoAPI),
        ("/__MOCK/health", .zohoAPI), ("/__mock\u{301}/health", .zohoAPI), ("/__mock/\u{301}x", .zohoAPI),
    ])
    func owner(path: String, surface: APISurface) {
        #expect(APISurface.owner(of: HTTPRequest(method: "GET", path: path)) == surface, "\(path)")
    }
}
