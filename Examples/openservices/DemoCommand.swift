import ArgumentParser

/// `openservices demo`: the guided tour of the SDK against the embedded sandbox.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Walk through the base registers in the embedded sandbox (offline, no set-up)."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        printToStandardError("""
            The demo is not available yet: it needs the typed clients and the embedded sandbox \
            (BRP, BAG, KVK, PDOK), which are not part of this build. What works today: \
            `openservices policy validate|authorize|test` and the Swift pipeline in OpenServicesCore.
            """)
        throw ExitCode(1)
    }
}
