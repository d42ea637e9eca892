#!/bin/sh
# Builds GemeinsamCore (Support + Geography only) with the benchmark in a scratch package outside the
# repository, so the main build is not touched, and runs it in release mode.
set -eu
REPO=$(cd "$(dirname "$0")/../.." && pwd)
SCRATCH=${SCRATCH:-/tmp/gemeinsam-geobench}
mkdir -p "$SCRATCH/Sources/GemeinsamCore"
ln -sfn "$REPO/Sources/GemeinsamCore/Support" "$SCRATCH/Sources/GemeinsamCore/Support"
ln -sfn "$REPO/Sources/GemeinsamCore/Geography" "$SCRATCH/Sources/GemeinsamCore/Geography"
ln -sfn "$REPO/bench/geography/GeoBench" "$SCRATCH/Sources/GeoBench"
cat > "$SCRATCH/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "geobench",
    platforms: [.macOS(.v13)],
    targets: [
        .target(name: "GemeinsamCore", swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(name: "GeoBench", dependencies: ["GemeinsamCore"], swiftSettings: [.swiftLanguageMode(.v6)]),
    ]
)
SWIFT
cd "$SCRATCH" && swift run -c release GeoBench "$REPO/Sources/App/Resources/Geography/dortmund"
