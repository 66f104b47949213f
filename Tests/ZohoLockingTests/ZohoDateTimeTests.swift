import Testing
import ZohoLocking

/// Zoho's date-time text: `YYYY-MM-DDTHH:MM:SS±HH:MM`.
struct ZohoDateTimeTests {
    /// 2023-09-05T09:13:36Z (the documentation's sample instant).
    static let summerInstant: Int64 = 1_693_905_216
    /// 2024-01-15T17:00:00Z.
    static let winterInstant: Int64 = 1_705_338_000

    // MARK: - format

    @Test func format_newYorkInSummerUsesMinusFourHours() {
        #expect(ZohoDateTime.format(Self.summerInstant, timeZone: "America/New_York") == "2023-09-05T05:13:36-04:00")
    }

    @Test func format_newYorkInWinterUsesMinusFiveHours() {
        #expect(ZohoDateTime.format(Self.winterInstant, timeZone: "America/New_York") == "2024-01-15T12:00:00-05:00")
    }

    @Test func format_kolkataUsesPlusFiveThirty() {
        #expect(ZohoDateTime.format(Self.winterInstant, timeZone: "Asia/Kolkata") == "2024-01-15T22:30:00+05:30")
        #expect(ZohoDateTime.format(Self.summerInstant, timeZone: "Asia/Kolkata") == "2023-09-05T14:43:36+05:30")
    }

    @Test func format_utcUsesPlusZeroNotZ() {
        #expect(ZohoDateTime.format(1_700_000_000, timeZone: "UTC") == "2023-11-14T22:13:20+00:00")
    }

    @Test func format_unknownZoneFallsBackToUTC() {
        #expect(ZohoDateTime.format(1_700_000_000, timeZone: "Mars/Olympus_Mons") == "2023-11-14T22:13:20+00:00")
    }

    @Test func format_crossesDateLineWithOffset() {
        // 2023-12-31T23:30:00Z is already 2024 in Kolkata.
        #expect(ZohoDateTime.format(1_704_065_400, offsetSeconds: 19_800) == "2024-01-01T05:00:00+05:30")
        #expect(ZohoDateTime.format(1_704_065_400, offsetSeconds: -18_000) == "2023-12-31T18:30:00-05:00")
    }

    @Test func format_negativeOffsetWithMinutes() {
        #expect(ZohoDateTime.format(1_700_000_000, offsetSeconds: -(3 * 3600 + 30 * 60)) == "2023-11-14T18:43:20-03:30")
    }

    @Test func format_epochAndBeforeEpoch() {
        #expect(ZohoDateTime.format(0, offsetSeconds: 0) == "1970-01-01T00:00:00+00:00")
        #expect(ZohoDateTime.format(-1, offsetSeconds: 0) == "1969-12-31T23:59:59+00:00")
    }

    @Test func format_leapDay() {
        #expect(ZohoDateTime.format(1_709_164_800, offsetSeconds: 0) == "2024-02-29T00:00:00+00:00")
    }

    // MARK: - parse

    @Test func parse_readsNegativeOffset() {
        #expect(ZohoDateTime.parse("2023-09-05T05:13:36-04:00") == Self.summerInstant)
    }

    @Test func parse_readsPositiveHalfHourOffset() {
        #expect(ZohoDateTime.parse("2024-01-15T22:30:00+05:30") == Self.winterInstant)
    }

    @Test func parse_readsZuluSuffix() {
        #expect(ZohoDateTime.parse("2023-09-05T09:13:36Z") == Self.summerInstant)
        #expect(ZohoDateTime.parse("2023-09-05T09:13:36+00:00") == Self.summerInstant)
    }

    @Test func parse_ignoresFractionOfSecond() {
        #expect(ZohoDateTime.parse("2023-09-05T09:13:36.999Z") == Self.summerInstant)
        #expect(ZohoDateTime.parse("2023-09-05T05:13:36.5-04:00") == Self.summerInstant)
        #expect(ZohoDateTime.parse("2023-09-05T05:13:36.123456789-04:00") == Self.summerInstant)
    }

    @Test func parse_acceptsLeapDays() {
        #expect(ZohoDateTime.parse("2024-02-29T00:00:00Z") == 1_709_164_800)
        #expect(ZohoDateTime.parse("2000-02-29T00:00:00Z") == 951_782_400)
    }

    @Test(arguments: [
        "2023-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2023-04-31T00:00:00Z",
        "2023-13-01T00:00:00Z", "2023-00-10T00:00:00Z", "2023-01-00T00:00:00Z", "2023-01-32T00:00:00Z",
        "2023-01-01T24:00:00Z", "2023-01-01T23:60:00Z", "2023-01-01T23:59:60Z",
    ])
    func parse_rejectsImpossibleDatesAndTimes(_ text: String) {
        #expect(ZohoDateTime.parse(text) == nil)
    }

    @Test(arguments: ["2023-09-05T05:13:36", "2023-09-05T05:13:36.123", "2023-09-05T05:13:36."])
    func parse_rejectsMissingOffset(_ text: String) {
        #expect(ZohoDateTime.parse(text) == nil)
    }

    @Test(arguments: [
        "2023-09-05T05:13:36+0530", "2023-09-05T05:13:36+05", "2023-09-05T05:13:36+05:30:00",
        "2023-09-05T05:13:36z", "2023-09-05T05:13:36Z ", "2023-09-05T05:13:36+24:00", "2023-09-05T05:13:36+05:60",
        "2023-09-05T05:13:36 +05:30", "2023-09-05T05:13:36+5:30", "2023-09-05T05:13:36.Z", "2023-09-05T05:13:36ZZ",
    ])
    func parse_rejectsMalformedOffsets(_ text: String) {
        #expect(ZohoDateTime.parse(text) == nil)
    }

    @Test(arguments: [
        "", "2023-09-05", "2023-09-05 05:13:36Z", "2023-9-05T05:13:36Z", "2023-09-05T5:13:36Z",
        "2023/09/05T05:13:36Z", "20230905T051336Z", "2023-09-05T05:13Z", "abcd-ef-ghTij:kl:mnZ",
        "+2023-09-05T05:13:36Z",
    ])
    func parse_rejectsOtherShapes(_ text: String) {
        #expect(ZohoDateTime.parse(text) == nil)
    }

    // MARK: - Round trip

    @Test(arguments: [
        (Self.summerInstant, "America/New_York"), (Self.winterInstant, "America/New_York"),
        (Self.winterInstant, "Asia/Kolkata"), (1_700_000_000, "UTC"), (0, "Pacific/Chatham"),
        (1_709_164_799, "Asia/Kathmandu"),
    ] as [(Int64, String)])
    func roundTrip_parseOfFormatIsIdentity(_ instant: Int64, _ zone: String) {
        #expect(ZohoDateTime.parse(ZohoDateTime.format(instant, timeZone: zone)) == instant)
    }

    @Test func isKnownTimeZone_recognisesIANANames() {
        #expect(ZohoDateTime.isKnownTimeZone("America/New_York"))
        #expect(ZohoDateTime.isKnownTimeZone("Asia/Kolkata"))
        #expect(!ZohoDateTime.isKnownTimeZone("Mars/Olympus_Mons"))
    }
}
