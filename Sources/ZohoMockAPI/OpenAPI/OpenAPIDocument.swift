/// The OpenAPI 3 document of everything the emulator serves: the locking and
/// configuration endpoints, the Records API, the metadata endpoints, the accounts
/// server and the control API. Served at `GET /__mock/openapi.json`;
/// `Tests/python/check_openapi.py` validates it, checks live answers against it and
/// checks its Zoho schemas against Zoho's official files. The document is the JSON
/// file beside this one, embedded in the binary at build time (`embedInCode`), so
/// the binary needs no file beside it (the Docker image has none).
enum OpenAPIDocument {
    static let bytes: [UInt8] = PackageResources.openapi_json
}
