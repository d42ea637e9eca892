#!/usr/bin/env python3
"""Check a Gemeinsam iCalendar feed against the occurrences the app lists.

Usage:
    check_ics.py FEED.ics EXPECTED.json [--from YYYY-MM-DD --through YYYY-MM-DD]

EXPECTED.json is what GemeinsamCore's `ICalendarCheckFile.expectedJSON` writes:
    {"window": {"from": "2026-01-01", "through": "2026-12-31"},
     "occurrences": [{"uid": "...", "start": "2026-01-06T14:00:00",
                      "end": "2026-01-06T16:00:00", "startUTC": "2026-01-06T13:00:00Z"}, ...]}
A plain JSON list of local start strings ("2026-01-06T14:00:00") is accepted too; then UIDs, ends and
instants are not compared and --from/--through are required.

The feed is first checked for RFC 5545 form (CRLF, lines of at most 75 octets, valid UTF-8 in every
physical line, VTIMEZONE Europe/Berlin that agrees with the tz database, UID/DTSTAMP in every
VEVENT, unique UIDs, UNTIL in UTC),
then parsed with `icalendar` and expanded with `recurring-ical-events` over the window (whole days,
inclusive). Events with STATUS:CANCELLED are left out, as the app leaves out cancelled dates.
Every occurrence is compared by UID, local start and end (Europe/Berlin wall clock as scheduled) and
the UTC instant of the start. End instants are not compared: on the two nights of a clock change
libraries differ for events that span 02:00-03:00.

Exit code 0 when everything matches, 1 on a difference, 2 on bad input.
"""

import argparse
import datetime as dt
import json
import sys
from collections import Counter

from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

MAX_OCTETS = 75


def form_problems(raw: bytes) -> list[str]:
    problems = []
    if not raw.endswith(b"\r\n"):
        problems.append("file does not end with CRLF")
    lines = raw.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: bare CR or LF")
        if len(line) > MAX_OCTETS:
            problems.append(f"line {number}: {len(line)} octets (max {MAX_OCTETS})")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: not valid UTF-8 on its own (fold splits a character)")
    return problems


def structure_problems(calendar) -> list[str]:
    problems = []
    if str(calendar.get("VERSION")) != "2.0":
        problems.append("VERSION is not 2.0")
    if not calendar.get("PRODID"):
        problems.append("PRODID missing")
    zones = [str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")]
    if "Europe/Berlin" not in zones:
        problems.append("VTIMEZONE Europe/Berlin missing")
    uids = []
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", ""))
        if not uid:
            problems.append("VEVENT without UID")
        uids.append(uid)
        if event.get("DTSTAMP") is None:
            problems.append(f"{uid}: DTSTAMP missing")
        start = event.get("DTSTART")
        if start is None or start.params.get("TZID") != "Europe/Berlin":
            problems.append(f"{uid}: DTSTART without TZID=Europe/Berlin")
        rule = event.get("RRULE")
        if rule and "UNTIL" in rule:
            for until in rule["UNTIL"]:
                if not isinstance(until, dt.datetime) or until.utcoffset() != dt.timedelta(0):
                    problems.append(f"{uid}: UNTIL is not a UTC date-time")
    for uid, count in Counter(uids).items():
        if count > 1:
            problems.append(f"UID {uid} occurs {count} times")
    return problems


def vtimezone_problems(calendar) -> list[str]:
    """icalendar resolves TZID=Europe/Berlin with zoneinfo, so the feed's own VTIMEZONE (which
    clients without a tz database use) is checked separately: built as a time zone from its
    STANDARD/DAYLIGHT rules and compared with zoneinfo hourly around every change 1996-2040 and at
    noon every week."""
    zones = [tz for tz in calendar.walk("VTIMEZONE") if str(tz.get("TZID")) == "Europe/Berlin"]
    if not zones:
        return []
    own = zones[0].to_tz(lookup_tzid=False)
    reference = ZoneInfo("Europe/Berlin")
    instants = []
    for year in range(1996, 2041):
        for month in (3, 10):
            last_sunday = max(day for day in range(25, 32) if dt.date(year, month, day).weekday() == 6)
            change = dt.datetime(year, month, last_sunday, 1, tzinfo=dt.timezone.utc)
            instants += [change + dt.timedelta(minutes=30 * k) for k in range(-48, 49)]
        noon = dt.datetime(year, 1, 1, 11, tzinfo=dt.timezone.utc)
        instants += [noon + dt.timedelta(days=7 * k) for k in range(53)]
    wrong = [u for u in instants if u.astimezone(own).utcoffset() != u.astimezone(reference).utcoffset()]
    if wrong:
        return [f"VTIMEZONE Europe/Berlin disagrees with the tz database at {len(wrong)} instants, first {wrong[0].isoformat()}"]
    return []


def local_iso(value) -> str:
    return value.replace(tzinfo=None).isoformat(timespec="seconds")


def utc_iso(value) -> str:
    return value.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def expand(calendar, first: dt.date, last: dt.date, detailed: bool) -> list:
    found = []
    query = recurring_ical_events.of(calendar)
    for event in query.between(first, last + dt.timedelta(days=1)):
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        start = event["DTSTART"].dt
        if not isinstance(start, dt.datetime):
            found.append(("?", f"all-day event {start}", "", ""))
            continue
        if detailed:
            end = event["DTEND"].dt if event.get("DTEND") is not None else start + event["DURATION"].dt
            found.append((str(event["UID"]), local_iso(start), local_iso(end), utc_iso(start)))
        else:
            found.append(local_iso(start))
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ics")
    parser.add_argument("expected")
    parser.add_argument("--from", dest="first", help="first day of the window (YYYY-MM-DD)")
    parser.add_argument("--through", dest="last", help="last day of the window, inclusive (YYYY-MM-DD)")
    args = parser.parse_args()

    with open(args.ics, "rb") as handle:
        raw = handle.read()
    with open(args.expected, encoding="utf-8") as handle:
        expected_file = json.load(handle)

    if isinstance(expected_file, list):
        detailed = False
        window = {}
        expected = sorted(expected_file)
    else:
        detailed = True
        window = expected_file.get("window", {})
        expected = sorted((o["uid"], o["start"], o["end"], o["startUTC"]) for o in expected_file["occurrences"])
    first = args.first or window.get("from")
    last = args.last or window.get("through")
    if not first or not last:
        print("error: window missing (--from/--through or window in the JSON)", file=sys.stderr)
        return 2
    first_day, last_day = dt.date.fromisoformat(first), dt.date.fromisoformat(last)

    problems = form_problems(raw)
    try:
        calendar = icalendar.Calendar.from_ical(raw.decode("utf-8"))
    except Exception as error:  # icalendar raises ValueError and others
        print(f"FAIL {args.ics}: icalendar cannot parse it: {error}")
        return 1
    problems += structure_problems(calendar)
    problems += vtimezone_problems(calendar)

    actual = expand(calendar, first_day, last_day, detailed)
    missing = sorted((Counter(expected) - Counter(actual)).elements())
    extra = sorted((Counter(actual) - Counter(expected)).elements())
    for item in missing:
        problems.append(f"listed by the app but not in the feed: {item}")
    for item in extra:
        problems.append(f"in the feed but not listed by the app: {item}")

    if problems:
        print(f"FAIL {args.ics}: {len(problems)} problem(s)")
        for problem in problems[:50]:
            print("  " + problem)
        return 1
    print(f"OK {args.ics}: {len(actual)} occurrences from {first} through {last} match")
    return 0


if __name__ == "__main__":
    sys.exit(main())
