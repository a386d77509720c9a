import ArgumentParser
import OpenServicesBAG
import OpenServicesCore

/// `openservices bag object ID`: one BAG object, by the type its identification names.
struct BAGObjectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "object",
        abstract: "Look up one BAG object by its identification.",
        discussion: """
            The type follows from the id: 16 digits with type code 01/02/03 (adresseerbaar object), 10 (pand), \
            20 (nummeraanduiding) or 30 (openbare ruimte); four digits for a woonplaats.
            Examples:
              openservices bag object 0599010000001012 --sandbox
              openservices bag object 0599100000001012 --output json --sandbox
              openservices bag object 3086 --sandbox
            """
    )

    @Argument(help: "The BAG identification (16 digits) or a woonplaats code (4 digits).")
    var id: String

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let connection = try await ServiceConnection.make(.bag, options: global)
        let bag = BAGClient(pipeline: connection.pipeline, baseURL: connection.baseURL)
        let format = global.output
        if id.count == 4 {
            let result = try await global.withAccess { try await bag.place(id) }
            return try OutputPrinter.print(result.value, format: format) { BAGTextOutput.woonplaats(result.value) }
        }
        switch try BAGIdentifier(id).objectType {
        case .verblijfsobject, .ligplaats, .standplaats:
            let result = try await global.withAccess { try await bag.addressableObject(id) }
            try OutputPrinter.print(result.value, format: format) { BAGTextOutput.object(result.value) }
        case .pand:
            let result = try await global.withAccess { try await bag.building(id) }
            try OutputPrinter.print(result.value, format: format) { BAGTextOutput.pand(result.value) }
        case .nummeraanduiding:
            let result = try await global.withAccess { try await bag.numberDesignation(id) }
            try OutputPrinter.print(result.value, format: format) { BAGTextOutput.nummeraanduiding(result.value) }
        case .openbareRuimte:
            let result = try await global.withAccess { try await bag.publicSpace(id) }
            try OutputPrinter.print(result.value, format: format) { BAGTextOutput.openbareRuimte(result.value) }
        }
    }
}

extension BAGObjectCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
