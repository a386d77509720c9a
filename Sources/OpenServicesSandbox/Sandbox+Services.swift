public import OpenServicesCore

extension Sandbox {
    /// Every service the sandbox fakes: BRP, BAG, KVK, PDOK and the six ZGW APIs (which share one store).
    ///
    /// - Parameter notificationConnector: How the ZGW Notificaties fake delivers notifications to
    ///   abonnementen (`nil`: an `HTTPConnector`; give a recording connector in tests).
    public static func defaultServices(notificationConnector: (any Connector)? = nil) -> [any SandboxService] {
        [BRPSandbox(), BAGSandbox(), KVKSandbox(), PDOKSandbox()] + ZGWSandbox.services(notificationConnector: notificationConnector)
    }
}
