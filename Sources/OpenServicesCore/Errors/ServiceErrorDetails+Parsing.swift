import Foundation

extension ServiceErrorDetails {
    /// Parses a service's error body in any of the known shapes.
    ///
    /// - Parameter body: The raw response body.
    /// - Returns: The details, or `nil` when the body is empty, not JSON, or of an unknown shape.
    public init?(parsing body: some Collection<UInt8>) {
        guard !body.isEmpty,
              let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
        else { return nil }

        if let fout = object["fout"] as? [[String: Any]] {
            let first = fout.first
            self.init(
                shape: .kvkFout,
                code: Self.string(first?["code"]),
                title: Self.string(first?["omschrijving"]),
                invalidParameters: fout.dropFirst().map {
                    InvalidParameter(name: Self.string($0["code"]) ?? "fout", reason: Self.string($0["omschrijving"]))
                })
            return
        }
        if let solr = object["error"] as? [String: Any], let message = Self.string(solr["msg"]) {
            // Solr (PDOK Locatieserver v3_1): {"error": {"code": 400, "msg": "…", "metadata": […]}}
            self.init(shape: .pdok, code: Self.string(solr["code"]), title: message)
            return
        }
        if let error = object["error"] as? String {
            self.init(shape: .oauth2, code: error, title: Self.string(object["error_description"]))
            return
        }
        if let message = Self.string(object["message"]), object["domain"] != nil {
            self.init(shape: .fsc, code: Self.string(object["code"]), title: message)
            return
        }
        if let message = Self.string(object["msg"]), object["title"] == nil {
            self.init(shape: .pdok, code: Self.string(object["code"]), title: message)
            return
        }
        let parameters = (object["invalidParams"] ?? object["invalid-params"]) as? [[String: Any]] ?? []
        guard object["title"] != nil || object["type"] != nil || object["detail"] != nil || !parameters.isEmpty
        else { return nil }
        self.init(
            shape: .problemJSON,
            code: Self.string(object["code"]),
            title: Self.string(object["title"]),
            detail: Self.string(object["detail"]),
            type: Self.string(object["type"]),
            instance: Self.string(object["instance"]),
            invalidParameters: parameters.map {
                InvalidParameter(
                    name: Self.string($0["name"]) ?? "",
                    code: Self.string($0["code"]),
                    reason: Self.string($0["reason"]))
            })
    }

    private static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }
}
