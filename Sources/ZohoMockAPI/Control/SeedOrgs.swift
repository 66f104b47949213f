import ZohoJSON
import ZohoLocking

/// Which org objects of the seed documents load into which org, in load order,
/// each with its org id written in (seed orgs without an id got a generated
/// one at start). `POST /__mock/reset?org=` reloads one org from these.
struct SeedOrgs: Sendable {
    let entries: [(orgID: ZohoID, object: JSONValue)]

    /// `loadedOrgIDs` is what loading the seed returned; nil when the seed was not
    /// loaded (a database file that already held state), and then only org objects
    /// that name their id are known.
    init(seed: SeedData?, loadedOrgIDs: [ZohoID]?) {
        let objects = (seed?.documents ?? []).flatMap { $0.document.objectValue?["orgs"]?.arrayValue ?? [] }
        var entries: [(orgID: ZohoID, object: JSONValue)] = []
        for (index, object) in objects.enumerated() {
            let given = object.objectValue?["id"].flatMap(ZohoID.init(json:))
            let loaded = loadedOrgIDs.flatMap { index < $0.count ? $0[index] : nil }
            guard let orgID = loaded ?? given, var fields = object.objectValue else { continue }
            fields["id"] = orgID.json
            entries.append((orgID, .object(fields)))
        }
        self.entries = entries
    }

    /// The fixture document that recreates one seeded org, or nil when the seed has no such org.
    func document(for orgID: ZohoID) -> JSONValue? {
        let objects = entries.filter { $0.orgID == orgID }.map(\.object)
        return objects.isEmpty ? nil : .object(JSONObject([("orgs", .array(objects))]))
    }
}
