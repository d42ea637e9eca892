#!/usr/bin/env bash
# Wegbegleitung benchmark (issue 13): GET /api/v1/recommendations for a Quartier with 2,000 offers in the city
# (300 places, bench-seed-meetings), without caches (the API has none). Target: p99 < 20 ms.
#
#   bash bench/guidance/run.sh                 # release binary from .build-release (or BIN=…)
#   DURATION=10 CONNECTIONS=16 bash bench/guidance/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-16}
. bench/lib.sh
SQLITE_PATH="$DB" "$BIN" bench-seed-meetings --places 300 --offers 2000 2>&1 | tail -1
SQLITE_PATH="$DB" LOG_LEVEL=warning "$BIN" serve --hostname 127.0.0.1 --port "$PORT" > "$WORK/app.log" 2>&1 &
PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz"; do sleep 0.1; done
ALL="/api/v1/recommendations?area=06&languages=de,tr&limit=5"
NARROW="/api/v1/recommendations?area=06&street=Oesterholzstra%C3%9Fe&interests=treffpunkt,bewegung&stepFree=true&free=true&weekdays=mo,di,mi&timesOfDay=vormittag,nachmittag&limit=5"
curl -sf "http://127.0.0.1:$PORT$ALL" | python3 -c 'import json,sys; print("suggestions:", json.load(sys.stdin)["count"])'
read -r m_rps m_p99 m_bad <<<"$(measure /bench/minimal)"
read -r a_rps a_p99 a_bad <<<"$(measure "$ALL")"
read -r n_rps n_p99 n_bad <<<"$(measure "$NARROW")"
echo "| what | requests/s | p99 (ms) | non-2xx |"
echo "| --- | --- | --- | --- |"
echo "| /bench/minimal | $m_rps | $m_p99 | $m_bad |"
echo "| recommendations, German and Turkish, no other need | $a_rps | $a_p99 | $a_bad |"
echo "| recommendations, street, interests, step-free, free, weekdays, times | $n_rps | $n_p99 | $n_bad |"
