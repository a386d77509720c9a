import ArgumentParser
import OpenServicesCore
import OpenServicesKVK

/// `openservices kvk branch NR`: KVK Vestigingsprofiel v1.
struct KVKBranchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "branch",
        abstract: "Look up the Vestigingsprofiel of a branch (GET /v1/vestigingsprofielen/{vestigingsnummer}).",
        discussion: "Example: openservices kvk branch 000071000011 --geo-data --sandbox"
    )

    @Argument(help: "The vestigingsnummer, 12 digits.")
    var branchNumber: String
    @Flag(help: "Include BAG data (geoData).")
    var geoData = false

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let connection = try await ServiceConnection.make(.kvk, options: global)
        let kvk = KVKClient(pipeline: connection.pipeline, baseURL: connection.baseURL)
        let vestiging = try await global.withAccess { try await kvk.branchProfile(branchNumber, geoData: geoData) }
        try OutputPrinter.print(vestiging, format: global.output) { KVKTextOutput.branch(vestiging) }
    }
}

extension KVKBranchCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
