/// Zoho CRM editions. Record locking exists in Enterprise and Ultimate only
/// (docs/behaviour.md); other editions get FEATURE_NOT_SUPPORTED.
public enum Edition: String, Sendable, CaseIterable {
    case free, standard, professional, enterprise, ultimate

    public var hasRecordLocking: Bool { self == .enterprise || self == .ultimate }
}
