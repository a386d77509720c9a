import Foundation

/// An immutable, validated snapshot of everything the engine decides with: policies, schema, purposes, entities.
public struct PolicyBundle: Sendable {
    /// The policies.
    public let policies: PolicySet
    /// The schema, if any.
    public let schema: Schema?
    /// The purposes (doelbinding).
    public let purposes: PurposeTree
    /// The bundle's entities, including the purposes and the schema's actions.
    public let entities: Entities
    /// A SHA-256 hash over the bundle's sources, recorded in decision records.
    public let versionHash: String

    /// Creates a bundle and validates the policies against the schema.
    /// - Throws: ``PolicyBundleError`` listing validation problems.
    public init(policies: PolicySet, schema: Schema? = nil, purposes: PurposeTree = PurposeTree(), entities: [Entity] = [],
                versionHash: String? = nil) throws(PolicyBundleError) {
        if let schema {
            let problems = Validator(schema: schema).validate(policies)
            if !problems.isEmpty { throw PolicyBundleError(problems: problems.map(\.description)) }
        }
        self.policies = policies
        self.schema = schema
        self.purposes = purposes
        self.entities = Entities(entities + purposes.entities + (schema?.actionEntities ?? []))
        self.versionHash = versionHash ?? SHA256.hex(policies.policies.map(\.id).joined(separator: ","))
    }

    /// Loads a bundle folder or a single policy file.
    ///
    /// A folder holds policies (`*.cedar`, or Cedar JSON in `*.cedar.json` / `policies.json`; files in name order,
    /// ids `policy0`, `policy1`, … continuing across files), a schema (`schema.cedarschema` or `schema.json`),
    /// purposes (`purposes.json`) and optionally `entities.json`. Other files are ignored.
    public static func load(path: String, schemaPath: String? = nil) throws(PolicyBundleError) -> PolicyBundle {
        var problems: [String] = []
        var hashInput: [UInt8] = []
        func read(_ file: String) -> String? {
            guard let data = FileManager.default.contents(atPath: file) else {
                problems.append("\(file): cannot read file")
                return nil
            }
            hashInput += Array((file as NSString).lastPathComponent.utf8) + [0] + Array(data) + [0]
            return String(decoding: data, as: UTF8.self)
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw PolicyBundleError(problems: ["\(path): no such file or folder"])
        }
        var policyFiles: [String] = []
        var schemaFile = schemaPath
        var purposesFile: String?
        var entitiesFile: String?
        if isDir.boolValue {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
            for name in names {
                let full = (path as NSString).appendingPathComponent(name)
                switch name {
                case "schema.cedarschema", "schema.json": if schemaFile == nil { schemaFile = full }
                case "purposes.json": purposesFile = full
                case "entities.json": entitiesFile = full
                default:
                    if name.hasSuffix(".cedar") || name.hasSuffix(".cedar.json") || name == "policies.json" { policyFiles.append(full) }
                }
            }
        } else {
            policyFiles = [path]
        }
        var policies: [Policy] = []
        for file in policyFiles {
            guard let text = read(file) else { continue }
            do {
                if file.hasSuffix(".json") {
                    policies += try PolicyJSONParser.parsePolicySet(text, startIndex: policies.count, file: file)
                } else {
                    policies += try Parser.parsePolicies(text, file: file, startIndex: policies.count)
                }
            } catch {
                problems.append(error.description)
            }
        }
        var schema: Schema?
        if let schemaFile, let text = read(schemaFile) {
            do { schema = try Schema(text: text, file: schemaFile) } catch { problems.append(error.description) }
        }
        var purposes = PurposeTree()
        if let purposesFile, let text = read(purposesFile) {
            do { purposes = try PurposeTree(json: text) } catch { problems.append("\(purposesFile): \(error.message)") }
        }
        var entities: [Entity] = []
        if let entitiesFile, let text = read(entitiesFile) {
            do {
                entities = try EntityJSONDecoder(schema: schema).entityList(try JSONParser.parse(text))
            } catch {
                problems.append("\(entitiesFile): \(error.description)")
            }
        }
        if !problems.isEmpty { throw PolicyBundleError(problems: problems) }
        return try PolicyBundle(policies: PolicySet(policies), schema: schema, purposes: purposes, entities: entities,
                                versionHash: SHA256.hex(hashInput))
    }
}
