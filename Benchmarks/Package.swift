// swift-tools-version: 6.1
import PackageDescription

// The benchmarks are their own package, so that users of OpenServices never resolve their dependencies.
// Run: swift package benchmark            (ordo-one/benchmark: latency, throughput, allocations)
//      swift run -c release PipelineRatio  (pipeline vs raw AsyncHTTPClient throughput in one run, and the ratio)
//      swift run -c release DocumentStreaming [megabytes]  (resident memory and MiB/s of a streamed Documenten
//          upload and download, 50 MiB by default; Linux, 2 cores: peak +2–3.5 MiB up, +0.2 MiB down, ~45 MiB baseline)
let package = Package(
    name: "OpenServicesBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "OpenServices", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                .product(name: "OpenServicesCore", package: "OpenServices"),
                .product(name: "OpenServicesHTTP", package: "OpenServices"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "PipelineThroughput",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/PipelineThroughput",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "PipelineRatio",
            dependencies: ["BenchmarkSupport"],
            path: "Benchmarks/PipelineRatio"
        ),
        .executableTarget(
            name: "DocumentStreaming",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "OpenServicesCore", package: "OpenServices"),
                .product(name: "OpenServicesHTTP", package: "OpenServices"),
                .product(name: "OpenServicesZGW", package: "OpenServices"),
            ],
            path: "Benchmarks/DocumentStreaming"
        ),
        .executableTarget(
            name: "PolicyDecisions",
            dependencies: [
                .product(name: "OpenServicesPolicy", package: "OpenServices"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/PolicyDecisions",
            resources: [.copy("Fixtures")],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
