import LockStore
import Logging

/// How storage trouble reaches the log: a refused write is logged once by the
/// store's notice when writes begin to be refused, not by every request that
/// meets it; other unexpected errors are logged where they happen.
extension Logger {
    /// An unexpected error while serving a request; `context` says which.
    func logFailure(_ error: any Error, _ context: String) {
        guard !(error is WriteRefused) else { return }
        self.error("\(context): \(error)")
    }

    /// What the store reports once, when it happens.
    func log(_ notice: StoreNotice) {
        switch notice {
        case .writesRefused(let refusal): self.error("writes refused: \(refusal)")
        case .writesResumed(let path): self.notice("writes to database \(path) are accepted again")
        }
    }
}
