#!/usr/bin/env bash
# Survey benchmarks (issue 6): raking 100,000 answers (Swift vs samplics, same run) and interval coverage.
#
#   bench/survey/run.sh [SWIFT_BENCH_COMMAND]
#
# SWIFT_BENCH_COMMAND is a release build of bench/survey/SurveyBench (e.g. /tmp/survey/.build/release/SurveyBench).
# Without it, the script builds one in a scratch package under $WORK (symlinks to GemeinsamCore, release mode),
# so that /work/main's own build is untouched. samplics runs in a venv ($VENV, created if missing).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${WORK:-/tmp/survey-bench}"
VENV="${VENV:-/tmp/survey-venv}"
N="${N:-100000}"
SAMPLES="${SAMPLES:-2000}"
mkdir -p "$WORK"

BENCH="${1:-}"
if [ -z "$BENCH" ]; then
  PKG="$WORK/pkg"
  mkdir -p "$PKG/Sources/GemeinsamCore"
  ln -sfn "$ROOT/Sources/GemeinsamCore/Support" "$PKG/Sources/GemeinsamCore/Support"
  ln -sfn "$ROOT/Sources/GemeinsamCore/Survey" "$PKG/Sources/GemeinsamCore/Survey"
  ln -sfn "$HERE/SurveyBench" "$PKG/Sources/SurveyBench"
  cat > "$PKG/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription
let package = Package(name: "survey-bench", targets: [
    .target(name: "GemeinsamCore", swiftSettings: [.swiftLanguageMode(.v6)]),
    .executableTarget(name: "SurveyBench", dependencies: ["GemeinsamCore"], swiftSettings: [.swiftLanguageMode(.v6)]),
])
SWIFT
  swift build -c release --package-path "$PKG" --product SurveyBench >&2
  BENCH="$PKG/.build/release/SurveyBench"
fi

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet samplics==0.6.1
fi

echo "== machine: $(nproc) cores, $(uname -m); $(swift --version 2>/dev/null | head -1)"
echo "== data: $N answers, margins alter (5) x geschlecht (4) x stadtbezirk (12)"
python3 "$HERE/generate_rake_data.py" "$WORK" "$N"
echo "== raking, tolerance 1e-10 on both sides (same stopping rule)"
"$BENCH" rake "$WORK/responses.csv" "$WORK/margins.csv" "$WORK/weights-swift.csv" 7 1e-10
"$VENV/bin/python" "$HERE/samplics_rake.py" "$WORK/responses.csv" "$WORK/margins.csv" "$WORK/weights-swift.csv" 3 1e-10
echo "== coverage of the 95 % logit interval, $SAMPLES samples"
"$BENCH" coverage "$SAMPLES" 20240607
