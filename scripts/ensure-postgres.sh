#!/usr/bin/env bash
# Makes sure PostgreSQL server binaries (initdb, pg_ctl, postgres) are on this machine, installing Debian's
# postgresql-15 when they are missing and we may install. Idempotent; never starts a server itself: the tests
# start a throwaway cluster on a free loopback port and stop it afterwards.
set -euo pipefail

find_bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir; return 0
  fi
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

if bindir=$(find_bindir); then
  echo "postgres: server binaries in $bindir"
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "postgres: installing postgresql-15 from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql-15 >/dev/null
  # Debian's package creates and starts a default cluster; the tests never use it, so stop it to save memory.
  if command -v pg_ctlcluster >/dev/null 2>&1; then pg_ctlcluster 15 main stop >/dev/null 2>&1 || true; fi
  bindir=$(find_bindir) && { echo "postgres: server binaries in $bindir"; exit 0; }
fi

cat >&2 <<'MSG'
************************************************************************
*  PostgreSQL server binaries were not found and could not be installed.
*  The PostgreSQL store tests will be reported as SKIPPED.
*  Install postgresql-15 (Debian) to run them.
************************************************************************
MSG
exit 0
