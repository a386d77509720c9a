import ArgumentParser
import OpenServicesCore
import OpenServicesKVK

/// `openservices kvk profile KVK`: KVK Basisprofiel v1.
struct KVKProfileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Look up the Basisprofiel of a registration (GET /v1/basisprofielen/{kvkNummer}).",
        discussion: """
            Examples:
              openservices kvk profile 71000011 --sandbox
              openservices kvk profile 71000011 --geo-data --branches --output json --sandbox
            """
    )

    @Argument(help: "The KVK-nummer, 8 digits.")
    var kvkNumber: String
    @Flag(help: "Include BAG data (geoData).")
    var geoData = false
    @Flag(help: "Also list every branch (/vestigingen).")
    var branches = false

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let connection = try await ServiceConnection.make(.kvk, options: global)
        let kvk = KVKClient(pipeline: connection.pipeline, baseURL: connection.baseURL)
        let profiel = try await global.withAccess { try await kvk.basicProfile(kvkNumber, geoData: geoData) }
        try OutputPrinter.print(profiel, format: global.output) { KVKTextOutput.profile(profiel) }
        if branches {
            let lijst = try await global.withAccess { try await kvk.branches(kvkNumber) }
            try OutputPrinter.print(lijst, format: global.output) { KVKTextOutput.branches(lijst) }
        }
    }
}

extension KVKProfileCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
