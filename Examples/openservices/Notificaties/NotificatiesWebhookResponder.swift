import Foundation
import Hummingbird
import OpenServicesZGW

/// Hands every request (any path, any method) to the receiver and sends back its answer, so that
/// other methods get the receiver's 405.
struct NotificatiesWebhookResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let receiver: ZGWNotificationReceiver

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: ZGWNotificationReceiver.maximumBodySize)
        } catch {
            // Larger than any notification (or the connection broke while reading it).
            return Response(status: .contentTooLarge)
        }
        let answer = await receiver.handle(request.head, body: Data(body.readableBytesView))
        return Response(status: answer.status, headers: answer.head.headerFields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}
