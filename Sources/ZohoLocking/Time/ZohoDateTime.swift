import ASCIIBytes
import Foundation

/// Zoho's date-time text: ISO-8601, seconds, numeric offset, no `Z`,
/// e.g. `2023-09-05T05:13:36-04:00`.
public enum ZohoDateTime {
    /// Formats epoch seconds in the given IANA zone (unknown zones fall back to UTC).
    public static func format(_ epochSeconds: Int64, timeZone identifier: String) -> String {
        let offset = TimeZone(identifier: identifier)?.secondsFromGMT(
            for: Date(timeIntervalSince1970: TimeInterval(epochSeconds))) ?? 0
        return format(epochSeconds, offsetSeconds: offset)
    }

    public static func format(_ epochSeconds: Int64, offsetSeconds: Int) -> String {
        let local = epochSeconds + Int64(offsetSeconds)
        let days = floorDivide(local, 86_400)
        let secondsOfDay = local - days * 86_400
        let (year, month, day) = civilDate(fromDays: days)
        let absoluteOffset = abs(offsetSeconds)
        // Every lock and configuration shown formats dates: fixed-width years and
        // offsets (all real ones) are written as digits in place, not interpolated.
        if (0...9999).contains(year), absoluteOffset < 100 * 3600 {
            return String(unsafeUninitializedCapacity: 25) { buffer in
                var cursor = 0
                func put(_ value: Int64, width: Int) {
                    var rest = value
                    for position in stride(from: cursor + width - 1, through: cursor, by: -1) {
                        buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                        rest /= 10
                    }
                    cursor += width
                }
                func put(_ byte: Unicode.Scalar) {
                    buffer[cursor] = UInt8(ascii: byte)
                    cursor += 1
                }
                put(year, width: 4); put("-"); put(month, width: 2); put("-"); put(day, width: 2); put("T")
                put(secondsOfDay / 3600, width: 2); put(":"); put(secondsOfDay % 3600 / 60, width: 2); put(":")
                put(secondsOfDay % 60, width: 2); put(offsetSeconds < 0 ? "-" : "+")
                put(Int64(absoluteOffset / 3600), width: 2); put(":"); put(Int64(absoluteOffset % 3600 / 60), width: 2)
                return cursor
            }
        }
        let sign = offsetSeconds < 0 ? "-" : "+"
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T"
            + "\(pad(secondsOfDay / 3600, 2)):\(pad(secondsOfDay % 3600 / 60, 2)):\(pad(secondsOfDay % 60, 2))"
            + "\(sign)\(pad(Int64(absoluteOffset / 3600), 2)):\(pad(Int64(absoluteOffset % 3600 / 60), 2))"
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS` with an optional fraction and a `Z` or
    /// `±HH:MM` offset; returns epoch seconds, or nil when the text is not that.
    public static func parse(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            hour < 24, minute < 60, second < 60
        else { return nil }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, bytes[index].isASCIIDigit { index += 1 }
            guard index > start else { return nil }
        }
        guard index < bytes.count else { return nil }
        var offset: Int64 = 0
        if bytes[index] == UInt8(ascii: "Z"), index + 1 == bytes.count {
            offset = 0
        } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
            index + 6 == bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
            let hours = number(bytes, index + 1, 2), let minutes = number(bytes, index + 4, 2),
            hours < 24, minutes < 60
        {
            offset = (hours * 3600 + minutes * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        return days * 86_400 + hour * 3600 + minute * 60 + second - offset
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int64? {
        var value: Int64 = 0
        for byte in bytes[start..<start + length] {
            guard let digit = byte.asciiDigitValue else { return nil }
            value = value * 10 + Int64(digit)
        }
        return value
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : (a - b + 1) / b
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days-from-civil algorithms (proleptic Gregorian calendar).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilDate(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Whether an IANA zone name is known on this system.
    public static func isKnownTimeZone(_ identifier: String) -> Bool {
        TimeZone(identifier: identifier) != nil
    }
}
