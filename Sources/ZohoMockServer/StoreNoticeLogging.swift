import LockStore
import Logging

extension Logger {
    /// What the store reports once, when it happens (requests that then fail
    /// because of it do not log it again: `StoreReportedError`).
    func log(_ notice: StoreNotice) {
        switch notice {
        case .writesRefused(let refusal): self.error("writes refused: \(refusal)")
        case .writesResumed(let path): self.notice("writes to database \(path) are accepted again")
        }
    }
}
