#!/usr/bin/env bash
# Network analysis benchmark (issue 5): networkx vs. the Swift CLI in the same run. See README.md.
#
#   bench/network/run.sh                      # builds the stand-in CLI from swift-cli/ and runs it
#   SWIFT_CMD="$(swift build -c release --show-bin-path)/gemeinsam network analyze" bench/network/run.sh
#
# Extra arguments go to bench.py (e.g. --sizes 2000x10000 --no-million-rows).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

if [[ -z "${SWIFT_CMD:-}" ]]; then
    # A scratch package with only Core's Support and Network folders, so the main build is not touched.
    scratch="${BENCH_SCRATCH:-/tmp/gemeinsam-network-bench-pkg}"
    mkdir -p "$scratch/Sources/GemeinsamCore"
    ln -sfn "$repo/Sources/GemeinsamCore/Support" "$scratch/Sources/GemeinsamCore/Support"
    ln -sfn "$repo/Sources/GemeinsamCore/Network" "$scratch/Sources/GemeinsamCore/Network"
    ln -sfn "$here/swift-cli" "$scratch/Sources/network-cli"
    cat > "$scratch/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "network-bench",
    targets: [
        .target(name: "GemeinsamCore", swiftSettings: [.swiftLanguageMode(.v6)]),
        .executableTarget(name: "network-cli", dependencies: ["GemeinsamCore"],
                          swiftSettings: [.swiftLanguageMode(.v6)]),
    ]
)
SWIFT
    swift build -c release --package-path "$scratch" --product network-cli >&2
    SWIFT_CMD="$(swift build -c release --package-path "$scratch" --show-bin-path)/network-cli network analyze"
fi
export SWIFT_CMD
exec python3 "$here/bench.py" "$@"
