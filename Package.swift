// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "Nastavnik",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "nastavnik", targets: ["nastavnik"]),
    .library(name: "TabularIO", targets: ["TabularIO"]),
    .library(name: "Statistics", targets: ["Statistics"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // System libraries.
    .systemLibrary(
      name: "CLibCSV",
      providers: [.apt(["libcsv-dev"])]
    ),

    // Libraries: all logic lives here.
    .target(name: "TabularIO", dependencies: ["CLibCSV"]),
    .target(name: "Statistics"),
    .target(
      name: "MonitoringKit",
      dependencies: ["TabularIO", "Statistics", .product(name: "Crypto", package: "swift-crypto")]
    ),
    .target(name: "SampleData", dependencies: ["TabularIO", "MonitoringKit"]),
    .target(
      name: "Warehouse",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    .target(name: "Reporting", dependencies: ["MonitoringKit"]),
    .target(
      name: "Pipeline",
      dependencies: [
        "MonitoringKit", "TabularIO", "SampleData", "Warehouse", "Statistics", "Reporting",
        .product(name: "Yams", package: "Yams"),
      ]
    ),

    // The thin command line.
    .executableTarget(
      name: "nastavnik",
      dependencies: [
        "Pipeline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Benchmarks (release builds only; see Benchmarks/README.md).
    .executableTarget(
      name: "tabular-bench",
      dependencies: ["TabularIO"],
      path: "Benchmarks/tabular-bench"
    ),

    // Tests.
    .testTarget(
      name: "TabularIOTests",
      dependencies: [
        "TabularIO",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "ReportingTests", dependencies: ["Reporting", "MonitoringKit"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "StatisticsTests",
      dependencies: ["Statistics"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "MonitoringKitTests",
      dependencies: ["MonitoringKit", .product(name: "PropertyBased", package: "swift-property-based")]
    ),
    .testTarget(
      name: "WarehouseTests",
      dependencies: ["Warehouse", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .testTarget(
      name: "PipelineTests",
      dependencies: ["Pipeline", "MonitoringKit", "TabularIO", "SampleData", "Warehouse"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["nastavnik"],
      resources: [.copy("Fixtures")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
