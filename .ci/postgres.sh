#!/usr/bin/env bash
# Starts a private PostgreSQL cluster for the Postgres suites, on a loopback port, as the unprivileged
# postgres user. Prints the cluster's directory; stop it with: postgres.sh stop <dir>.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ "${1:-}" = "stop" ]; then
  su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $2/data -m fast stop" >/dev/null
  rm -rf "$2"
  exit 0
fi
if [ -z "$PGBIN" ]; then
  # Debian's server package; a fresh machine has only the client, if that.
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
PGDIR=$(mktemp -d /tmp/lsm-postgres-XXXXXX)
chown postgres "$PGDIR"
su postgres -s /bin/sh -c "$PGBIN/initdb -D $PGDIR/data -A trust -U postgres" >/dev/null
su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGDIR/data -w -l $PGDIR/log -o '-k $PGDIR -p ${PGPORT:-54329} -c listen_addresses=127.0.0.1' start" >/dev/null
echo "$PGDIR"
