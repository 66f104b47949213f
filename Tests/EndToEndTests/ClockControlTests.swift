import Foundation
import Testing

/// `/__mock/clock`: every time the API shows or decides by comes from it (README.md#control-api).
@Suite struct ClockControlTests {
    @Test func clock_runsInRealTimeAtStart() throws {
        let server = try TestServer()
        let response = try server.control("GET", "/__mock/clock")
        #expect(response.status == 200)
        #expect(response.keys == ["epoch_seconds", "frozen", "now"])
        #expect(response.json["frozen"] == false)
        let shown = Double(response.json["epoch_seconds"]?.numberValue?.int64Value ?? 0)
        #expect(abs(shown - Date().timeIntervalSince1970) < 5)
    }

    @Test func freeze_showsInLockTimes() throws {
        let server = try TestServer()
        let frozen = try server.control("POST", "/__mock/clock", body: #"{"now":"2024-01-01T09:00:00Z"}"#)
        #expect(frozen.status == 200)
        #expect(frozen.json == ["now": "2024-01-01T09:00:00+00:00", "epoch_seconds": 1_704_099_600, "frozen": true])
        let locked = try server.request("POST", lockPath(Seed.unlockedLead), body: lockBody("frozen"))
        #expect(locked.json["data", 0, "details", "Created_Time"] == "2024-01-01T04:00:00-05:00")
        let entry = try server.request("GET", lockPath(Seed.unlockedLead) + "?fields=Locked_Time__s")
        #expect(entry.json["data", 0, "Locked_Time__s"] == "2024-01-01T04:00:00-05:00")
        // An offset is accepted too.
        let offset = try server.control("POST", "/__mock/clock", body: #"{"now":"2024-07-01T12:00:00+02:00"}"#)
        #expect(offset.json["now"] == "2024-07-01T10:00:00+00:00")
    }

    @Test func advance_expiresTokens() throws {
        let server = try TestServer()
        #expect(try server.control("POST", "/__mock/clock", body: #"{"now":"2024-03-10T00:00:00Z"}"#).status == 200)
        try server.load(fixture: ControlFixtures.acme)  // its token lives 3600 s from now
        let target = lockPath("7100000000000000031") + "?fields=id"
        let almost = try server.control("POST", "/__mock/clock", body: #"{"advance_seconds":3599}"#)
        #expect(almost.json["now"] == "2024-03-10T00:59:59+00:00")
        #expect(try server.request("GET", target, token: ControlFixtures.acmeToken).status == 200)
        #expect(try server.control("POST", "/__mock/clock", body: #"{"advance_seconds":1}"#).json["frozen"] == true)
        #expect(try server.request("GET", target, token: ControlFixtures.acmeToken).json["code"] == "INVALID_TOKEN")
        // Backwards works too.
        #expect(try server.control("POST", "/__mock/clock", body: #"{"advance_seconds":-10}"#).status == 200)
        #expect(try server.request("GET", target, token: ControlFixtures.acmeToken).status == 200)
    }

    @Test func advance_movesARunningClock_deleteReturnsToRealTime() throws {
        let server = try TestServer()
        let moved = try server.control("POST", "/__mock/clock", body: #"{"advance_seconds":86400}"#)
        #expect(moved.json["frozen"] == false)
        let shown = Double(moved.json["epoch_seconds"]?.numberValue?.int64Value ?? 0)
        #expect(abs(shown - Date().timeIntervalSince1970 - 86400) < 5)
        let released = try server.control("DELETE", "/__mock/clock")
        #expect(released.status == 200)
        #expect(released.json["frozen"] == false)
        let now = Double(released.json["epoch_seconds"]?.numberValue?.int64Value ?? 0)
        #expect(abs(now - Date().timeIntervalSince1970) < 5)
    }

    @Test func clock_refusals() throws {
        let server = try TestServer()
        let cases: [(String, String)] = [
            ("nope", "the body is not a JSON document"),
            ("[1]", #"the body must be {"now": "<ISO date-time>"} or {"advance_seconds": N}"#),
            ("{}", "give exactly one of now and advance_seconds"),
            (#"{"now":"2024-01-01T00:00:00Z","advance_seconds":5}"#, "give exactly one of now and advance_seconds"),
            (#"{"now":"yesterday"}"#, "now must be an ISO-8601 date-time with Z or an offset, e.g. 2024-01-01T09:00:00Z"),
            (#"{"advance_seconds":1.5}"#, "advance_seconds must be an integer"),
            (#"{"speed":2}"#, "unknown key speed; the clock takes now or advance_seconds"),
        ]
        for (body, message) in cases {
            let response = try server.control("POST", "/__mock/clock", body: body)
            #expect(response.status == 400, "\(body)")
            #expect(response.json == ["error": .string(message)], "\(body)")
        }
        #expect(try server.control("GET", "/__mock/clock").json["frozen"] == false)
    }

    @Test func clock_refusesToLeaveYears1To9999_andKeepsServing() throws {
        let server = try TestServer()
        let pastEnd = "advance_seconds would move the clock past year 9999 or before year 1"
        let outOfRange = "now must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z"
        let cases: [(String, String)] = [
            (#"{"advance_seconds":9223372036854775807}"#, pastEnd),
            (#"{"advance_seconds":-9223372036854775808}"#, pastEnd),
            (#"{"advance_seconds":300000000000}"#, pastEnd),
            (#"{"now":"0000-12-31T23:59:59Z"}"#, outOfRange),
        ]
        for (body, message) in cases {
            let response = try server.control("POST", "/__mock/clock", body: body)
            #expect(response.status == 400, "\(body)")
            #expect(response.json == ["error": .string(message)], "\(body)")
        }
        #expect(try server.control("POST", "/__mock/clock", body: #"{"now":"9999-12-31T23:59:00Z"}"#).status == 200)
        #expect(try server.control("POST", "/__mock/clock", body: #"{"advance_seconds":60}"#).status == 400)
        let last = try server.control("POST", "/__mock/clock", body: #"{"advance_seconds":59}"#)
        #expect(last.json["now"] == "9999-12-31T23:59:59+00:00")
        #expect(try server.request("GET", lockPath(Seed.lockedLead) + "?fields=id").status == 200)
    }
}
