import LockStore
import Testing

/// A record whose stored fields were changed behind the server's back (no
/// longer JSON) is answered with `INTERNAL_ERROR`, as any storage failure is,
/// never as a record without fields; the rest of the org is served as before.
struct StoredJSONFailureTests {
    @Test func recordWithUnreadableFields_isAnInternalError_otherRecordsRead() throws {
        let files = try DatabaseFileFolder()
        let server = try TestServer(database: files.path)
        let backDoor = try Database(path: files.path)
        try backDoor.execute("UPDATE records SET fields = 'not json' WHERE id = \(Seed.unlockedLead)")

        let read = try server.request("GET", recordPath("Leads", Seed.unlockedLead))
        #expect(read.status == 500)
        #expect(read.json == internalErrorBody)
        let update = try server.request(
            "PUT", recordPath("Leads", Seed.unlockedLead), body: #"{"data":[{"Last_Name":"Overwritten"}]}"#)
        #expect(update.status == 500)
        #expect(update.json == internalErrorBody)
        // Refused, the update stored nothing over the unreadable value.
        let stored = try backDoor.statement("SELECT fields FROM records WHERE id = \(Seed.unlockedLead)").first {
            $0.text(0)
        }
        #expect(stored == "not json")

        let other = try server.request("GET", recordPath("Leads", Seed.otherUnlockedLead))
        #expect(other.status == 200)
        #expect(other.json["data", 0, "id"] == .string(Seed.otherUnlockedLead))
    }
}
