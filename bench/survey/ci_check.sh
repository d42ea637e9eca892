#!/usr/bin/env bash
# CI check (issue 6): `gemeinsam survey weight` gives the same weights as samplics (PyPI) within 1e-9.
#
#   bench/survey/ci_check.sh [GEMEINSAM_BINARY]
#
# GEMEINSAM_BINARY defaults to the debug build (.build/debug/gemeinsam). samplics 0.6.1 and numpy live in a venv
# ($SURVEY_VENV, default /tmp/survey-venv; created if missing). Work files go to $WORK (default: a temp dir).
# Exit code 0 when all cases agree.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BIN="${1:-$ROOT/.build/debug/gemeinsam}"
VENV="${SURVEY_VENV:-/tmp/survey-venv}"
WORK="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/survey-ci.XXXXXX")}"
if [ ! -x "$BIN" ]; then
  echo "!! $BIN fehlt: erst swift build ausführen" >&2
  exit 2
fi
if ! "$VENV/bin/python" -c 'import samplics, numpy' >/dev/null 2>&1; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$HERE/requirements-ci.txt"
fi
"$VENV/bin/python" "$HERE/ci_check.py" "$BIN" "$WORK"
