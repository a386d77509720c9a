import Foundation

/// The JSON coding the ZGW clients use: official field names as the models declare them.
enum ZGWJSON {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
