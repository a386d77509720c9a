import ArgumentParser
import Foundation
import OpenServicesPolicy

/// `openservices policy authorize`: decides one request and explains the decision.
struct PolicyAuthorizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authorize",
        abstract: "Decide one request; prints ALLOW or DENY with reasons and explanation (exit 0 allow, 3 deny)."
    )

    @Option(help: "A policy file (.cedar or Cedar JSON) or a bundle folder.")
    var policies: String

    @Option(help: "A schema file (.cedarschema or JSON); defaults to the bundle's schema.")
    var schema: String?

    @Option(help: "An entities JSON file.")
    var entities: String?

    @Option(help: "The principal, e.g. 'User::\"alice\"'.")
    var principal: String

    @Option(help: "The action, e.g. 'Action::\"view\"'.")
    var action: String

    @Option(help: "The resource, e.g. 'Photo::\"x\"'.")
    var resource: String

    @Option(help: "A context JSON file.")
    var context: String?

    @Option(help: "The purpose (doelbinding) id.")
    var purpose: String?

    @Option(help: "Requested fields, comma separated (e.g. naam,geboorte.datum).")
    var fields: String?

    @Flag(help: "Allow the authorised subset of the requested fields instead of denying.")
    var minimise = false

    @Option(help: "Language of the explanation: nl or en.")
    var language: String = "en"

    @Option(help: "Output format: text or json.")
    var output: PolicyOutputFormat = .text

    @Flag(help: "Also print the decision record.")
    var verbose = false

    func readFile(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            PolicyCLIOutput.printError("cannot read \(path)")
            throw ExitCode(2)
        }
        return String(decoding: data, as: UTF8.self)
    }

    func run() async throws {
        let bundle: PolicyBundle
        do {
            bundle = try PolicyBundle.load(path: policies, schemaPath: schema)
        } catch {
            for p in error.problems { print(p) }
            throw ExitCode(2)
        }
        let request: AuthorizationRequest
        var extra: Entities?
        do {
            let decoder = EntityJSONDecoder(schema: bundle.schema)
            let actionUID = try EntityUID(parsing: action)
            var contextValues: [String: Value] = [:]
            if let context { contextValues = try decoder.context(try JSONParser.parse(try readFile(context)), action: actionUID) }
            if let entities { extra = try decoder.entities(json: try readFile(entities)) }
            request = AuthorizationRequest(
                principal: try EntityUID(parsing: principal), action: actionUID, resource: try EntityUID(parsing: resource),
                context: contextValues, purpose: purpose,
                requestedFields: fields.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } },
                fieldMode: minimise ? .minimise : .strict)
        } catch let error as PolicyParseError {
            PolicyCLIOutput.printError("invalid input: \(error)")
            throw ExitCode(2)
        }
        let lang: Language = language.lowercased().hasPrefix("nl") ? .dutch : .english
        let decision = bundle.authorize(request, entities: extra, options: AuthorizeOptions(explain: true))
        let record = DecisionRecord(decision: decision, request: request, bundle: bundle)
        if output == .json {
            var members: [(key: String, value: JSONValue)] = [
                ("decision", .string(decision.decision.rawValue)),
                ("reasons", .array(decision.reasons.map { .string($0) })),
                ("errors", .array(decision.errors.map { .object([("policyId", .string($0.policyID)), ("message", .string($0.error.message))]) })),
                ("denialReason", decision.denialReason.map { .string($0.code) } ?? .null),
                ("authorizedFields", decision.authorizedFields.map { .string($0.description) } ?? .null),
                ("droppedFields", .array(decision.droppedFields.map { .string($0) })),
                ("explanation", .string(decision.explanation?.render(lang) ?? "")),
            ]
            if verbose { members.append(("record", record.json)) }
            print(JSONValue.object(members).serialized)
        } else {
            print(decision.isAllowed ? "ALLOW" : "DENY")
            if !decision.reasons.isEmpty {
                let labels = decision.reasons.map { id in bundle.policies[id]?.annotation("id").map { "\(id) (@id \"\($0)\")" } ?? id }
                print((lang == .dutch ? "bepalend: " : "determining: ") + labels.joined(separator: ", "))
            }
            if decision.isAllowed, let f = decision.authorizedFields { print((lang == .dutch ? "velden: " : "fields: ") + f.description) }
            if !decision.droppedFields.isEmpty { print((lang == .dutch ? "weggelaten: " : "dropped: ") + decision.droppedFields.joined(separator: ",")) }
            if let e = decision.explanation?.render(lang), !e.isEmpty { print(e) }
            if verbose { print(record.json.serialized) }
        }
        if !decision.isAllowed { throw ExitCode(3) }
    }
}
