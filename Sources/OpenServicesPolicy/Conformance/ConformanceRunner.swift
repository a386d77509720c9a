import Foundation

/// Runs Cedar integration-test manifests (`{policies, entities, schema, shouldValidate, requests}`) against this engine.
public struct ConformanceRunner: Sendable {
    /// The directory that the manifest's file paths are relative to.
    public var root: String?
    /// Whether to check `shouldValidate` with the validator.
    public var checkValidation: Bool

    /// Creates a runner. Without a `root`, paths are resolved relative to the current directory, then to the manifest's folder and its parents.
    public init(root: String? = nil, checkValidation: Bool = true) {
        self.root = root
        self.checkValidation = checkValidation
    }

    func resolve(_ path: String, manifest: String) -> String {
        if path.hasPrefix("/") { return path }
        if let root { return (root as NSString).appendingPathComponent(path) }
        if FileManager.default.fileExists(atPath: path) { return path }
        var dir = (manifest as NSString).deletingLastPathComponent
        for _ in 0..<4 {
            let candidate = (dir as NSString).appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            dir = (dir as NSString).deletingLastPathComponent
        }
        return path
    }

    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PolicyParseError(message: "cannot read file", location: SourceLocation(line: 1, column: 1, offset: 0), file: path)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs one manifest.
    public func run(manifest path: String) -> ConformanceResult {
        var result = ConformanceResult(manifest: path)
        func failAll(_ message: String, count: Int) {
            result.failed += count
            result.mismatches.append(.init(manifest: path, request: "(all requests)", detail: message))
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(try ConformanceRunner.read(path))
        } catch {
            failAll("cannot read manifest: \(error)", count: 1)
            return result
        }
        let requests = json["requests"]?.arrayValue ?? []
        var schema: Schema?
        if let schemaPath = json["schema"]?.stringValue {
            do {
                let file = resolve(schemaPath, manifest: path)
                schema = try Schema(text: try ConformanceRunner.read(file), file: file)
            } catch {
                failAll("schema: \(error)", count: requests.count)
                return result
            }
        }
        let policies: PolicySet
        do {
            guard let p = json["policies"]?.stringValue else { throw PolicyParseError(message: "manifest has no `policies`", location: SourceLocation(line: 1, column: 1, offset: 0)) }
            let file = resolve(p, manifest: path)
            let text = try ConformanceRunner.read(file)
            if let feature = ConformanceRunner.unsupportedFeature(in: text) {
                result.skippedByFeature[feature, default: 0] += requests.count
                return result
            }
            policies = try PolicySet(text: text, file: file)
        } catch {
            failAll("policies: \(error)", count: requests.count)
            return result
        }
        let decoder = EntityJSONDecoder(schema: schema)
        let entities: Entities
        do {
            if let e = json["entities"]?.stringValue {
                entities = try decoder.entities(json: try ConformanceRunner.read(resolve(e, manifest: path)))
            } else {
                entities = Entities(schema?.actionEntities ?? [])
            }
        } catch {
            failAll("entities: \(error)", count: requests.count)
            return result
        }
        if checkValidation, let schema, let expected = json["shouldValidate"]?.boolValue {
            let problems = Validator(schema: schema).validate(policies)
            let valid = problems.isEmpty
            result.validationAgreed = valid == expected
            if valid != expected {
                result.validationDetail = expected
                    ? "expected the policies to validate, but: " + problems.prefix(3).map(\.description).joined(separator: "; ")
                    : "expected a validation error, but the policies validated"
            }
        }
        for (n, request) in requests.enumerated() {
            let name = request["description"]?.stringValue ?? "request \(n)"
            do {
                let principal = try decoder.entityUID(request["principal"] ?? .null)
                let action = try decoder.entityUID(request["action"] ?? .null)
                let resource = try decoder.entityUID(request["resource"] ?? .null)
                let context = try decoder.context(request["context"] ?? .null, action: action)
                if let schema, request["validateRequest"]?.boolValue == true,
                   let problem = schema.validateRequest(principal: principal, action: action, resource: resource, context: context) {
                    result.failed += 1
                    result.mismatches.append(.init(manifest: path, request: name, detail: "request rejected by request validation: \(problem)"))
                    continue
                }
                let decision = policies.isAuthorized(principal: principal, action: action, resource: resource,
                                                     context: .record(context), entities: entities)
                var problems: [String] = []
                let expectedDecision = request["decision"]?.stringValue?.lowercased() ?? ""
                if decision.decision.rawValue != expectedDecision {
                    problems.append("decision \(decision.decision.rawValue), expected \(expectedDecision)")
                }
                let expectedReasons = Set((request["reason"]?.arrayValue ?? []).compactMap(\.stringValue))
                if Set(decision.reasons) != expectedReasons {
                    problems.append("reasons \(decision.reasons.sorted()), expected \(expectedReasons.sorted())")
                }
                let expectedErrors = Set((request["errors"]?.arrayValue ?? []).compactMap { $0.stringValue ?? $0["policyId"]?.stringValue })
                let actualErrors = Set(decision.errors.map(\.policyID))
                if actualErrors != expectedErrors {
                    let messages = decision.errors.map { "\($0.policyID): \($0.error.message)" }
                    problems.append("errors \(actualErrors.sorted()) \(messages), expected \(expectedErrors.sorted())")
                }
                if problems.isEmpty {
                    result.passed += 1
                } else {
                    result.failed += 1
                    result.mismatches.append(.init(manifest: path, request: name, detail: problems.joined(separator: "; ")))
                }
            } catch {
                result.failed += 1
                result.mismatches.append(.init(manifest: path, request: name, detail: "cannot run request: \(error)"))
            }
        }
        return result
    }

    /// The name of an unsupported language feature used by `policyText`, if any.
    static func unsupportedFeature(in policyText: String) -> String? {
        if policyText.contains("?principal") || policyText.contains("?resource") { return "templates" }
        return nil
    }

    /// Expands directories to the `*.json` manifests inside them (not `*.entities.json`), sorted.
    public static func manifests(in paths: [String]) -> [String] {
        var out: [String] = []
        for p in paths {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
                let items = (FileManager.default.enumerator(atPath: p)?.allObjects as? [String]) ?? []
                for item in items.sorted() where item.hasSuffix(".json") && !item.hasSuffix(".entities.json") && !item.hasSuffix("schema.json") {
                    out.append((p as NSString).appendingPathComponent(item))
                }
            } else {
                out.append(p)
            }
        }
        return out
    }
}
