import ArgumentParser

/// The options every `openservices` command accepts, before or after the subcommand.
struct GlobalOptions: ParsableArguments {
    @Option(help: "Output format: text or json.")
    var output: OutputFormat = .text

    @Flag(help: "Use the embedded sandbox instead of the configured services (no network, no set-up).")
    var sandbox = false

    @Option(help: "The purpose (doelbinding) of this processing, e.g. zorgtoeslag.")
    var purpose: String?

    @Option(help: "The principal (user or system) the call is made for.")
    var principal: String?

    @Flag(name: .shortAndLong, help: "Log the calls (redacted) to standard error.")
    var verbose = false

    @Option(help: "The overall deadline of the command in seconds.")
    var timeout: Int = 60

    mutating func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds.") }
    }
}

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
