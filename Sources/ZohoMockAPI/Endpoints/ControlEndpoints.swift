/// The control API's part of the endpoint table: the emulator's own endpoints.
enum ControlEndpoints {
    static func add(to list: inout EndpointList) {
        list.control("GET", "/__mock/health") { api, _, _ in api.health() }
        list.control("POST", "/__mock/fixtures") { api, request, _ in try api.loadFixtures(request) }
        list.control("POST", "/__mock/reset") { api, request, _ in try api.resetState(request) }
        list.control("GET", "/__mock/state") { api, request, _ in try api.exportState(request) }
        list.control("GET", "/__mock/requests") { api, request, _ in try api.listRequests(request) }
        list.control("DELETE", "/__mock/requests") { api, _, _ in api.clearRequests() }
        list.control("POST", "/__mock/faults") { api, request, _ in try api.addFault(request) }
        list.control("GET", "/__mock/faults") { api, _, _ in api.listFaults() }
        list.control("DELETE", "/__mock/faults") { api, _, _ in api.removeFaults() }
        list.control("DELETE", "/__mock/faults/{id}") { api, _, path in try api.removeFault(path["id"] ?? "") }
        list.control("GET", "/__mock/clock") { api, _, _ in api.showClock() }
        list.control("POST", "/__mock/clock") { api, request, _ in try api.setClock(request) }
        list.control("DELETE", "/__mock/clock") { api, _, _ in api.releaseClock() }
        list.control("GET", "/__mock/openapi.json") { api, _, _ in api.openAPIDocument() }
    }
}
