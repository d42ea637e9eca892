#!/usr/bin/env bash
# Checks every committed sample feed (Fixtures/calendar/NAME.ics + NAME.expected.json) with
# check_ics.py: parsed with icalendar, expanded with recurring-ical-events, compared with the dates
# GemeinsamCore lists. Usage: bash bench/calendar/check_fixtures.sh [FOLDER]
# Makes a venv in ${CALENDAR_VENV:-/tmp/gemeinsam-calendar-venv} on first use (PyPI).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
folder="${1:-$here/../../Tests/GemeinsamCoreTests/Fixtures/calendar}"
venv="${CALENDAR_VENV:-/tmp/gemeinsam-calendar-venv}"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import icalendar, recurring_ical_events" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet -r "$here/requirements.txt"
fi
passed=0
failed=0
for ics in "$folder"/*.ics; do
    if "$venv/bin/python" "$here/check_ics.py" "$ics" "${ics%.ics}.expected.json"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done
echo "calendar-feeds: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
