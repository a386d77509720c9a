import Foundation

/// Output helpers shared by the policy subcommands.
enum PolicyCLIOutput {
    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Array((message + "\n").utf8).withUnsafeBufferPointer { Data(buffer: $0) })
    }
}
