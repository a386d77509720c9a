import Foundation
import OpenServicesCore
import Synchronization

/// Where the demo's sandbox delivers notifications: a connector that keeps what a subscribed webhook
/// would receive, so the tour can show it without opening a port.
final class DemoNotificationInbox: Connector {
    /// A delivered notification, as far as the tour shows it.
    struct Delivery: Sendable {
        let resource: String
        let actie: String
    }

    private let deliveries = Mutex<[Delivery]>([])

    /// The notifications delivered so far, in order.
    var received: [Delivery] { deliveries.withLock { $0 } }

    func send(_ request: ServiceRequest, context: OperationContext) async throws -> ServiceResponse {
        let body = try await request.body?.collect(upTo: 1 << 20) ?? Data()
        if let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
            let resource = object["resource"] as? String, let actie = object["actie"] as? String
        {
            deliveries.withLock { $0.append(Delivery(resource: resource, actie: actie)) }
        }
        return ServiceResponse(status: .noContent)
    }
}
