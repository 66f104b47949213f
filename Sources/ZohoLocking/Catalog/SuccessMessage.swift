/// The `message` of a success item in an action wrapper, one case per wording Zoho answers with.
public enum SuccessMessage: String, Sendable, Equatable, CaseIterable {
    case recordAdded = "record added"
    case recordUpdated = "record updated"
    case recordDeleted = "record deleted"
    case relationUpdated = "relation updated"
    case relationRemoved = "relation removed"
    case configurationCreated = "record locking configuration created successfully"
    case configurationUpdated = "record locking configuration updated successfully"
    case configurationDeleted = "record locking configuration deleted successfully"
    /// Mass Update Records: the job is scheduled (here it has already run).
    case successfullyScheduled = "Successfully scheduled"
}
