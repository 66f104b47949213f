import MockHTTP
import Testing

/// Method-plus-pattern routing with `{name}` segments.
struct RouterTests {
    /// What a match came to, in a form `#expect` can compare.
    enum Outcome: Equatable {
        case found(String, [String: String])
        case methodNotAllowed
        case notFound
    }

    private func match(_ router: Router<String>, _ method: String, _ path: String) -> Outcome {
        switch router.match(method: method, segments: HTTPRequest(method: method, path: path).pathSegments) {
        case .found(let handler, let parameters): return .found(handler, parameters.values)
        case .methodNotAllowed: return .methodNotAllowed
        case .notFound: return .notFound
        }
    }

    private var lockingRouter: Router<String> {
        var router = Router<String>()
        router.add("GET", "/crm/{version}/{module}/{record_id}/Locking_Information__s", "list")
        router.add("POST", "/crm/{version}/{module}/{record_id}/Locking_Information__s", "lock")
        router.add("GET", "/crm/{version}/{module}/{record_id}/Locking_Information__s/{lock_id}", "item")
        router.add("DELETE", "/crm/{version}/{module}/{record_id}/Locking_Information__s/{lock_id}", "unlock")
        return router
    }

    @Test func match_capturesEveryParameter() {
        #expect(
            match(lockingRouter, "GET", "/crm/v8/Leads/5843104000000425566/Locking_Information__s/5843104000000425999")
                == .found("item", [
                    "version": "v8", "module": "Leads", "record_id": "5843104000000425566", "lock_id": "5843104000000425999",
                ]))
    }

    @Test func match_choosesRouteByMethod() {
        let path = "/crm/v8/Leads/1/Locking_Information__s"
        #expect(match(lockingRouter, "GET", path) == .found("list", ["version": "v8", "module": "Leads", "record_id": "1"]))
        #expect(match(lockingRouter, "POST", path) == .found("lock", ["version": "v8", "module": "Leads", "record_id": "1"]))
    }

    @Test func match_literalBeatsParameterWhicheverIsAddedFirst() {
        var parameterFirst = Router<String>()
        parameterFirst.add("GET", "/crm/{version}/{module}/{id}", "record")
        parameterFirst.add("GET", "/crm/{version}/settings/{id}", "settings")
        var literalFirst = Router<String>()
        literalFirst.add("GET", "/crm/{version}/settings/{id}", "settings")
        literalFirst.add("GET", "/crm/{version}/{module}/{id}", "record")
        for router in [parameterFirst, literalFirst] {
            #expect(match(router, "GET", "/crm/v8/settings/7") == .found("settings", ["version": "v8", "id": "7"]))
            #expect(match(router, "GET", "/crm/v8/Leads/7") == .found("record", ["version": "v8", "module": "Leads", "id": "7"]))
        }
    }

    @Test func match_parameterCapturesLiteralTextOfOtherRoutes() {
        var router = Router<String>()
        router.add("GET", "/crm/{version}/{module}/{id}", "record")
        #expect(match(router, "GET", "/crm/v8/settings/7") == .found("record", ["version": "v8", "module": "settings", "id": "7"]))
    }

    @Test func match_knownPathWithOtherMethodIsMethodNotAllowed() {
        #expect(match(lockingRouter, "PUT", "/crm/v8/Leads/1/Locking_Information__s") == .methodNotAllowed)
        #expect(match(lockingRouter, "PATCH", "/crm/v8/Leads/1/Locking_Information__s/2") == .methodNotAllowed)
    }

    @Test func match_methodIsCaseSensitive() {
        #expect(match(lockingRouter, "get", "/crm/v8/Leads/1/Locking_Information__s") == .methodNotAllowed)
    }

    @Test func match_unknownPathIsNotFound() {
        #expect(match(lockingRouter, "GET", "/crm/v8/Leads/1/Notes") == .notFound)
        #expect(match(lockingRouter, "GET", "/crm/v8/Leads/1") == .notFound)
        #expect(match(lockingRouter, "GET", "/crm/v8/Leads/1/Locking_Information__s/2/extra") == .notFound)
        #expect(match(lockingRouter, "GET", "/") == .notFound)
    }

    @Test func match_unknownPathWithUnusedMethodIsNotFound() {
        #expect(match(lockingRouter, "PUT", "/crm/v8/Leads/1/Notes") == .notFound)
    }

    @Test func match_literalSegmentsAreCaseSensitive() {
        #expect(match(lockingRouter, "GET", "/crm/v8/Leads/1/locking_information__s") == .notFound)
        #expect(match(lockingRouter, "GET", "/CRM/v8/Leads/1/Locking_Information__s") == .notFound)
    }

    @Test func match_emptySegmentDoesNotMatchParameter() {
        #expect(match(lockingRouter, "GET", "/crm/v8//1/Locking_Information__s") == .notFound)
        #expect(match(lockingRouter, "GET", "/crm/v8/Leads//Locking_Information__s") == .notFound)
        #expect(match(lockingRouter, "GET", "/crm/v8/Leads/1/Locking_Information__s/") == .notFound)
    }

    @Test func match_trailingSlashIsAnotherPath() {
        #expect(match(lockingRouter, "GET", "/crm/v8/Leads/1/Locking_Information__s/") == .notFound)
    }

    @Test func match_parameterKeepsSegmentTextAsGiven() {
        #expect(
            match(lockingRouter, "GET", "/crm/v8/My Module/abc/Locking_Information__s")
                == .found("list", ["version": "v8", "module": "My Module", "record_id": "abc"]))
    }

    @Test func match_literalOnlyRoute() {
        var router = Router<String>()
        router.add("GET", "/__mock/health", "health")
        #expect(match(router, "GET", "/__mock/health") == .found("health", [:]))
        #expect(match(router, "POST", "/__mock/health") == .methodNotAllowed)
        #expect(match(router, "GET", "/__mock/healthz") == .notFound)
    }

    @Test func match_emptyRouterFindsNothing() {
        #expect(match(Router<String>(), "GET", "/anything") == .notFound)
    }

    @Test func pathParameters_subscriptReadsCapturedValue() {
        guard case .found(_, let parameters) = lockingRouter.match(
            method: "GET", segments: ["crm", "v8", "Leads", "1", "Locking_Information__s"])
        else {
            Issue.record("expected a match")
            return
        }
        #expect(parameters["module"] == "Leads")
        #expect(parameters["lock_id"] == nil)
    }

    @Test func pathSegments_splitAfterLeadingSlashKeepingEmptySegments() {
        #expect(HTTPRequest(method: "GET", path: "/a/b").pathSegments == ["a", "b"])
        #expect(HTTPRequest(method: "GET", path: "/").pathSegments == [""])
        #expect(HTTPRequest(method: "GET", path: "/a//b/").pathSegments == ["a", "", "b", ""])
    }
}
