import Foundation

/// Prints a command's result as text or as JSON with the official field names.
enum OutputPrinter {
    /// Prints `value` as pretty JSON (`--output json`) or calls `text` to print it for people.
    static func print<Value: Encodable>(_ value: Value, format: OutputFormat, text: () -> String) throws {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Swift.print(String(decoding: try encoder.encode(value), as: UTF8.self))
        case .text:
            Swift.print(text())
        }
    }
}
