#!/bin/sh
# Start a throwaway PostgreSQL server for the store tests and print the line that points them at it:
#
#     eval "$(.ci/postgres.sh)"      # sets CLAIMLINE_TEST_PG_URL
#
# Installs Debian's `postgresql` with apt-get when no server binaries are found (needs root),
# initialises a cluster in $CLAIMLINE_PG_DATA (C locale, UTF-8), starts it on 127.0.0.1:$CLAIMLINE_PG_PORT
# (as the `postgres` user when run as root: PostgreSQL refuses to run as root) and creates a
# login role and a database. Idempotent: a second run reuses the running server. Logs go to stderr;
# stdout carries only the `export` line.
set -eu

PORT="${CLAIMLINE_PG_PORT:-54329}"
DATA="${CLAIMLINE_PG_DATA:-/tmp/claimline-pg/data}"
ROLE="${CLAIMLINE_PG_USER:-claimline}"
PASSWORD="${CLAIMLINE_PG_PASSWORD:-claimline}"
DBNAME="${CLAIMLINE_PG_DB:-claimline_test}"

log() { echo "postgres.sh: $*" >&2; }

case "$DATA" in /*) ;; *) DATA="$PWD/$DATA" ;; esac
cd /  # the postgres user may not be allowed into the current directory

pg_bindir() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BIN="$(pg_bindir)"
if [ -z "$BIN" ] || [ ! -x "$BIN/pg_ctl" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        log "PostgreSQL is not installed and this is not root: run 'apt-get install postgresql' first"
        exit 1
    fi
    log "installing postgresql with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    BIN="$(pg_bindir)"
fi

# as root, run the server tools as the postgres user (created by the Debian package)
if [ "$(id -u)" -eq 0 ]; then
    as_owner() { runuser -u postgres -- "$@"; }
    OWNER=postgres
else
    as_owner() { "$@"; }
    OWNER="$(id -un)"
fi

PARENT="$(dirname "$DATA")"
mkdir -p "$PARENT"
chown "$OWNER" "$PARENT"
SOCKDIR="$PARENT"

if [ ! -f "$DATA/PG_VERSION" ]; then
    log "initialising a cluster in $DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 --no-locale \
        --auth-local=trust --auth-host=scram-sha-256 >&2
fi

if as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    log "server already running ($DATA)"
else
    log "starting the server on 127.0.0.1:$PORT"
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$PARENT/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $SOCKDIR -c fsync=off" start >&2 || {
        log "the server did not start; its log:"
        tail -n 20 "$PARENT/server.log" >&2
        exit 1
    }
fi

psql_admin() {
    as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKDIR" -p "$PORT" -U postgres -d postgres "$@"
}

if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
    log "creating role $ROLE"
    psql_admin -c "CREATE ROLE \"$ROLE\" LOGIN PASSWORD '$PASSWORD'" >&2
fi
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DBNAME'")" != "1" ]; then
    log "creating database $DBNAME"
    psql_admin -c "CREATE DATABASE \"$DBNAME\" OWNER \"$ROLE\"" >&2
fi

echo "export CLAIMLINE_TEST_PG_URL=postgresql://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DBNAME"
