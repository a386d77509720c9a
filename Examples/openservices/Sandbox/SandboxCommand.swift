import ArgumentParser

/// `openservices sandbox`: the embedded fakes of the government services.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the embedded sandbox: faithful fakes of the services with fictitious data.",
        subcommands: [SandboxServeCommand.self]
    )
}
