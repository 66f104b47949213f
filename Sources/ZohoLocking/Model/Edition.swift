/// Zoho CRM editions. Record locking exists in Enterprise and Ultimate only
/// (contract §2); other editions get FEATURE_NOT_SUPPORTED.
public enum Edition: String, Sendable, CaseIterable {
    case free, standard, professional, enterprise, ultimate

    public var hasRecordLocking: Bool { self == .enterprise || self == .ultimate }
}
