import ArgumentParser
import OpenServicesPolicy

/// `openservices policy authorize`: decides one request and explains the decision.
struct PolicyAuthorizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "authorize", abstract: "Decide one authorization request.")

    @Option(help: "A policy file (.cedar or Cedar JSON) or a bundle folder.")
    var policies: String

    func run() async throws {
        throw ExitCode(1)
    }
}
