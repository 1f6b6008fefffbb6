// swift-tools-version:5.10
import PackageDescription

// ReviewLens: ingest → segment → classify → report, one library target per stage.

/// Release builds skip the runtime exclusivity checks (every access to a class's stored `var` otherwise goes through
/// swift_beginAccess: 13% of the classifier's time); debug builds, which the tests use, keep them, so a violation
/// still traps there.
let releaseSettings: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
let package = Package(
    name: "ReviewLens",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "reviewlens", targets: ["reviewlens"]),
    ],
    dependencies: [
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .target(name: "DocumentModel", swiftSettings: releaseSettings),
        .target(name: "Ingestion", dependencies: [
            "DocumentModel", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], swiftSettings: releaseSettings),
        .target(name: "Segmentation", dependencies: ["DocumentModel"], swiftSettings: releaseSettings),
        .target(name: "Classification", dependencies: [
            "DocumentModel", "CStemmer", .product(name: "Yams", package: "Yams"),
        ], swiftSettings: releaseSettings),
        .target(name: "Reporting", dependencies: [
            "DocumentModel", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], swiftSettings: releaseSettings),
        .target(name: "Pipeline", dependencies: ["DocumentModel", "Ingestion", "Segmentation", "Classification", "Reporting"],
                swiftSettings: releaseSettings),
        .executableTarget(name: "reviewlens", dependencies: [
            "Pipeline", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: releaseSettings),
        .executableTarget(name: "ReviewLensFuzz", dependencies: ["Ingestion", "Classification"]),
        .target(name: "TestSupport", dependencies: [
            "DocumentModel", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], path: "Tests/TestSupport"),
        .testTarget(name: "IngestionTests", dependencies: ["Ingestion", "Segmentation", "TestSupport"]),
        .testTarget(name: "SegmentationTests", dependencies: ["Segmentation", "TestSupport"]),
        .testTarget(name: "ClassificationTests", dependencies: ["Classification", "TestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "Ingestion", "TestSupport"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "TestSupport"]),
    ]
)
