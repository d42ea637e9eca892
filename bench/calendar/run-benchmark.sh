#!/usr/bin/env bash
# Builds bench/calendar/Benchmark against GemeinsamCore in a scratch package (the main package is
# not touched) with -c release and runs it. Extra arguments go to the benchmark, e.g.
#   bash bench/calendar/run-benchmark.sh --export /tmp/cal-random 300
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
scratch="${CALENDAR_BENCH_DIR:-/tmp/gemeinsam-calendar-bench}"
mkdir -p "$scratch/Sources"
ln -sfn "$repo/Sources/GemeinsamCore" "$scratch/Sources/GemeinsamCore"
ln -sfn "$repo/bench/calendar/Benchmark" "$scratch/Sources/CalendarBenchmark"
cat > "$scratch/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "calendar-bench",
    platforms: [.macOS(.v13)],
    targets: [
        .target(name: "GemeinsamCore", swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(name: "CalendarBenchmark", dependencies: ["GemeinsamCore"], swiftSettings: [.swiftLanguageMode(.v6)]),
    ]
)
SWIFT
cd "$scratch"
swift build -c release --product CalendarBenchmark
"$scratch/.build/release/CalendarBenchmark" "$@"
