import Testing
import ZohoLocking

/// `ZohoDateTime.format(_:offsetSeconds:)` writes four-digit years and real
/// offsets as digits in place; other values keep the general formatting.
struct ZohoDateTimeDigitsTests {
    @Test func format_epochZero() {
        #expect(ZohoDateTime.format(0, offsetSeconds: 0) == "1970-01-01T00:00:00+00:00")
    }

    @Test func format_negativeOffsetWithMinutes() {
        // St. John's: -03:30.
        #expect(ZohoDateTime.format(1_700_000_000, offsetSeconds: -12_600) == "2023-11-14T18:43:20-03:30")
    }

    @Test func format_padsEveryField() {
        // 2001-02-03T04:05:06Z at +01:02.
        #expect(ZohoDateTime.format(981_173_106, offsetSeconds: 3_720) == "2001-02-03T05:07:06+01:02")
    }

    @Test func format_lastSecondOfYear9999AndFirstOfYear10000() {
        #expect(ZohoDateTime.format(253_402_300_799, offsetSeconds: 0) == "9999-12-31T23:59:59+00:00")
        #expect(ZohoDateTime.format(253_402_300_800, offsetSeconds: 0) == "10000-01-01T00:00:00+00:00")
    }

    @Test func format_firstYearAndBeforeIt() {
        // 0001-01-01T00:00:00Z, then one second earlier (year 0).
        #expect(ZohoDateTime.format(-62_135_596_800, offsetSeconds: 0) == "0001-01-01T00:00:00+00:00")
        #expect(ZohoDateTime.format(-62_135_596_801, offsetSeconds: 0) == "0000-12-31T23:59:59+00:00")
    }

    @Test func format_roundTripsThroughParse() {
        for instant: Int64 in [0, 1, 86_399, 951_782_400, 1_693_905_216, 4_102_444_800] {
            for offset in [-43_200, -18_000, 0, 19_800, 50_400] {
                #expect(ZohoDateTime.parse(ZohoDateTime.format(instant, offsetSeconds: offset)) == instant)
            }
        }
    }
}
