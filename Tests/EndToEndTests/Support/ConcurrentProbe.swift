import Foundation

/// One request on its own connection, with lock GETs sent on other connections,
/// one after another, until its answer is in: the slowest of them says how long
/// the request held up the rest of the server.
struct ProbedAnswer {
    let response: TestResponse
    /// From sending the request to having its whole answer.
    let elapsed: Duration
    let slowestGet: Duration
    let gets: Int
}

extension TestServer {
    func requestWhileProbing(
        _ method: String, _ target: String, token: String? = SeedTokens.admin, body: [UInt8],
        headers: [(String, String)] = []
    ) throws -> ProbedAnswer {
        var allHeaders = headers
        if let token { allHeaders.append(("Authorization", "Zoho-oauthtoken \(token)")) }
        let answer = AnswerBox()
        let sent = ContinuousClock.now
        // Used by the sender thread only, from here on.
        nonisolated(unsafe) let hostile = try connection()
        let sender = Thread { [allHeaders] in
            answer.set(Result { try hostile.request(method, target, headers: allHeaders, body: body) })
        }
        sender.start()
        var slowest = Duration.zero
        var gets = 0
        repeat {
            let started = ContinuousClock.now
            let probe = try request("GET", lockPath(Seed.lockedLead) + "?fields=Locked_Reason__s")
            slowest = max(slowest, ContinuousClock.now - started)
            gets += 1
            guard probe.status == 200 else { throw HTTPConnection.Failure(description: "probe GET answered \(probe.status)") }
            // A pause leaves the machine to the request under test: a stall still shows as one slow GET.
            Thread.sleep(forTimeInterval: 0.005)
        } while !answer.isSet
        let response = try answer.wait().get()
        return ProbedAnswer(response: response, elapsed: answer.elapsed(since: sent), slowestGet: slowest, gets: gets)
    }
}

/// The hostile request's answer, handed from its thread to the test.
private final class AnswerBox: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<TestResponse, any Error>?
    private var setAt = ContinuousClock.now

    var isSet: Bool {
        condition.lock()
        defer { condition.unlock() }
        return result != nil
    }

    func set(_ value: Result<TestResponse, any Error>) {
        condition.lock()
        result = value
        setAt = ContinuousClock.now
        condition.broadcast()
        condition.unlock()
    }

    func elapsed(since start: ContinuousClock.Instant) -> Duration {
        condition.lock()
        defer { condition.unlock() }
        return setAt - start
    }

    func wait() -> Result<TestResponse, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}
