import ArgumentParser
import Foundation
import OpenServicesSandbox

/// `openservices sandbox serve --port P`: the sandbox as an HTTP server on loopback.
struct SandboxServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the sandbox over HTTP on 127.0.0.1 until interrupted.",
        discussion: """
            Prints one line `SERVICE BASE-URL` per service once the server accepts connections, for example
            `brp http://127.0.0.1:8080/haalcentraal/api/brp`; point OPENSERVICES_<SERVICE>_URL at it. \
            BAG accepts any non-empty X-Api-Key; KVK accepts its public test key \(ServiceConnection.kvkTestAPIKey). \
            The six ZGW APIs (zaken, catalogi, documenten, besluiten, notificaties, autorisaties) accept a ZGW JWT \
            (HS256, iat required) for one client; two more lines give it: `zgw-client-id \(ZGWSandbox.clientID)` and \
            `zgw-client-secret \(ZGWSandbox.secret)` (set OPENSERVICES_<SERVICE>_AUTH=zgw-jwt, _CLIENT_ID, _CLIENT_SECRET).
            """
    )

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
    }

    func run() async throws {
        let server = try await SandboxServer.start(host: host, port: port)
        let lines = server.baseURLs.map { "\($0.name) \($0.url)\n" }.joined()
            + "zgw-client-id \(ZGWSandbox.clientID)\nzgw-client-secret \(ZGWSandbox.secret)\n"
        FileHandle.standardOutput.write(Data(lines.utf8))
        try await server.wait()
    }
}

extension SandboxServeCommand: CommandDeadlineExempt {}
