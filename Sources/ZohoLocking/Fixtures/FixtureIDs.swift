/// The ids a list of fixture objects needs for the objects that name none,
/// taken from the org's sequence in one statement: the same ids, in document
/// order, as generating them one at a time (which cost a statement each: a
/// fixture may hold tens of thousands of objects).
final class FixtureIDs {
    private let ids: [ZohoID]
    private var taken = 0

    init(_ repository: any IDRepository, orgID: ZohoID, for objects: [FixtureObject]) throws {
        ids = try repository.generateIDs(orgID: orgID, count: objects.count { !$0.has("id") })
    }

    /// The next id, for the next object (in document order) that names none.
    func next() -> ZohoID {
        defer { taken += 1 }
        return ids[taken]
    }
}
