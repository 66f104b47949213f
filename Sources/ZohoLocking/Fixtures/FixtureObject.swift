import ZohoJSON

/// A JSON object of a fixture document with the path it was found at, so every
/// complaint names where it is (`orgs[0].records[2].owner_id`).
struct FixtureObject {
    let object: JSONObject
    let path: String

    init(_ value: JSONValue, path: String) throws(FixtureError) {
        guard case .object(let object) = value else { throw FixtureError(at: path, "must be an object") }
        self.object = object
        self.path = path
    }

    func at(_ key: String) -> String { "\(path).\(key)" }

    func has(_ key: String) -> Bool {
        if let value = object[key], !value.isNull { return true }
        return false
    }

    func string(_ key: String) throws(FixtureError) -> String? {
        switch object[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw FixtureError(at: at(key), "must be a string")
        }
    }

    func requiredString(_ key: String) throws(FixtureError) -> String {
        guard let text = try string(key) else { throw FixtureError(at: at(key), "is required") }
        return text
    }

    func bool(_ key: String) throws(FixtureError) -> Bool? {
        switch object[key] {
        case nil, .null?: return nil
        case .bool(let flag)?: return flag
        default: throw FixtureError(at: at(key), "must be true or false")
        }
    }

    func integer(_ key: String) throws(FixtureError) -> Int64? {
        switch object[key] {
        case nil, .null?: return nil
        case .number(let number)?:
            guard let value = number.int64Value else { throw FixtureError(at: at(key), "must be an integer") }
            return value
        default: throw FixtureError(at: at(key), "must be an integer")
        }
    }

    /// An id given as a decimal string or a number.
    func id(_ key: String) throws(FixtureError) -> ZohoID? {
        guard let value = object[key], !value.isNull else { return nil }
        guard let id = ZohoID(json: value) else { throw FixtureError(at: at(key), "must be a positive 64-bit id") }
        return id
    }

    func requiredID(_ key: String) throws(FixtureError) -> ZohoID {
        guard let id = try id(key) else { throw FixtureError(at: at(key), "is required") }
        return id
    }

    func time(_ key: String) throws(FixtureError) -> Int64? {
        guard let text = try string(key) else { return nil }
        guard let time = ZohoDateTime.parse(text) else {
            throw FixtureError(at: at(key), "must be an ISO-8601 date-time with offset, e.g. 2023-09-05T05:13:36-04:00")
        }
        return time
    }

    func strings(_ key: String) throws(FixtureError) -> [String]? {
        guard let value = object[key], !value.isNull else { return nil }
        guard case .array(let items) = value else { throw FixtureError(at: at(key), "must be an array of strings") }
        var strings: [String] = []
        for (index, item) in items.enumerated() {
            guard case .string(let text) = item else { throw FixtureError(at: "\(at(key))[\(index)]", "must be a string") }
            strings.append(text)
        }
        return strings
    }

    func objects(_ key: String) throws(FixtureError) -> [FixtureObject] {
        guard let value = object[key], !value.isNull else { return [] }
        guard case .array(let items) = value else { throw FixtureError(at: at(key), "must be an array") }
        var objects: [FixtureObject] = []
        for (index, item) in items.enumerated() {
            objects.append(try FixtureObject(item, path: "\(at(key))[\(index)]"))
        }
        return objects
    }

    func oneOf<T: RawRepresentable>(_ key: String, _ type: T.Type) throws(FixtureError) -> T?
    where T.RawValue == String, T: CaseIterable {
        guard let text = try string(key) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw FixtureError(at: at(key), "must be one of \(allowed)")
        }
        return value
    }
}
