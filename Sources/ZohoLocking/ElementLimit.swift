/// How many elements one write may carry: Zoho's limit of 100 records per
/// insert, update or delete, applied to every body the API answers element by
/// element (records, locks, configurations). Without it a 1 MiB body of 350k
/// `{}` elements asked for a 64 MB answer: over a second to build and send.
enum ElementLimit {
    static let maximum = 100

    /// LIMIT_EXCEEDED for more than 100 elements (or ids) in one call.
    static func check(_ count: Int) throws(ZohoError) {
        guard count <= maximum else {
            throw .recordCountExceeded(limit: maximum)
        }
    }
}
