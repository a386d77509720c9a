import ArgumentParser

/// `openservices policy`: validate policies, authorize a request, run conformance manifests.
struct PolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Work with OpenServices (Cedar-compatible) policies.",
        subcommands: [PolicyValidateCommand.self, PolicyAuthorizeCommand.self, PolicyTestCommand.self]
    )
}

/// Output format of the policy commands.
enum PolicyOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
