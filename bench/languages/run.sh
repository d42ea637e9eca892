#!/usr/bin/env bash
# Languages benchmark (issue 12): a translated page against the same German page, in the same run, without caches.
# The page cache is off (PAGE_CACHE_SECONDS=0, LIST_CACHE_SECONDS=0), so every request looks up and renders all
# texts; Arabic also runs the fallback-mark pass over the page. Target: every language ≥ 90 % of German's
# requests per second.
#
#   BIN=.build/release/gemeinsam bash bench/languages/run.sh    # any build; compare within one run only
#   DURATION=10 CONNECTIONS=16 bash bench/languages/run.sh
#   PAGES=/boerse ROUNDS=5 bash bench/languages/run.sh        # one page, more rounds
#
# Needs wrk (apt-get install wrk). Only talks to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
ROUNDS=${ROUNDS:-2}
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
BIN=${BIN:-$(swift build -c release --show-bin-path)/gemeinsam}
[ -x "$BIN" ] || swift build -c release --product gemeinsam
command -v wrk >/dev/null || { echo "wrk fehlt: apt-get install -y wrk" >&2; exit 2; }

WORK=$(mktemp -d)
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
URL="http://127.0.0.1:$PORT"

SQLITE_PATH="$WORK/bench.sqlite" PAGE_CACHE_SECONDS=0 LIST_CACHE_SECONDS=0 LOG_LEVEL=warning \
    "$BIN" serve --hostname 127.0.0.1 --port "$PORT" > "$WORK/app.log" 2>&1 &
PID=$!
until curl -sf -o /dev/null "$URL/healthz"; do
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
    sleep 0.05
done

rps() {  # path → requests per second (non-2xx is an error)
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "$URL$1" > "$WORK/wrk.txt"
    if grep -q "Non-2xx" "$WORK/wrk.txt"; then echo "non-2xx answers for $1" >&2; exit 1; fi
    sed -n 's/^Requests\/sec:[[:space:]]*\([0-9.]*\).*/\1/p' "$WORK/wrk.txt"
}

echo "page,language,requests_per_second,share_of_german"
for page in ${PAGES:-/quartiere/borsigplatz /quartiere/borsigplatz/angebote /boerse}; do
    for prefix in "" /tr /ar /uk /leichte-sprache; do curl -sf -o /dev/null "$URL$prefix$page"; done
    best_de=0
    declare -A best=()
    for _ in $(seq "$ROUNDS"); do   # alternate, so drift in the machine hits every language alike
        for prefix in "" /tr /ar /uk /leichte-sprache; do
            r=$(rps "$prefix$page")
            key=${prefix:-/de}
            best[$key]=$(python3 -c "print(max(${best[$key]:-0}, $r))")
        done
    done
    for key in /de /tr /ar /uk /leichte-sprache; do
        python3 -c "print('$page,${key#/},%.0f,%.2f' % (${best[$key]}, ${best[$key]} / ${best[/de]}))"
    done
    unset best
done
