import MockHTTP

extension ControlAPI {
    /// `GET /__mock/openapi.json`: the OpenAPI 3 document of everything the emulator serves.
    func openAPIDocument() -> HTTPResponse {
        .json(status: 200, body: OpenAPIDocument.bytes)
    }
}
