#!/usr/bin/env bash
# Begegnung benchmark (issue 3): a Quartier's offer list under wrk with 2,000 offers, 20,000 dates and 300 places
# (plus the sample content), beside the minimal static Plot page of the same binary.
#
#   bash bench/meetings/run.sh            # release binary from .build-release (or BIN=…)
#
# The offer list is measured as served (its main content cached for PAGE_CACHE_SECONDS, default 60 s, emptied by
# every change through the site) and once more with the cache off.
#
# The expansion benchmark of the recurrence engine (2,000 weekly offers for a year) is bench/calendar.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-64}
. bench/lib.sh
SQLITE_PATH="$DB" "$BIN" bench-seed-meetings --places 300 --offers 2000 2>&1 | tail -1
SQLITE_PATH="$DB" LOG_LEVEL=warning "$BIN" serve --hostname 127.0.0.1 --port "$PORT" > "$WORK/app.log" 2>&1 &
PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz"; do sleep 0.1; done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/quartiere/borsigplatz/angebote"
read -r m_rps m_p99 m_bad <<<"$(measure /bench/minimal)"
read -r q_rps q_p99 q_bad <<<"$(measure /quartiere/borsigplatz/angebote)"
items=$(curl -s "http://127.0.0.1:$PORT/quartiere/borsigplatz/angebote" | grep -o 'class="offer-item"' | wc -l)
echo "| what | requests/s | p99 (ms) | non-2xx |"
echo "| --- | --- | --- | --- |"
echo "| /bench/minimal | $m_rps | $m_p99 | $m_bad |"
echo "| /quartiere/borsigplatz/angebote ($items offers listed) | $q_rps | $q_p99 | $q_bad |"
python3 -c "print(f'offer list / minimal page: {100*$q_rps/$m_rps:.0f} % (target >= 40 %, p99 < 30 ms)')"

# the same list without the page cache (PAGE_CACHE_SECONDS=0): every request queries, sorts and renders
kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true
SQLITE_PATH="$DB" LOG_LEVEL=warning PAGE_CACHE_SECONDS=0 "$BIN" serve --hostname 127.0.0.1 --port "$PORT" > "$WORK/app.log" 2>&1 &
PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz"; do sleep 0.1; done
read -r u_rps u_p99 u_bad <<<"$(measure /quartiere/borsigplatz/angebote)"
echo "| same list, page cache off (PAGE_CACHE_SECONDS=0) | $u_rps | $u_p99 | $u_bad |"
python3 -c "print(f'uncached offer list / minimal page: {100*$u_rps/$m_rps:.0f} %')"
