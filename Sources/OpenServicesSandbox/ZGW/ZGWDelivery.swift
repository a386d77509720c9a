import Foundation
import HTTPTypes
import Logging
import OpenServicesCore

/// One notification for one abonnement: the POST Open Notificaties makes to its callback.
struct ZGWDelivery: Sendable {
    var callbackURL: String
    var auth: String
    var body: Data
}

/// Delivers notifications to abonnementen through a ``Connector``, all at once, each bounded by a
/// timeout; failures are logged (without the `auth` value) and never reach the caller.
struct ZGWNotifier: Sendable {
    let connector: any Connector
    let timeout: Duration
    let logger: Logger

    func deliver(_ deliveries: [ZGWDelivery]) async {
        guard !deliveries.isEmpty else { return }
        await withTaskGroup(of: Void.self) { group in
            for delivery in deliveries {
                group.addTask { await deliver(delivery) }
            }
        }
    }

    private func deliver(_ delivery: ZGWDelivery) async {
        let target = URL(string: delivery.callbackURL)
        let shown = target.map { "\($0.host ?? "?")\($0.path)" } ?? "(invalid URL)"
        guard let target else {
            logger.warning("Notification not delivered: the callback URL is invalid.", metadata: ["callback": "\(shown)"])
            return
        }
        var fields: HTTPFields = [.contentType: "application/json"]
        if !delivery.auth.isEmpty { fields[.authorization] = delivery.auth }
        let request = ServiceRequest(method: .post, url: target, headerFields: fields, body: ServiceBody(delivery.body))
        let context = OperationContext(service: "notificaties", operation: "notificatie.afleveren", timeout: timeout, logger: logger)
        let (connector, timeout) = (self.connector, self.timeout)
        do {
            let status = try await withThrowingTaskGroup(of: HTTPResponse.Status?.self) { group in
                group.addTask {
                    let response = try await connector.send(request, context: context)
                    _ = try? await response.body.collect(upTo: 1 << 20)
                    return response.status
                }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                let first = try await group.next() ?? nil
                group.cancelAll()
                return first
            }
            guard let status else {
                logger.warning("Notification not delivered: the callback did not answer in time.", metadata: ["callback": "\(shown)"])
                return
            }
            if status.kind != .successful {
                logger.warning("Notification delivery refused by the callback.", metadata: ["callback": "\(shown)", "status": "\(status.code)"])
            }
        } catch {
            logger.warning("Notification not delivered.", metadata: ["callback": "\(shown)", "error": "\(error)"])
        }
    }
}
