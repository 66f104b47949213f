import Testing
import ZohoJSON
import ZohoLocking

/// Action wrappers `{ "data": [...] }` and the batch status Zoho answers with.
struct ActionResultTests {
    let success = ActionResult.success(.recordAdded, details: JSONObject([("id", "5843104000900000001")]))

    @Test func reply_allSucceededUsesSuccessStatus() {
        #expect(ActionResult.reply(key: "data", items: [success], successStatus: 201).status == 201)
        #expect(ActionResult.reply(key: "data", items: [success, success], successStatus: 200).status == 200)
    }

    @Test func reply_mixedResultsUse207() {
        let items: [ActionResult] = [success, .failure(.recordAlreadyLocked)]
        #expect(ActionResult.reply(key: "data", items: items, successStatus: 201).status == 207)
        #expect(ActionResult.reply(key: "data", items: items.reversed(), successStatus: 201).status == 207)
    }

    @Test func reply_allFailedUsesFirstErrorStatus() {
        let forbiddenFirst: [ActionResult] = [
            .failure(.recordAlreadyLocked), .failure(.mandatoryNotFound(apiName: "data", jsonPath: "$.data")),
        ]
        #expect(ActionResult.reply(key: "data", items: forbiddenFirst, successStatus: 201).status == 403)
        #expect(ActionResult.reply(key: "data", items: forbiddenFirst.reversed(), successStatus: 201).status == 400)
    }

    @Test func reply_wrapsItemsUnderKeyInOrder() throws {
        let reply = ActionResult.reply(key: "data", items: [success, .failure(.recordAlreadyLocked)], successStatus: 201)
        let body = try #require(reply.body)
        #expect(
            JSONWriter.string(body)
                == #"{"data":[{"code":"SUCCESS","details":{"id":"5843104000900000001"},"message":"record added","status":"success"},"#
                + #"{"code":"NOT_ALLOWED","details":{"resource_path_index":1},"message":"record is already locked","status":"error"}]}"#
        )
    }

    @Test func successJSON_keysAreCodeDetailsMessageStatus() throws {
        let object = try #require(success.json.objectValue)
        #expect(object.keys == ["code", "details", "message", "status"])
    }

    @Test func failureJSON_isTheErrorEnvelope() {
        #expect(ActionResult.failure(.unlockNotPermitted).json == ZohoError.unlockNotPermitted.json)
    }

    @Test func isSuccess_distinguishesOutcomes() {
        #expect(success.isSuccess)
        #expect(!ActionResult.failure(.internalError).isSuccess)
    }
}
