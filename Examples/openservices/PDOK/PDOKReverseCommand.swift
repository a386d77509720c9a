import ArgumentParser
import OpenServicesCore
import OpenServicesPDOK

/// `openservices pdok reverse --lat … --lon …` or `--x … --y …`: the reverse geocoder.
struct PDOKReverseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reverse",
        abstract: "Find the locations nearest to a point (GET /reverse).",
        discussion: """
            Examples:
              openservices pdok reverse --lat 51.9166 --lon 4.4862 --sandbox
              openservices pdok reverse --x 93270 --y 436880 --type adres --type weg --sandbox
            """
    )

    @Option(help: "WGS84 latitude.")
    var lat: Double?
    @Option(help: "WGS84 longitude.")
    var lon: Double?
    @Option(help: "Rijksdriehoek x.")
    var x: Double?
    @Option(help: "Rijksdriehoek y.")
    var y: Double?
    @Option(help: "Document type (repeatable), default adres.")
    var type: [String] = []
    @Option(help: "The greatest distance in metres.")
    var distance: Int?
    @Option(help: "The number of results (rows), 1–100.")
    var rows = 10

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (lat != nil && lon != nil) || (x != nil && y != nil) else {
            throw ValidationError("Give --lat and --lon, or --x and --y.")
        }
    }

    func run() async throws {
        let location: PDOKLocation = if let lat, let lon { .wgs84(latitude: lat, longitude: lon) } else { .rijksdriehoek(x: x ?? 0, y: y ?? 0) }
        let connection = try await ServiceConnection.make(.pdok, options: global)
        let pdok = PDOKClient(pipeline: connection.pipeline, baseURL: connection.baseURL)
        let result = try await global.withAccess {
            try await pdok.reverse(location, types: type.map(PDOKDocumentType.init(rawValue:)), distance: distance, fields: nil, start: 0, rows: rows)
        }
        try OutputPrinter.print(result, format: global.output) { PDOKTextOutput.documents(result.response) }
    }
}

extension PDOKReverseCommand: GlobalOptionsProviding { var globalOptions: GlobalOptions { global } }
