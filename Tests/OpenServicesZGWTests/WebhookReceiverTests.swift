import Foundation
import HTTPTypes
import OpenServicesCore
@testable import OpenServicesZGW
import Testing

/// The webhook receiver's answers and its delivery of notifications, called directly.
@Suite struct WebhookReceiverTests {
    typealias Support = WebhookTestSupport

    @Test func anAuthenticatedNotificationIsAnswered204AndDelivered() async throws {
        let receiver = try Support.receiver()
        let answer = await receiver.handle(Support.request(), body: Data(Support.statusCreated.utf8))
        #expect(answer.status == .noContent)
        #expect(answer.body.isEmpty)
        #expect(answer.head.headerFields[ZGWHeaders.apiVersion] == "1.0.0")
        receiver.finish()
        let delivered = await Support.collect(receiver.notifications)
        #expect(delivered.count == 1)
        let notificatie = try #require(delivered.first)
        #expect(notificatie.kanaal == "zaken")
        #expect(notificatie.resource == "status")
        #expect(notificatie.actie == "create")
        #expect(notificatie.hoofdObject.absoluteString.hasSuffix("/zaken/5b1e8d47-51cf-4e6a-9e22-3b37e4bb5a01"))
        #expect(notificatie.resourceUrl.lastPathComponent == "8c2d6b1e-0c1a-4d7e-a3a2-0f5bb0b0c001")
        #expect(notificatie.kenmerken["bronorganisatie"] == "002220647")
        #expect(notificatie.kenmerken.count == 3)
        #expect(ZGWDateTime.format(notificatie.aanmaakdatum) == "2026-03-18T10:15:30.123456Z")
    }

    /// The two calls Open Notificaties makes before it stores an abonnement.
    @Test func openNotificatiesCallbackChecksPass() async throws {
        let receiver = try Support.receiver()
        let probe = #"""
            {"kanaal":"test","hoofdObject":"http://some.hoofdobject.nl/","resource":"some_resource",
             "resourceUrl":"http://some.resource.nl/","actie":"create","aanmaakdatum":"2019-01-01T12:00:00Z","kenmerken":{}}
            """#
        let anonymous = await receiver.handle(Support.request(authorization: []), body: Data(probe.utf8))
        #expect([401, 403].contains(anonymous.status.code))
        #expect(await receiver.handle(Support.request(), body: Data(probe.utf8)).status == .noContent)
        receiver.finish()
        #expect(await Support.collect(receiver.notifications).map(\.kanaal) == ["test"])
    }

    @Test func aMissingAuthorizationIs401() async throws {
        let receiver = try Support.receiver()
        let answer = await receiver.handle(Support.request(authorization: []), body: Data(Support.statusCreated.utf8))
        #expect(answer.status == .unauthorized)
        #expect(answer.head.headerFields[.contentType] == "application/problem+json")
        #expect(Support.problem(answer)["code"] as? String == "not_authenticated")
        #expect(Support.problem(answer)["status"] as? Int == 401)
        let empty = await receiver.handle(Support.request(authorization: [""]), body: Data(Support.statusCreated.utf8))
        #expect(empty.status == .unauthorized)
        try await expectNothingDelivered(receiver)
    }

    @Test func aWrongAuthorizationIs403AndNeverEchoed() async throws {
        let receiver = try Support.receiver()
        for value in ["Bearer wrong", Support.token + "x", String(Support.token.dropLast()), "bearer webhook-test-3f9a1c"] {
            let answer = await receiver.handle(Support.request(authorization: [value]), body: Data(Support.statusCreated.utf8))
            #expect(answer.status == .forbidden, "\(value)")
            #expect(Support.problem(answer)["code"] as? String == "permission_denied")
            let text = String(decoding: answer.body, as: UTF8.self)
            #expect(!text.contains("webhook-test") && !text.contains("wrong"))
        }
        let twice = await receiver.handle(Support.request(authorization: [Support.token, Support.token]), body: Data(Support.statusCreated.utf8))
        #expect(twice.status == .forbidden)
        try await expectNothingDelivered(receiver)
        #expect(!receiver.description.contains("webhook-test"))
    }

    @Test func everyAcceptedValueIsAccepted() async throws {
        let receiver = try ZGWNotificationReceiver(acceptedAuthorizations: [Secret("Bearer oud"), Secret("Bearer nieuw")])
        for value in ["Bearer oud", "Bearer nieuw"] {
            #expect(await receiver.handle(Support.request(authorization: [value]), body: Data(Support.statusCreated.utf8)).status == .noContent)
        }
        #expect(await receiver.handle(Support.request(authorization: ["Bearer ander"]), body: Data(Support.statusCreated.utf8)).status == .forbidden)
    }

    /// Field, its JSON value (`nil`: left out), and the `code` of the invalid parameter.
    @Test(arguments: [
        ("aanmaakdatum", #""gisteren""#, "invalid"),
        ("aanmaakdatum", nil, "required"),
        ("aanmaakdatum", "null", "null"),
        ("kanaal", nil, "required"),
        ("kanaal", #""""#, "invalid"),
        ("kanaal", "42", "invalid"),
        ("hoofdObject", #""zaken/123""#, "invalid"),
        ("resourceUrl", nil, "required"),
        ("actie", "[]", "invalid"),
        ("resource", "null", "null"),
    ] as [(String, String?, String)])
    func aBodyThatDoesNotDecodeIs400NamingTheField(field: String, json: String?, code: String) async throws {
        let receiver = try Support.receiver()
        let value = try json.map { try JSONSerialization.jsonObject(with: Data($0.utf8), options: .fragmentsAllowed) }
        let answer = await receiver.handle(Support.request(), body: Support.body(field, value))
        #expect(answer.status == .badRequest)
        #expect(answer.head.headerFields[.contentType] == "application/problem+json")
        #expect(Support.invalidNames(answer) == [field])
        let parameter = try #require((Support.problem(answer)["invalid-params"] as? [[String: Any]])?.first)
        #expect(parameter["code"] as? String == code)
        #expect((parameter["reason"] as? String)?.isEmpty == false)
        #expect((Support.problem(answer)["detail"] as? String)?.contains(field) == true)
        try await expectNothingDelivered(receiver)
    }

    @Test func aKenmerkThatIsNotAStringIsNamedByItsPath() async throws {
        let receiver = try Support.receiver()
        let answer = await receiver.handle(Support.request(), body: Support.body("kenmerken", ["zaaktype": 12]))
        #expect(answer.status == .badRequest)
        #expect(Support.invalidNames(answer) == ["kenmerken.zaaktype"])
    }

    @Test func aBodyThatIsNotJSONOrEmptyIs400() async throws {
        let receiver = try Support.receiver()
        for body in ["", "{\"kanaal\": ", "[]", "<html/>"] {
            let answer = await receiver.handle(Support.request(), body: Data(body.utf8))
            #expect(answer.status == .badRequest, "\(body)")
            #expect(Support.invalidNames(answer) == ["nonFieldErrors"], "\(body)")
        }
        try await expectNothingDelivered(receiver)
    }

    @Test(arguments: [HTTPRequest.Method.get, .put, .patch, .delete, .head, .options])
    func otherMethodsAre405(method: HTTPRequest.Method) async throws {
        let receiver = try Support.receiver()
        let answer = await receiver.handle(Support.request(method), body: Data(Support.statusCreated.utf8))
        #expect(answer.status == .methodNotAllowed)
        #expect(answer.head.headerFields[.allow] == "POST")
        try await expectNothingDelivered(receiver)
    }

    @Test func aFullBufferIsAnswered503WithRetryAfterAndNothingIsLost() async throws {
        let receiver = try Support.receiver(capacity: 2)
        var statuses: [HTTPResponse.Status] = []
        for actie in ["create", "update", "destroy"] {
            statuses.append(await receiver.handle(Support.request(), body: Support.body("actie", actie)).status)
        }
        #expect(statuses == [.noContent, .noContent, .serviceUnavailable])
        let refused = await receiver.handle(Support.request(), body: Support.body("actie", "destroy"))
        #expect(refused.head.headerFields[.retryAfter] == "5")
        #expect(Support.problem(refused)["code"] as? String == "buffer_full")

        var iterator = receiver.notifications.makeAsyncIterator()
        #expect(await iterator.next()?.actie == "create")
        // Room again: the provider's retry is accepted.
        #expect(await receiver.handle(Support.request(), body: Support.body("actie", "destroy")).status == .noContent)
        receiver.finish()
        #expect(await iterator.next()?.actie == "update")
        #expect(await iterator.next()?.actie == "destroy")
        #expect(await iterator.next() == nil)
    }

    @Test func aWaitingConsumerGetsNotificationsAsTheyArrive() async throws {
        let receiver = try Support.receiver(capacity: 1)
        let consumer = Task { await Support.collect(receiver.notifications).map(\.actie) }
        for index in 0..<20 {
            var answer = await receiver.handle(Support.request(), body: Support.body("actie", "a\(index)"))
            while answer.status == .serviceUnavailable {
                // A provider's retry, as Open Notificaties does after a 503.
                await Task.yield()
                answer = await receiver.handle(Support.request(), body: Support.body("actie", "a\(index)"))
            }
            #expect(answer.status == .noContent)
        }
        receiver.finish()
        #expect(await consumer.value == (0..<20).map { "a\($0)" })
    }

    @Test func finishingDeliversWhatWasBufferedThenRefusesWith503() async throws {
        let receiver = try Support.receiver()
        #expect(await receiver.handle(Support.request(), body: Data(Support.statusCreated.utf8)).status == .noContent)
        receiver.finish()
        let late = await receiver.handle(Support.request(), body: Data(Support.statusCreated.utf8))
        #expect(late.status == .serviceUnavailable)
        #expect(Support.problem(late)["code"] as? String == "receiver_finished")
        #expect(late.head.headerFields[.retryAfter] != nil)
        #expect(await Support.collect(receiver.notifications).count == 1)
    }

    @Test func aConsumerThatStopsFinishesTheReceiver() async throws {
        let receiver = try Support.receiver()
        let consumer = Task {
            for await _ in receiver.notifications {}
        }
        consumer.cancel()
        await consumer.value
        #expect(await receiver.handle(Support.request(), body: Data(Support.statusCreated.utf8)).status == .serviceUnavailable)
    }

    @Test func configurationMistakesAreRefused() throws {
        #expect(throws: OpenServicesError.self) { try ZGWNotificationReceiver(acceptedAuthorizations: []) }
        #expect(throws: OpenServicesError.self) { try ZGWNotificationReceiver(authorization: Secret("")) }
        let error = try #require(throws: OpenServicesError.self) { try ZGWNotificationReceiver(authorization: "Bearer x", bufferCapacity: 0) }
        #expect(error.category == .configuration)
    }

    @Test func constantTimeComparison() {
        #expect(ZGWNotificationReceiver.constantTimeEquals(Array("abc".utf8), Array("abc".utf8)))
        #expect(!ZGWNotificationReceiver.constantTimeEquals(Array("abc".utf8), Array("abd".utf8)))
        #expect(!ZGWNotificationReceiver.constantTimeEquals(Array("abc".utf8), Array("abc\u{0}".utf8)))
        #expect(!ZGWNotificationReceiver.constantTimeEquals([], Array("a".utf8)))
        #expect(ZGWNotificationReceiver.constantTimeEquals([], []))
    }

    private func expectNothingDelivered(_ receiver: ZGWNotificationReceiver) async throws {
        receiver.finish()
        #expect(await Support.collect(receiver.notifications).isEmpty)
    }
}
