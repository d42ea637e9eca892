#!/usr/bin/env bash
# Dashboard benchmark (issue 6): the Einsamkeitsmonitor with 50,000 answers must render in under 100 ms.
#
#   bench/monitor/run.sh [GEMEINSAM_BINARY]
#
# GEMEINSAM_BINARY defaults to a release build (.build/release/gemeinsam; built with `swift build -c release
# --product gemeinsam` if missing). Steps: fresh SQLite database with the sample content, 50,000 answers in the
# sample wave (seed_answers.py), a coordinator account, then the app serves on a free port and curl times
# GET /monitor: the first request (builds and caches the estimates), then $RUNS warm requests; the same for
# /monitor/luecken, one other outcome, a CSV download and, for comparison, the static page /impressum.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/monitor-bench.XXXXXX")}"
N="${N:-50000}"
RUNS="${RUNS:-50}"
PORT="${PORT:-8097}"
BIN="${1:-$ROOT/.build/release/gemeinsam}"
if [ ! -x "$BIN" ]; then
  (cd "$ROOT" && swift build -c release --product gemeinsam >&2)
fi
DB="$WORK/bench.sqlite"
EMAIL="bench-koordination@example.org"
PASSWORD="Bench-Monitor-Sonnenblume-7"
BASE="http://127.0.0.1:$PORT"
export SQLITE_PATH="$DB"

start_app() {
  SEED_SAMPLE="${1:-true}" "$BIN" serve --hostname 127.0.0.1 --port "$PORT" >"$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 240); do
    curl -s -o /dev/null "$BASE/healthz" && return 0
    sleep 0.5
  done
  echo "app did not start" >&2; cat "$WORK/app.log" >&2; exit 1
}
stop_app() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }
trap stop_app EXIT

echo "== machine: $(nproc) cores, $(uname -m); $(swift --version 2>/dev/null | head -1)"
echo "== binary: $BIN"
start_app true      # migrates, imports Dortmund, adds the sample content (1,200 answers)
stop_app
printf '%s\n' "$PASSWORD" | "$BIN" create-admin --email "$EMAIL" >/dev/null
python3 "$HERE/seed_answers.py" "$DB" "$N" "$EMAIL"
start_app false

JAR="$WORK/cookies.txt"
curl -s -c "$JAR" -b "$JAR" -o /dev/null "$BASE/konto/anmelden"
TOKEN=$(awk '$6 == "gemeinsam_csrf" { print $7 }' "$JAR")
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$TOKEN" "$BASE/konto/anmelden"

measure() {  # NAME PATH
  local name="$1" path="$2" first times
  first=$(curl -s -b "$JAR" -o "$WORK/page.html" -w '%{http_code} %{time_total} %{size_download}' "$BASE$path")
  times=$(for _ in $(seq 1 "$RUNS"); do curl -s -b "$JAR" -o /dev/null -w '%{time_total}\n' "$BASE$path"; done | sort -n)
  python3 - "$name" "$first" "$RUNS" <<PY
import sys
name, first, runs = sys.argv[1], sys.argv[2].split(), int(sys.argv[3])
times = [float(t) * 1000 for t in """$times""".split()]
median = times[len(times) // 2]; p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
print(f"{name:28} HTTP {first[0]}, {int(first[2]) // 1024} KiB; first {float(first[1]) * 1000:7.1f} ms; "
      f"warm ({runs} runs) median {median:6.1f} ms, p95 {p95:6.1f} ms, max {times[-1]:6.1f} ms")
PY
}

echo "== $N answers; timings with curl (time_total), keep-alive off, one request at a time"
measure "GET /monitor" "/monitor"
measure "GET /monitor?messgroesse=djg" "/monitor?messgroesse=djg"
measure "GET /monitor/luecken" "/monitor/luecken"
measure "GET /monitor/csv/quartiere" "/monitor/csv/quartiere"
measure "GET /impressum (static)" "/impressum"
grep -q "Beispieldaten" "$WORK/page.html" || true
