#!/usr/bin/env bash
# Foundation benchmark (issue 2): pages under load, start-up time and memory, against a release build.
#
#   bash bench/foundation/run.sh            # builds the release binary if needed
#   DURATION=20 CONNECTIONS=64 bash bench/foundation/run.sh
#
# Needs wrk (apt-get install wrk). Only talks to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-64}
LOAD_SECONDS=${LOAD_SECONDS:-60}
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
BIN=${BIN:-$(swift build -c release --show-bin-path)/gemeinsam}
[ -x "$BIN" ] || swift build -c release --product gemeinsam
command -v wrk >/dev/null || { echo "wrk fehlt: apt-get install -y wrk" >&2; exit 2; }

WORK=$(mktemp -d)
DB="$WORK/bench.sqlite"
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
URL="http://127.0.0.1:$PORT"

start_app() {  # sets PID and STARTUP (seconds until /healthz answers 200)
    local t0 t1
    t0=$(date +%s.%N)
    SQLITE_PATH="$DB" LOG_LEVEL=warning "$BIN" serve --hostname 127.0.0.1 --port "$PORT" > "$WORK/app.log" 2>&1 &
    PID=$!
    until curl -sf -o /dev/null "$URL/healthz"; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
        sleep 0.02
    done
    t1=$(date +%s.%N)
    STARTUP=$(python3 -c "print(f'{$t1 - $t0:.2f}')")
}
stop_app() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

start_app; cold=$STARTUP; stop_app
start_app; warm=$STARTUP

run_wrk() {  # path → "rps p99ms"
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$URL$1" > "$WORK/wrk.txt"
    python3 - "$WORK/wrk.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
m = re.search(r"99%\s+([\d.]+)(us|ms|s)", text)
p99 = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{rps:.0f} {p99:.2f} {errors.group(1) if errors else 0}")
PY
}

curl -sf -o /dev/null "$URL/quartiere/borsigplatz"   # warm caches
read -r min_rps min_p99 min_err <<<"$(run_wrk /bench/minimal)"
read -r q_rps q_p99 q_err <<<"$(run_wrk /quartiere/borsigplatz)"
read -r s_rps s_p99 s_err <<<"$(run_wrk '/suche?q=oesterholzstr')"

# memory after a minute of load on the Quartier page
wrk -t2 -c"$CONNECTIONS" -d"${LOAD_SECONDS}s" "$URL/quartiere/borsigplatz" > /dev/null
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")

ratio=$(python3 -c "print(f'{100*$q_rps/$min_rps:.0f}')")
cat <<REPORT
Gemeinsam foundation benchmark – $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t2 -c$CONNECTIONS -d${DURATION}s
| what | requests/s | p99 (ms) | non-2xx |
| --- | --- | --- | --- |
| /bench/minimal (static Plot page) | $min_rps | $min_p99 | $min_err |
| /quartiere/borsigplatz | $q_rps | $q_p99 | $q_err |
| /suche?q=oesterholzstr | $s_rps | $s_p99 | $s_err |
Quartier page / minimal page: ${ratio} %   (target ≥ 50 %, p99 < 20 ms)
cold start (empty SQLite: migrations + geography import): ${cold} s   (target < 3 s)
warm start: ${warm} s   (target < 1 s)
resident memory after ${LOAD_SECONDS} s of load: $((rss_kb / 1024)) MB   (target < 120 MB)
REPORT
