import ArgumentParser
import Foundation

/// Defaults from `ZOHO_LOCK_MOCK_*` environment variables; a flag on the
/// command line wins over them.
enum Environment {
    static func string(_ name: String) -> String? {
        ProcessInfo.processInfo.environment["ZOHO_LOCK_MOCK_\(name)"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static func value<T: ExpressibleByArgument>(_ name: String) -> T? {
        string(name).flatMap(T.init(argument:))
    }

    /// Rejects a typed variable whose value does not parse, rather than ignoring it.
    static func validate(_ typed: [String: any ExpressibleByArgument.Type]) throws {
        for (name, type) in typed {
            if let text = string(name), type.init(argument: text) == nil {
                throw ValidationError("ZOHO_LOCK_MOCK_\(name): '\(text)' is not a valid value")
            }
        }
    }

    static func flag(_ name: String) -> Bool {
        guard let text = string(name)?.lowercased() else { return false }
        return ["1", "true", "yes", "on"].contains(text)
    }
}
