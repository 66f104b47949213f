import ZohoMockControlWire

/// The control API's part of the endpoint table: the emulator's own endpoints,
/// at the routes the client library sends to.
enum ControlEndpoints {
    static func add(to list: inout EndpointList) {
        list.control(.health) { api, _, _ in api.health() }
        list.control(.loadFixtures) { api, request, _ in try api.loadFixtures(request) }
        list.control(.reset) { api, request, _ in try api.resetState(request) }
        list.control(.state) { api, request, _ in try api.exportState(request) }
        list.control(.requests) { api, request, _ in try api.listRequests(request) }
        list.control(.clearRequests) { api, _, _ in api.clearRequests() }
        list.control(.addFault) { api, request, _ in try api.addFault(request) }
        list.control(.faults) { api, _, _ in api.listFaults() }
        list.control(.clearFaults) { api, _, _ in api.removeFaults() }
        list.control(.removeFault) { api, _, path in try api.removeFault(path["id"] ?? "") }
        list.control(.clock) { api, _, _ in api.showClock() }
        list.control(.setClock) { api, request, _ in try api.setClock(request) }
        list.control(.releaseClock) { api, _, _ in api.releaseClock() }
        list.control(.openAPIDocument) { api, _, _ in api.openAPIDocument() }
    }
}
