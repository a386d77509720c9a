import CoreMetrics
import Synchronization

/// The metric handles of one service operation, created once and reused on every call.
final class OperationMetrics: Sendable {
    let requests: Counter
    let attempts: Counter
    let duration: Timer
    /// The span name, `service.operation`, built once.
    let spanName: String
    private let errors: Mutex<[String: Counter]>
    private let dimensions: [(String, String)]
    private let factory: any MetricsFactory

    init(service: String, operation: String, factory: any MetricsFactory) {
        let dimensions = [("service", service), ("operation", operation)]
        spanName = "\(service).\(operation)"
        self.dimensions = dimensions
        self.factory = factory
        requests = Counter(label: "openservices_requests_total", dimensions: dimensions, factory: factory)
        attempts = Counter(label: "openservices_attempts_total", dimensions: dimensions, factory: factory)
        duration = Timer(label: "openservices_request_duration_seconds", dimensions: dimensions, factory: factory)
        errors = Mutex([:])
    }

    func recordError(_ category: OpenServicesError.Category) {
        let name = category.description
        let counter = errors.withLock { errors in
            if let counter = errors[name] { return counter }
            let counter = Counter(
                label: "openservices_errors_total", dimensions: dimensions + [("category", name)], factory: factory)
            errors[name] = counter
            return counter
        }
        counter.increment()
    }
}

/// The metric handles of every operation of one pipeline.
final class OperationMetricsRegistry: Sendable {
    private struct Key: Hashable { let service: String, operation: String }
    private let factory: any MetricsFactory
    private let entries = Mutex<[Key: OperationMetrics]>([:])

    init(factory: any MetricsFactory) { self.factory = factory }

    func metrics(service: String, operation: String) -> OperationMetrics {
        let key = Key(service: service, operation: operation)
        return entries.withLock { entries in
            if let metrics = entries[key] { return metrics }
            let metrics = OperationMetrics(service: service, operation: operation, factory: factory)
            entries[key] = metrics
            return metrics
        }
    }
}
