// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Annex",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "annex", targets: ["annex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-nio-ssh", from: "0.15.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .target(name: "AnnexDomain"),
        .target(name: "AnnexStore", dependencies: ["AnnexDomain", "Yams", "ZIPFoundation"]),
        .target(name: "AnnexApp", dependencies: ["AnnexDomain"]),
        .target(name: "TerminalCore"),
        .target(name: "AnnexViews", dependencies: ["AnnexApp", "AnnexDomain", "TerminalCore"]),
        .target(name: "AnnexSession", dependencies: ["AnnexApp", "AnnexStore", "AnnexDomain"]),
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "NcursesTerminal", dependencies: ["CNcurses", "TerminalCore"]),
        // The SSH server of `annex serve`; the only module that links SwiftNIO.
        .target(name: "CPseudoTerminal"),
        .target(
            name: "AnnexServe",
            dependencies: [
                "CPseudoTerminal",
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "annex",
            dependencies: [
                "AnnexDomain", "AnnexStore", "AnnexApp", "AnnexViews", "AnnexSession", "NcursesTerminal", "TerminalCore", "AnnexServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "AnnexDomainTests", dependencies: ["AnnexDomain"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AnnexStoreTests", dependencies: ["AnnexStore", "AnnexDomain"]),
        .testTarget(name: "AnnexCLITests", dependencies: ["AnnexDomain", "annex"], exclude: ["Fixtures"]),
        .testTarget(name: "TerminalCoreTests", dependencies: ["TerminalCore"]),
        .testTarget(name: "NcursesTerminalTests", dependencies: ["NcursesTerminal", "TerminalCore"]),
        .testTarget(name: "AnnexAppTests", dependencies: ["AnnexApp", "AnnexDomain", "AnnexSession", "AnnexStore", "AnnexViews"]),
        .testTarget(name: "AnnexViewsTests", dependencies: ["AnnexViews", "AnnexApp", "AnnexDomain", "TerminalCore"]),
        .testTarget(name: "AnnexSessionTests", dependencies: ["AnnexSession", "AnnexStore", "AnnexViews", "AnnexApp", "AnnexDomain", "TerminalCore"]),
        .testTarget(name: "AnnexE2ETests", dependencies: []),
        .testTarget(name: "AnnexServeTests", dependencies: ["AnnexServe"]),
    ]
)
