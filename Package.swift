// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "OpenServices",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "OpenServicesCore", targets: ["OpenServicesCore"]),
        .library(name: "OpenServicesHTTP", targets: ["OpenServicesHTTP"]),
        .library(name: "OpenServicesTesting", targets: ["OpenServicesTesting"]),
        .library(name: "OpenServicesPolicy", targets: ["OpenServicesPolicy"]),
        .library(name: "OpenServices", targets: ["OpenServices"]),
        .library(name: "OpenServicesBRP", targets: ["OpenServicesBRP"]),
        .library(name: "OpenServicesBAG", targets: ["OpenServicesBAG"]),
        .library(name: "OpenServicesKVK", targets: ["OpenServicesKVK"]),
        .library(name: "OpenServicesPDOK", targets: ["OpenServicesPDOK"]),
        .library(name: "OpenServicesZGW", targets: ["OpenServicesZGW"]),
        .library(name: "OpenServicesSandbox", targets: ["OpenServicesSandbox"]),
        .executable(name: "openservices", targets: ["openservices"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.7.3"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0", traits: [.defaults, "YAML"]),
    ],
    targets: [
        .target(
            name: "OpenServicesCore",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenServicesHTTP",
            dependencies: [
                "OpenServicesCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenServicesTesting",
            dependencies: [
                "OpenServicesCore",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenServicesPolicy",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenServicesBRP",
            dependencies: ["OpenServicesCore", .product(name: "HTTPTypes", package: "swift-http-types")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenServicesBAG",
            dependencies: ["OpenServicesCore", .product(name: "HTTPTypes", package: "swift-http-types")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenServicesKVK",
            dependencies: ["OpenServicesCore", .product(name: "HTTPTypes", package: "swift-http-types")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenServicesPDOK",
            dependencies: ["OpenServicesCore", .product(name: "HTTPTypes", package: "swift-http-types")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenServicesZGW",
            dependencies: ["OpenServicesCore", .product(name: "HTTPTypes", package: "swift-http-types")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenServicesSandbox",
            dependencies: [
                "OpenServicesCore", "OpenServicesBRP", "OpenServicesBAG", "OpenServicesKVK", "OpenServicesPDOK",
                "OpenServicesHTTP",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "OpenServices",
            dependencies: [
                "OpenServicesCore",
                "OpenServicesHTTP",
                .product(name: "Configuration", package: "swift-configuration"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "openservices",
            dependencies: [
                "OpenServices",
                "OpenServicesCore",
                "OpenServicesHTTP",
                "OpenServicesPolicy",
                "OpenServicesSandbox",
                "OpenServicesBRP",
                "OpenServicesBAG",
                "OpenServicesKVK",
                "OpenServicesPDOK",
                "OpenServicesZGW",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Examples/openservices",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenServicesCoreTests",
            dependencies: [
                "OpenServicesCore",
                "OpenServicesTesting",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenServicesHTTPTests",
            dependencies: [
                "OpenServicesCore",
                "OpenServicesHTTP",
                "OpenServicesTesting",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenServicesTests",
            dependencies: [
                "OpenServices",
                "OpenServicesCore",
                "OpenServicesTesting",
                .product(name: "Configuration", package: "swift-configuration"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenServicesBRPTests",
            dependencies: [
                "OpenServicesBRP", "OpenServicesSandbox", "OpenServicesCore", "OpenServicesHTTP", "OpenServicesTesting",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenServicesBAGTests",
            dependencies: [
                "OpenServicesBAG", "OpenServicesSandbox", "OpenServicesCore", "OpenServicesHTTP", "OpenServicesTesting",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenServicesKVKTests",
            dependencies: [
                "OpenServicesKVK", "OpenServicesSandbox", "OpenServicesCore", "OpenServicesHTTP", "OpenServicesTesting",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenServicesPDOKTests",
            dependencies: [
                "OpenServicesPDOK", "OpenServicesSandbox", "OpenServicesCore", "OpenServicesHTTP", "OpenServicesTesting",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenServicesZGWTests",
            dependencies: [
                "OpenServicesZGW", "OpenServicesSandbox", "OpenServicesCore", "OpenServicesHTTP", "OpenServicesTesting",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenServicesSandboxTests",
            dependencies: ["OpenServicesSandbox", "OpenServicesCore", "OpenServicesHTTP"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OpenServicesPolicyTests",
            dependencies: ["OpenServicesPolicy"],
            swiftSettings: swiftSettings
        ),
    ]
)
