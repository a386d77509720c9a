import OpenServicesCore
@testable import OpenServicesHTTP
import Testing

@Suite("Transport failure messages")
struct TransportFailureTests {
    private let failure = TransportFailure(
        authority: "api.bag.kadaster.nl:443", context: OperationContext(service: "bag", operation: "adressen.zoeken"))

    @Test("Durations and sizes read naturally")
    func formatting() {
        #expect(TransportFailure.format(.milliseconds(500)) == "500 ms")
        #expect(TransportFailure.format(.seconds(10)) == "10 s")
        #expect(TransportFailure.format(.milliseconds(1500)) == "1.5 s")
        #expect(TransportFailure.format(bytes: 16 << 20) == "16 MiB")
        #expect(TransportFailure.format(bytes: 512 << 10) == "512 KiB")
        #expect(TransportFailure.format(bytes: 1000) == "1000 bytes")
    }

    @Test("Only connect-phase failures use the codes the retry stage treats as nothing sent")
    func codes() {
        #expect(failure.refused(nil).code == .connectionRefused)
        #expect(failure.connectTimeout(.seconds(10), nil).code == .connectTimeout)
        #expect(failure.unresolvable(nil).code == .connectionFailed)
        #expect(failure.unreachable(nil).code == .connectionFailed)
        #expect(failure.reset(afterHead: true, nil).code == .connectionReset)
        #expect(failure.malformedResponse(nil).code == .connectionReset)
        #expect(failure.attemptTimeout(afterHead: nil, nil).code == .attemptTimeout)
        #expect(failure.readTimeout(.seconds(30), nil).code == .attemptTimeout)
        #expect(failure.tls(nil).code == .tls)
        #expect(failure.tooLarge(limit: 16 << 20, nil).code == .responseTooLarge)
    }

    @Test("Messages name the host, the limit and what happened")
    func messages() {
        let error = failure.tooLarge(limit: 16 << 20, nil)
        #expect(error.message.contains("api.bag.kadaster.nl:443"))
        #expect(error.message.contains("16777216 bytes (16 MiB)"))
        #expect(error.service == "bag")
        #expect(error.operation == "adressen.zoeken")
        #expect(error.remediation?.contains("maximumResponseSize") == true)
        #expect(failure.connectTimeout(.seconds(10), nil).message.contains("connect timeout of 10 s; nothing was sent"))
    }
}
