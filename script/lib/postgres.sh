# Helpers for a private PostgreSQL cluster on loopback, shared by script/server and script/test.
# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` OS user.

pg_find_bin() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir=$(pg_config --bindir 2>/dev/null)
    if [ -x "$dir/initdb" ]; then PGBIN=$dir; return 0; fi
  fi
  for dir in /usr/lib/postgresql/*/bin /usr/local/pgsql/bin; do
    if [ -x "$dir/initdb" ]; then PGBIN=$dir; return 0; fi
  done
  dir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
  if [ -x "$dir/initdb" ]; then PGBIN=$dir; return 0; fi
  return 1
}

# Runs a command as the cluster's owner.
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_start DIR PORT durable|throwaway: initialise the cluster in DIR if needed, and start it unless running.
pg_start() {
  local dir=$1 port=$2 mode=$3 opts
  if [ "$(id -u)" = 0 ]; then
    install -d -o postgres -g postgres -m 700 "$dir/data"
    install -d -o postgres -g postgres -m 755 "$dir/run"
  else
    install -d -m 700 "$dir/data"
    install -d -m 755 "$dir/run"
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    pg_as_owner "$PGBIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/run/initdb.log" 2>&1 \
      || { cat "$dir/run/initdb.log" >&2; return 1; }
  fi
  if pg_as_owner "$PGBIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    return 0
  fi
  opts="-p $port -k $dir/run -c listen_addresses=127.0.0.1 -c max_connections=200"
  if [ "$mode" = throwaway ]; then
    opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  # PG_EXTRA_OPTS: more server settings for one run (a benchmark's pg_stat_statements, say).
  opts="$opts ${PG_EXTRA_OPTS:-}"
  pg_as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/run/postgres.log" -w -t 60 -o "$opts" start >/dev/null \
    || { tail -n 20 "$dir/run/postgres.log" >&2; return 1; }
}

pg_stop() {
  local dir=$1
  [ -f "$dir/data/PG_VERSION" ] || return 0
  pg_find_bin || return 0
  if pg_as_owner "$PGBIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    pg_as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi
}

# The port a running cluster in DIR listens on, if any.
pg_running_port() {
  local dir=$1
  [ -f "$dir/data/postmaster.pid" ] && sed -n '4p' "$dir/data/postmaster.pid"
}

# pg_ensure_database PORT NAME
pg_ensure_database() {
  local port=$1 name=$2
  if ! "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atqc "select 1 from pg_database where datname = '$name'" | grep -q 1; then
    "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "create database \"$name\"" >/dev/null
  fi
}

# pg_ensure_login PORT NAME: a login role without a password (the private cluster trusts loopback).
pg_ensure_login() {
  local port=$1 name=$2
  if ! "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atqc "select 1 from pg_roles where rolname = '$name'" | grep -q 1; then
    "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "create role \"$name\" login" >/dev/null
  fi
}

# A free loopback TCP port at or above $1.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
  done
  echo "$port"
}
