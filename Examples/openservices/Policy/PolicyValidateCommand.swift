import ArgumentParser
import OpenServicesPolicy

/// `openservices policy validate`: parses policies and checks them against a schema.
struct PolicyValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Parse policies and type-check them against a schema; prints problems with line and column."
    )

    @Option(help: "A policy file (.cedar or Cedar JSON) or a bundle folder.")
    var policies: String

    @Option(help: "A schema file (.cedarschema or JSON); defaults to the bundle's schema.")
    var schema: String?

    @Option(help: "Output format: text or json.")
    var output: PolicyOutputFormat = .text

    @Flag(help: "Also print the policies that were checked.")
    var verbose = false

    func run() async throws {
        do {
            let bundle = try PolicyBundle.load(path: policies, schemaPath: schema)
            if output == .json {
                print("{\"valid\":true,\"policies\":\(bundle.policies.count),\"version\":\(PolicyCLIOutput.jsonString(bundle.versionHash)),\"problems\":[]}")
            } else {
                if verbose {
                    for p in bundle.policies.policies {
                        let label = p.annotation("id").map { " (@id \"\($0)\")" } ?? ""
                        print("\(p.id)\(label) \(p.effect.rawValue) \(p.file ?? "")\(p.location.map { ":\($0)" } ?? "")")
                    }
                }
                let schemaNote = bundle.schema == nil ? " (no schema: syntax checked only)" : ""
                print("valid: \(bundle.policies.count) policies\(schemaNote), version \(bundle.versionHash.prefix(12))")
            }
        } catch {
            if output == .json {
                print("{\"valid\":false,\"problems\":[\(error.problems.map(PolicyCLIOutput.jsonString).joined(separator: ","))]}")
            } else {
                for p in error.problems { print(p) }
                print("invalid: \(error.problems.count) problem\(error.problems.count == 1 ? "" : "s")")
            }
            throw ExitCode(2)
        }
    }
}
