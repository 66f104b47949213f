import ZohoLocking

extension ZohoRequest {
    /// The Records API path parameters (`{module}[/{record_id}]`).
    var recordPath: RecordPath { RecordPath(module: path["module"] ?? "", recordID: path["record_id"]) }
}
