// A libFuzzer target for the code that reads what clients send: the JSON
// parser (and its writer, round-tripped), request targets and form bodies,
// the lock body, configuration bodies and date-times. Built by scripts/fuzz
// with `swiftc -sanitize=fuzzer,address` over the sources it exercises; any
// crash, sanitizer report or broken invariant stops the run with the input.

import ZohoJSON

/// The first byte picks the reader; the rest is its input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    switch data[0] % 6 {
    case 0: roundTripJSON(bytes)
    case 1: readRequestTarget(bytes)
    case 2: _ = try? LockReasonBody(bytes: bytes)
    case 3: applyConfiguration(bytes)
    case 4: readDateTime(bytes)
    default: _ = try? JSONParser.parse(bytes)
    }
    return 0
}

/// Whatever parses must write back to text that parses to the same value.
private func roundTripJSON(_ bytes: [UInt8]) {
    guard let value = try? JSONParser.parse(bytes) else { return }
    let written = JSONWriter.bytes(value)
    guard let again = try? JSONParser.parse(written), again == value else {
        fatalError("JSON round trip changed \(String(decoding: bytes, as: UTF8.self))")
    }
}

private func readRequestTarget(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let target = RequestTarget(text)
    _ = target.queryItems
    _ = RequestTarget.parseForm(text)
    _ = try? LockListQuery(parameters: QueryParameters(target.queryItems))
}

private func applyConfiguration(_ bytes: [UInt8]) {
    guard let value = try? JSONParser.parse(bytes) else { return }
    let leads = ModuleCatalog.standardModule(named: "Leads")!
    let context = ConfigurationContext(
        module: leads, fields: FieldCatalog.builtInFields(of: leads),
        customButtons: [NamedReference(name: "Send", id: ZohoID(42))],
        profile: { $0.value == 7 ? Profile(id: $0, name: "Administrator", recordLocking: true) : nil })
    var next: Int64 = 1
    for mode in [ConfigurationEditor.Mode.create, .update, .fixture] {
        let editor = ConfigurationEditor(context: context, mode: mode) {
            next += 1
            return ZohoID(next)
        }
        let base = LockingConfiguration(
            id: ZohoID(1), module: "Leads", lockType: .manual, createdBy: nil, createdTime: 0, modifiedBy: nil,
            modifiedTime: 0)
        _ = try? editor.apply(value, to: base, path: "$.record_locking_configurations[0]")
    }
}

private func readDateTime(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let seconds = ZohoDateTime.parse(text), abs(seconds) < 253_402_300_799 else { return }
    let formatted = ZohoDateTime.format(seconds, offsetSeconds: 0)
    guard ZohoDateTime.parse(formatted) == seconds else { fatalError("date round trip changed \(text)") }
}
