import OpenServicesCore

/// Prints the demo's sections, calls and results in a readable layout.
struct DemoTour {
    func title(_ text: String) {
        print(text)
        print(String(repeating: "═", count: min(text.count, 78)))
    }

    func section(_ text: String) {
        print("\n" + text)
        print(String(repeating: "─", count: min(text.count, 78)))
    }

    func note(_ text: String) { print("  " + text) }

    func call(_ text: String) { print("  → " + text) }

    func row(_ label: String, _ value: String) {
        let padded = label.count < 18 ? label + String(repeating: " ", count: 18 - label.count) : label
        print("    \(padded) \(value)")
    }

    func refused(_ error: OpenServicesError) {
        print("    ✗ [\(error.code)] \(error.message)")
        if let remediation = error.remediation { print("      what to do: \(remediation)") }
    }
}
