# shellcheck shell=bash
# Throwaway PostgreSQL cluster helpers, sourced by .ci/run and scripts/with-postgres.sh.
#
#   source scripts/lib-postgres.sh
#   pg_start          # initdb + start on a free 127.0.0.1 port, exports TEST_DATABASE_URL
#   ...               # run things
#   pg_stop           # pg_ctl stop -m fast, removes the temp dir (idempotent)
#
# Everything lives in one `mktemp -d` directory (data dir, unix socket, log).
# As root the server runs as the `postgres` user (created if missing), otherwise
# as the current user. Nothing listens on anything but 127.0.0.1.
#
# Knobs (env): PG_DB (gemeinsam_test), PG_ROLE (gemeinsam), PG_PASSWORD (random),
#              PG_EXTRA_OPTS (extra `postgres -c` options), PG_QUIET=1 (less output).
# Exported after pg_start: TEST_DATABASE_URL, PG_TMPDIR, PG_PORT, PG_BIN, PG_SOCKET_DIR.

PG_TMPDIR="${PG_TMPDIR:-}"
PG_STARTED="${PG_STARTED:-0}"

pg__log() { [ "${PG_QUIET:-0}" = 1 ] || echo "[postgres] $*" >&2; }

# Directory holding initdb/pg_ctl/postgres/psql.
pg_find_bin() {
    local d
    if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then echo "$PG_BIN"; return 0; fi
    # Prefer Debian's versioned directory (has psql next to the server binaries).
    d=$(printf '%s\n' /usr/lib/postgresql/*/bin | grep -v '\*' | sort -V | tail -n 1 || true)
    if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v initdb)")"; return 0
    fi
    return 1
}

pg_have_server() { pg_find_bin >/dev/null 2>&1; }

# A free TCP port on 127.0.0.1 (tiny race window between probing and binding).
free_port() {
    python3 -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Run a command as the cluster owner (postgres when we are root), inside the temp dir.
pg__as_owner() {
    if [ "$(id -u)" = 0 ]; then
        (cd "$PG_TMPDIR" && runuser -u postgres -- "$@")
    else
        (cd "$PG_TMPDIR" && "$@")
    fi
}

pg__ensure_user() {
    [ "$(id -u)" = 0 ] || return 0
    id -u postgres >/dev/null 2>&1 && return 0
    pg__log "creating system user postgres"
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
        --shell /bin/sh postgres
}

pg_start() {
    if [ "$PG_STARTED" = 1 ]; then pg__log "already running on port $PG_PORT"; return 0; fi
    PG_BIN=$(pg_find_bin) || { echo "[postgres] initdb/pg_ctl not found (install postgresql)" >&2; return 1; }
    pg__ensure_user || return 1

    local db="${PG_DB:-gemeinsam_test}" role="${PG_ROLE:-gemeinsam}"
    local pass="${PG_PASSWORD:-}"
    if [ -z "$pass" ]; then
        pass=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
    fi

    local base="${TMPDIR:-/tmp}"
    [ "$(id -u)" = 0 ] && base=/tmp   # postgres must be able to reach it
    PG_TMPDIR=$(mktemp -d "$base/gemeinsam-pg.XXXXXX") || return 1
    chmod 700 "$PG_TMPDIR"
    [ "$(id -u)" = 0 ] && chown postgres: "$PG_TMPDIR"
    PG_SOCKET_DIR="$PG_TMPDIR"

    pg__log "initdb in $PG_TMPDIR/data ($PG_BIN)"
    if ! pg__as_owner "$PG_BIN/initdb" -D "$PG_TMPDIR/data" --username=postgres \
            --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 \
            --locale=C.UTF-8 --no-sync >"$PG_TMPDIR/initdb.log" 2>&1; then
        echo "[postgres] initdb failed:" >&2; cat "$PG_TMPDIR/initdb.log" >&2
        return 1
    fi

    local attempt opts
    for attempt in 1 2 3; do
        PG_PORT=$(free_port) || return 1
        # Throwaway cluster: durability off for speed; loopback + private socket only.
        opts="-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_SOCKET_DIR"
        opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        opts="$opts -c max_connections=200 ${PG_EXTRA_OPTS:-}"
        pg__log "starting on 127.0.0.1:$PG_PORT (attempt $attempt)"
        if pg__as_owner "$PG_BIN/pg_ctl" -D "$PG_TMPDIR/data" -l "$PG_TMPDIR/server.log" \
                -w -t 60 -o "$opts" start >/dev/null; then
            PG_STARTED=1
            break
        fi
        echo "[postgres] start failed on port $PG_PORT:" >&2
        tail -n 20 "$PG_TMPDIR/server.log" >&2 || true
    done
    if [ "$PG_STARTED" != 1 ]; then return 1; fi

    local psql=psql
    [ -x "$PG_BIN/psql" ] && psql="$PG_BIN/psql"
    # Role names/passwords are generated or set by us: plain identifiers/hex.
    if ! pg__as_owner "$psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$PG_PORT" \
            -U postgres -d postgres >/dev/null <<SQL
CREATE ROLE "$role" LOGIN PASSWORD '$pass';
CREATE DATABASE "$db" OWNER "$role";
SQL
    then
        echo "[postgres] creating role/database failed" >&2
        return 1
    fi

    TEST_DATABASE_URL="postgres://$role:$pass@127.0.0.1:$PG_PORT/$db"
    export TEST_DATABASE_URL PG_TMPDIR PG_PORT PG_BIN PG_SOCKET_DIR PG_STARTED
    pg__log "ready: postgres://$role:***@127.0.0.1:$PG_PORT/$db"
}

# psql as superuser over the private socket: pg_psql -c 'select 1'
pg_psql() {
    local psql=psql
    [ -x "$PG_BIN/psql" ] && psql="$PG_BIN/psql"
    pg__as_owner "$psql" -X -h "$PG_SOCKET_DIR" -p "$PG_PORT" -U postgres -d "${PG_DB:-gemeinsam_test}" "$@"
}

pg_stop() {
    if [ "$PG_STARTED" = 1 ] && [ -n "$PG_TMPDIR" ] && [ -d "$PG_TMPDIR/data" ]; then
        pg__log "stopping (pg_ctl stop -m fast)"
        pg__as_owner "$PG_BIN/pg_ctl" -D "$PG_TMPDIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 \
            || pg__as_owner "$PG_BIN/pg_ctl" -D "$PG_TMPDIR/data" -m immediate -w stop >/dev/null 2>&1 \
            || true
    fi
    PG_STARTED=0
    if [ -n "$PG_TMPDIR" ] && [ -d "$PG_TMPDIR" ]; then
        rm -rf "$PG_TMPDIR"
    fi
    PG_TMPDIR=""
    unset TEST_DATABASE_URL
}
