import Foundation
import MockHTTP
import ZohoLocking

/// An answer of the Zoho API or the accounts server, with the org of the
/// caller when the API authenticated one (the journal records it for free).
struct APIAnswer: Sendable {
    let response: HTTPResponse
    let orgID: ZohoID?
}

/// Every request that is not `/__mock/` passes through here: a fault rule may
/// answer instead of the API (or delay it, or drop the connection), and each
/// exchange is written to the request journal. With no fault rules and the
/// journal on, the added cost is three clock reads, one short-held lock and a
/// few retains (bodies are kept as they are; masking and JSON wait for a reader).
struct APIGateway: Sendable {
    let journal: RequestJournal
    let faults: FaultRules
    let clock: MockClock
    let orgs: RequestOrgResolver

    func handle(_ request: HTTPRequest, serve: (HTTPRequest) -> APIAnswer) -> HTTPResponse {
        let journaling = journal.isEnabled
        let started = journaling ? DispatchTime.now().uptimeNanoseconds : 0
        let arrival = journaling ? clock.now() : 0
        let fault = faults.decide(for: request) { orgs.orgID(of: request) }
        // A fault's answer replaces the API's: the request changes nothing. A delay-only
        // fault lets the API act first and delays its answer (a client that times out
        // and retries then meets the change it thought had failed).
        let answer = fault?.answer.map { APIAnswer(response: $0, orgID: nil) } ?? serve(request)
        if let delay = fault?.delayMilliseconds, delay > 0 {
            Thread.sleep(forTimeInterval: Double(delay) / 1000)
        }
        if journaling {
            journal.record(JournalEntry(
                time: arrival, orgID: answer.orgID ?? orgs.orgID(of: request), method: request.method, path: request.path,
                rawQuery: request.rawQuery, authorization: request.headers["authorization"],
                status: answer.response.dropConnection ? nil : answer.response.status,
                durationNanoseconds: Int64(DispatchTime.now().uptimeNanoseconds - started),
                requestBody: journal.keep(request.body), responseBody: journal.keep(answer.response.body),
                faultID: fault?.ruleID))
        }
        return answer.response
    }
}
