#!/usr/bin/env bash
# Nachbarschaftsbörse benchmark (issue 4): a Quartier's listing page against the minimal page, with 50,000 listings,
# and the time of the suggestions for one listing.
#
#   bench/exchange/run.sh                     # builds the release binary if needed
#   BIN=.build/release/gemeinsam N=50000 QUARTIERE="nordmarkt hombruch" DURATION=20s bench/exchange/run.sh
#
# Needs wrk (apt-get install -y wrk). Uses a fresh SQLite file in $WORK (default /tmp/gemeinsam-exchange-bench).
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$REPO"
N=${N:-50000}
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
QUARTIERE=${QUARTIERE:-"nordmarkt hombruch"}
WORK=${WORK:-/tmp/gemeinsam-exchange-bench}
BIN=${BIN:-}
if [ -z "$BIN" ]; then
    swift build -c release --product gemeinsam >&2
    BIN="$(swift build -c release --show-bin-path)/gemeinsam"
fi
command -v wrk >/dev/null || { echo "wrk fehlt: apt-get install -y wrk" >&2; exit 2; }

mkdir -p "$WORK"
DB="$WORK/bench.sqlite"
rm -f "$DB" "$DB-shm" "$DB-wal"
export SQLITE_PATH="$DB" BACKGROUND_INTERVAL=0 LOG_LEVEL=${LOG_LEVEL:-warning}
unset DATABASE_URL DEMO_ACCOUNTS_PASSWORD

echo "== machine: $(nproc) cores, $(uname -m); $(swift --version 2>/dev/null | head -n 1)"
echo "== seeding: geography, sample content and $N listings into $DB"
"$BIN" bench-seed-listings "$N" --env production
sqlite3 "$DB" "select count(*) || ' listings, ' || sum(status = 'open') || ' stored as open' from listings" 2>/dev/null || true

echo "== suggestions (SQL + ranking in GemeinsamCore) for 500 open listings"
"$BIN" bench-suggestions 500 --env production

SERVER=""
start_server() {  # extra environment assignments
    stop_server
    env "$@" "$BIN" serve --env production --hostname 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 100); do
        kill -0 $SERVER 2>/dev/null || { echo "server did not start:"; tail -5 "$WORK/server.log"; exit 1; }
        curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz" && break
        sleep 0.2
    done
    echo "== server ($*): $BIN serve on port $PORT (pid $SERVER); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
stop_server() {
    if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=""; fi
}
trap stop_server EXIT

run() {  # NAME PATH
    local out
    local code
    code=$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$PORT$2")
    [ "$code" = 200 ] || { echo "GET $2: HTTP $code, expected 200" >&2; exit 1; }
    curl -s -o /dev/null -w "   $2: HTTP %{http_code}, %{size_download} bytes\n" "http://127.0.0.1:$PORT$2"
    wrk -t2 -c4 -d3s "http://127.0.0.1:$PORT$2" >/dev/null   # warm-up
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$2")
    echo "$out"
    RPS[$1]=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    P99[$1]=$(awk '$1 == "99%" {print $2}' <<<"$out")
}
declare -A RPS P99
echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
start_server LIST_CACHE_SECONDS=10
run minimal /bench/minimal
for q in $QUARTIERE; do run "$q" "/boerse/quartier/$q"; done
# the same without the list cache: every request queries and renders
start_server LIST_CACHE_SECONDS=0
for q in $QUARTIERE; do run "$q-uncached" "/boerse/quartier/$q"; done
stop_server

echo "== summary (minimal page and cached runs from the same server process)"
for q in $QUARTIERE $(for q in $QUARTIERE; do echo "$q-uncached"; done); do
    awk -v q="$q" -v r="${RPS[$q]}" -v m="${RPS[minimal]}" -v p="${P99[$q]}" \
        'BEGIN { printf "   /boerse/quartier/%s: %.0f req/s = %.1f %% of /bench/minimal (%.0f req/s), p99 %s\n", q, r, 100 * r / m, m, p }'
done
