import ArgumentParser
import OpenServicesPolicy

/// `openservices policy validate`: parses policies and checks them against a schema.
struct PolicyValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Validate policies against a schema.")

    @Option(help: "A policy file (.cedar or Cedar JSON) or a bundle folder.")
    var policies: String

    @Option(help: "A schema file (.cedarschema or JSON); defaults to the bundle's schema.")
    var schema: String?

    @Option(help: "Output format: text or json.")
    var output: PolicyOutputFormat = .text

    @Flag(help: "Print more detail.")
    var verbose = false

    func run() async throws {
        throw ExitCode(1)
    }
}
