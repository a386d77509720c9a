import Foundation
import OpenServicesCore

/// The state the six ZGW fakes of one sandbox share, behind an actor so requests apply one at a time.
actor ZGWStore {
    private var state: ZGWState

    init(state: ZGWState = ZGWSeed.state()) {
        self.state = state
    }

    /// Answers one authenticated request; returns the answer and the notifications to deliver.
    func handle(_ call: ZGWCall) -> (response: ServiceResponse, deliveries: [ZGWDelivery]) {
        let outcome = state.respond(call)
        let deliveries = outcome.messages.flatMap { state.deliveries(of: $0, origin: call.origin) }
        return (outcome.response, deliveries)
    }
}
