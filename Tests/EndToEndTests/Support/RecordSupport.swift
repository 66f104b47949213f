import ZohoJSON

/// `/crm/v7/{module}[/{id}]`.
func recordPath(_ module: String = "Leads", _ id: String? = nil, version: String = "v7") -> String {
    "/crm/\(version)/\(module)" + (id.map { "/\($0)" } ?? "")
}

/// `{"data":[<items>]}`.
func dataBody(_ items: String...) -> String { #"{"data":[\#(items.joined(separator: ","))]}"# }

/// The per-item error of a record refused because it is locked (docs/zoho-api.md#enforcement-and-automatic-locking).
func recordLockedItem(_ recordID: String) -> JSONValue {
    [
        "code": "RECORD_LOCKED", "details": ["action": "record_locking", "id": .string(recordID)],
        "message": "Sorry, you cannot perform this operation as the record is locked.", "status": "error",
    ]
}

/// A per-item success of the Records API with only an id in `details` (delete).
func deletedItem(_ recordID: String) -> JSONValue {
    ["code": "SUCCESS", "details": ["id": .string(recordID)], "message": "record deleted", "status": "success"]
}

extension TestServer {
    /// GET a record's `data[0]`, or nil when the answer is not 200.
    func record(_ id: String, module: String = "Leads", token: String = SeedTokens.admin) throws -> JSONValue? {
        let response = try request("GET", recordPath(module, id), token: token)
        return response.status == 200 ? response.json["data", 0] : nil
    }

    /// The lock a record holds (`data[0]` of the lock list), or nil when it holds none.
    func lockEntry(_ recordID: String, module: String = "Leads", token: String = SeedTokens.admin) throws -> JSONValue? {
        let response = try request("GET", lockPath(recordID, module: module) + "?fields=\(allLockFields)", token: token)
        return response.status == 200 ? response.json["data", 0] : nil
    }

    /// Inserts one record and returns its id.
    func insertRecord(_ module: String, _ fields: String, token: String = SeedTokens.admin) throws -> String {
        let response = try request("POST", recordPath(module), token: token, body: dataBody(fields))
        guard response.status == 201, let id = response.json["data", 0, "details", "id"]?.stringValue else {
            throw HTTPConnection.Failure(description: "insert refused: \(response.status) \(response.text)")
        }
        return id
    }
}
