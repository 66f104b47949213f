import Testing
import ZohoJSON
import ZohoLocking

/// The wording of every success item, as Zoho answers it.
struct SuccessMessageCatalogTests {
    static let catalog: [(SuccessMessage, String)] = [
        (.recordAdded, "record added"),
        (.recordUpdated, "record updated"),
        (.recordDeleted, "record deleted"),
        (.relationUpdated, "relation updated"),
        (.relationRemoved, "relation removed"),
        (.configurationCreated, "record locking configuration created successfully"),
        (.configurationUpdated, "record locking configuration updated successfully"),
        (.configurationDeleted, "record locking configuration deleted successfully"),
        (.successfullyScheduled, "Successfully scheduled"),
    ]

    @Test func everyWording_isZohos() {
        for (message, words) in Self.catalog {
            let item = ActionResult.success(message, details: JSONObject([("id", "1")]))
            #expect(
                JSONWriter.string(item.json)
                    == #"{"code":"SUCCESS","details":{"id":"1"},"message":"\#(words)","status":"success"}"#)
        }
        #expect(Self.catalog.map(\.0) == SuccessMessage.allCases)
    }
}
