#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the tests and print its URL.
#
#   eval "$(scripts/start_postgres.sh)"      # sets RASD_TEST_PG_URL in the calling shell
#   source scripts/start_postgres.sh         # same
#
# Installs the Debian package when no server binaries are found (needs root + apt), creates a
# cluster under ${RASD_PG_DIR:-/tmp/rasd-pg} owned by a non-root user (postgres, or the caller when
# not root), starts it on ${RASD_PG_PORT:-54329} (unix socket in the same folder) and creates the
# database "rasd_test".  Running it again reuses the running server.  Stop it with
#   pg_ctl -D "${RASD_PG_DIR:-/tmp/rasd-pg}/data" stop
set -euo pipefail

PGDIR="${RASD_PG_DIR:-/tmp/rasd-pg}"
PORT="${RASD_PG_PORT:-54329}"
DB="rasd_test"

find_bin() {
    local d
    for d in /usr/lib/postgresql/*/bin /usr/local/pgsql/bin /usr/local/bin /usr/bin; do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
    done
    return 1
}

BIN="$(find_bin || true)"
if [ -z "$BIN" ]; then
    echo "start_postgres: installing postgresql (apt-get)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
    BIN="$(find_bin)"
fi

if [ "$(id -u)" = "0" ]; then
    RUNAS="postgres"
    id "$RUNAS" >/dev/null 2>&1 || useradd --system --home "$PGDIR" "$RUNAS"
    as_user() { su -s /bin/bash "$RUNAS" -c "$*"; }
else
    RUNAS="$(id -un)"
    as_user() { bash -c "$*"; }
fi

mkdir -p "$PGDIR"
chown "$RUNAS" "$PGDIR" 2>/dev/null || true
if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
    as_user "'$BIN/initdb' -D '$PGDIR/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >&2
fi
if ! as_user "'$BIN/pg_ctl' -D '$PGDIR/data' status" >/dev/null 2>&1; then
    as_user "'$BIN/pg_ctl' -D '$PGDIR/data' -l '$PGDIR/server.log' -w \
        -o \"-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off\" start" >&2
fi
if ! as_user "'$BIN/psql' -h 127.0.0.1 -p $PORT -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='$DB'\"" | grep -q 1; then
    as_user "'$BIN/createdb' -h 127.0.0.1 -p $PORT -U postgres $DB" >&2
fi

export RASD_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PORT/$DB"
echo "export RASD_TEST_PG_URL=$RASD_TEST_PG_URL"
