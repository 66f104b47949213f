/// What a mass update did to one of the records it names.
enum MassUpdateOutcome {
    case updated
    /// Its lock binds the caller: Zoho skips it and counts it as not updated.
    case notUpdated
    /// No record of the module has the id.
    case failed
}
