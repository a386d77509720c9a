import Foundation
import HTTPTypes
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesZGW
import Testing

/// The receiver mounted in a real Hummingbird server, called over HTTP with the AsyncHTTPClient connector.
@Suite(.serialized) struct WebhookHTTPTests {
    typealias Support = WebhookTestSupport

    static func post(_ url: URL, body: String, authorization: String?) async throws -> (status: Int, body: Data, headers: HTTPFields) {
        var fields: HTTPFields = [.contentType: "application/json"]
        if let authorization { fields[.authorization] = authorization }
        let request = ServiceRequest(method: .post, url: url, headerFields: fields, body: ServiceBody(Data(body.utf8)))
        let response = try await HTTPConnector().send(request, context: OperationContext(service: "webhook", operation: "notification_receive"))
        return (Int(response.status.code), try await response.body.collect(upTo: 1 << 20), response.head.headerFields)
    }

    @Test func aPostOverHTTPIsAnsweredAndDelivered() async throws {
        let receiver = try Support.receiver()
        let server = try await WebhookTestServer.start(receiver)
        defer { server.stop() }

        let accepted = try await Self.post(server.callbackURL, body: Support.statusCreated, authorization: Support.token)
        #expect(accepted.status == 204)
        #expect(accepted.headers[HTTPField.Name("API-version")!] == "1.0.0")
        var iterator = receiver.notifications.makeAsyncIterator()
        let notificatie = try #require(await iterator.next())
        #expect(notificatie.resource == "status")
        #expect(notificatie.kenmerken["vertrouwelijkheidaanduiding"] == "openbaar")

        let anonymous = try await Self.post(server.callbackURL, body: Support.statusCreated, authorization: nil)
        #expect(anonymous.status == 401)
        let wrong = try await Self.post(server.callbackURL, body: Support.statusCreated, authorization: "Bearer nope")
        #expect(wrong.status == 403)
        let invalid = try await Self.post(
            server.callbackURL, body: String(decoding: Support.body("aanmaakdatum", "18-03-2026"), as: UTF8.self), authorization: Support.token)
        #expect(invalid.status == 400)
        #expect(wrong.headers[.contentType] == "application/problem+json")
        let problem = try #require(try JSONSerialization.jsonObject(with: invalid.body) as? [String: Any])
        #expect((problem["invalid-params"] as? [[String: Any]])?.first?["name"] as? String == "aanmaakdatum")
        receiver.finish()
        #expect(await iterator.next() == nil)
    }

    @Test func aBodyLargerThanTheLimitIsRefusedWith413() async throws {
        let receiver = try Support.receiver()
        let server = try await WebhookTestServer.start(receiver)
        defer { server.stop() }
        let huge = String(repeating: "x", count: ZGWNotificationReceiver.maximumBodySize + 1)
        let answer = try await Self.post(server.callbackURL, body: huge, authorization: Support.token)
        #expect(answer.status == 413)
        receiver.finish()
        #expect(await Support.collect(receiver.notifications).isEmpty)
    }
}
