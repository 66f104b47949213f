import ZohoJSON

/// The body of an upsert: `data` as any Records API write, plus
/// `duplicate_check_fields`, the fields to match existing records on, in the
/// order they are tried. `trigger` and other keys are accepted and ignored.
struct UpsertBody {
    let batch: RecordBatch
    /// Distinct field names, first occurrence first; nil when the body names none
    /// (the module's system-defined fields apply).
    let duplicateCheckFields: [String]?

    /// Throws only top-level errors: not a JSON object, too many records, or a
    /// `duplicate_check_fields` that is not an array of strings.
    init(bytes: [UInt8]) throws(ZohoError) {
        let root = try RecordBatch.root(of: bytes)
        batch = try RecordBatch(root: root)
        let path = "$.duplicate_check_fields"
        switch root["duplicate_check_fields"] {
        case nil, .null?:
            duplicateCheckFields = nil
        case .array(let items)?:
            // Deduplicated in one pass: a hostile list of 100k names stays linear.
            var seen = Set<String>(minimumCapacity: items.count)
            var names: [String] = []
            for (index, item) in items.enumerated() {
                guard let name = item.stringValue else {
                    throw .invalidDataType(apiName: "duplicate_check_fields", jsonPath: "\(path)[\(index)]", expected: "text")
                }
                if seen.insert(name).inserted { names.append(name) }
            }
            duplicateCheckFields = names.isEmpty ? nil : names
        default:
            throw .invalidDataType(apiName: "duplicate_check_fields", jsonPath: path, expected: "jsonarray")
        }
    }
}
