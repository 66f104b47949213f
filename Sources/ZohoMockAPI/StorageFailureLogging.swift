import Logging
import ZohoLocking

/// How storage trouble reaches the log: a refused write is logged once by the
/// store's notice when writes begin to be refused, not by every request that
/// meets it; other unexpected errors are logged where they happen.
extension Logger {
    /// An unexpected error while serving a request; `context` says which.
    func logFailure(_ error: any Error, _ context: String) {
        guard !(error is any StoreReportedError) else { return }
        self.error("\(context): \(error)")
    }
}
