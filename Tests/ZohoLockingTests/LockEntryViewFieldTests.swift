import Testing
@testable import ZohoLocking

/// The hand-written tables of the lock fields agree with the enum.
struct LockEntryViewFieldTests {
    @Test func position_isTheIndexInAllCases_andKeyIsTheRawValue() {
        for (index, field) in LockEntryView.Field.allCases.enumerated() {
            #expect(field.position == index, "\(field)")
            #expect(field.key.description == field.rawValue, "\(field)")
        }
        #expect(LockEntryView.Field.ordered == LockEntryView.Field.allCases)
    }

    @Test func selection_parsesEveryFieldToItsOwnBit() {
        for field in LockEntryView.Field.allCases {
            let selection = LockFieldSelection(parsing: " \(field.rawValue) ,Unknown")
            #expect(selection == LockFieldSelection.of(field))
            #expect(selection.contains(field))
        }
        #expect(LockFieldSelection(parsing: "Locked_By__s,Locked_By__s2,locked_by__s").rawValue == 1)
    }
}
