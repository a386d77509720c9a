extension Sandbox {
    /// Every service the sandbox fakes.
    public static func defaultServices() -> [any SandboxService] {
        [BRPSandbox(), BAGSandbox(), KVKSandbox(), PDOKSandbox()]
    }
}
