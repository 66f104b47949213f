/// A storage error the store reports itself, once, when the condition begins
/// (writes refused on a full disk or a replaced database file). Every request
/// that meets it afterwards fails the same way, so whoever catches it does not
/// log it again: one line per condition, not one per request.
public protocol StoreReportedError: Error {}
