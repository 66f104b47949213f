import Foundation
import Testing

/// Many clients on the same records at once: the database's one-lock-per-record
/// rule holds, every answer is a documented one, and what is stored agrees with
/// what the clients were told.
@Suite struct RaceTests {
    static let records = (1...12).map { String(5843104000000620000 + $0) }

    let server: TestServer
    init() throws {
        server = try TestServer()
        let items = Self.records.map {
            #"{"module":"Leads","id":"\#($0)","owner_id":"5843104000000424672","fields":{"Last_Name":"Race \#($0.suffix(2))"}}"#
        }
        try server.load(fixture: #"{"orgs":[{"id":"5843104000000000101","records":[\#(items.joined(separator: ","))]}]}"#)
    }

    static func send(_ port: UInt16, _ method: String, _ target: String, _ body: String? = nil) throws -> TestResponse {
        try HTTPConnection(port: port).request(
            method, target, headers: [("Authorization", "Zoho-oauthtoken \(SeedTokens.admin)")], body: body.map { Array($0.utf8) })
    }

    @Test func manyClientsLockManyRecords_exactlyOneWinsEach() async throws {
        let port = server.port
        let outcomes = try await withThrowingTaskGroup(of: (String, Int).self) { group in
            for record in Self.records {
                for client in 0..<8 {
                    group.addTask { (record, try Self.send(port, "POST", lockPath(record), lockBody("client \(client)")).status) }
                }
            }
            return try await group.reduce(into: [(String, Int)]()) { $0.append($1) }
        }
        for record in Self.records {
            let statuses = outcomes.filter { $0.0 == record }.map(\.1)
            #expect(statuses.filter { $0 == 201 }.count == 1, "\(record): \(statuses)")
            #expect(statuses.filter { $0 == 403 }.count == 7, "\(record): \(statuses)")
        }
    }

    @Test func mixedLockUnlockUpdate_storeAgreesWithTheAnswers() async throws {
        let port = server.port
        let reasonsAcknowledged = try await withThrowingTaskGroup(of: [String: Set<String>].self) { group in
            for client in 0..<8 {
                group.addTask {
                    var generator = SystemRandomNumberGenerator()
                    var acknowledged: [String: Set<String>] = [:]
                    for step in 0..<60 {
                        let record = Self.records[Int(generator.next() % UInt64(Self.records.count))]
                        let reason = "client \(client) step \(step)"
                        let current = try Self.send(port, "GET", lockPath(record) + "?fields=id")
                        #expect([200, 204].contains(current.status))
                        if let lock = current.json["data", 0, "id"]?.stringValue {
                            if generator.next() % 2 == 0 {
                                let answer = try Self.send(port, "PUT", lockPath(record, lock), lockBody(reason))
                                #expect([200, 400].contains(answer.status), "PUT \(answer.status) \(answer.text)")
                                if answer.status == 200 { acknowledged[record, default: []].insert(reason) }
                            } else {
                                let answer = try Self.send(port, "DELETE", lockPath(record, lock))
                                #expect([200, 400].contains(answer.status), "DELETE \(answer.status) \(answer.text)")
                            }
                        } else {
                            let answer = try Self.send(port, "POST", lockPath(record), lockBody(reason))
                            #expect([201, 403].contains(answer.status), "POST \(answer.status) \(answer.text)")
                            if answer.status == 201 { acknowledged[record, default: []].insert(reason) }
                        }
                    }
                    return acknowledged
                }
            }
            return try await group.reduce(into: [String: Set<String>]()) { all, part in
                all.merge(part) { $0.union($1) }
            }
        }
        for record in Self.records {
            let final = try Self.send(port, "GET", lockPath(record) + "?fields=Locked_Reason__s")
            #expect([200, 204].contains(final.status))
            #expect((final.json["data"]?.arrayValue?.count ?? 0) <= 1)
            if let reason = final.json["data", 0, "Locked_Reason__s"]?.stringValue {
                #expect(reasonsAcknowledged[record]?.contains(reason) == true, "\(record): \(reason) was never acknowledged")
            }
        }
    }
}
