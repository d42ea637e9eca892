#!/usr/bin/env bash
# Run any command with TEST_DATABASE_URL pointing at a throwaway PostgreSQL cluster
# (127.0.0.1, free port, temp dir; stopped and removed afterwards).
#
#   scripts/with-postgres.sh swift test
#   scripts/with-postgres.sh bash -c 'psql "$TEST_DATABASE_URL" -c "select 1"'
#
# Needs PostgreSQL server binaries (Debian: apt-get install postgresql).
set -euo pipefail
if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
# shellcheck source=scripts/lib-postgres.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib-postgres.sh"
trap 'pg_stop' EXIT
trap 'exit 130' INT TERM
pg_start
set +e
"$@"
rc=$?
set -e
exit "$rc"
