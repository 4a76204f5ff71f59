#!/usr/bin/env bash
# Generates the bench/pages.sh data set into a PostgreSQL database: recreates the database empty, lets the app migrate it
# (its own migration, roles and default deadline policies: the published app started once in Production), then loads
# bench/data/pages-data.sql (1,000,000 orders, 200,000 disputes; see that file) and VACUUM ANALYZEs.
# Usage: bench/data/generate.sh --port PORT --database NAME [--app path/to/DisputeCenter.Web.dll]
#   Without --app the app is published (Release) to .data/bench-pages/app first. Needs $PGBIN (script/lib/postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
. script/lib/postgres.sh
. bench/lib/production.sh
production_settings "$PWD/.data/bench-settings"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
pg_find_bin || { echo "error: needs PostgreSQL server binaries (apt-get install postgresql)." >&2; exit 1; }

port='' database='' app=''
while [ $# -gt 0 ]; do
  case $1 in
    --port) port=$2; shift 2 ;;
    --database) database=$2; shift 2 ;;
    --app) app=$2; shift 2 ;;
    *) echo "usage: $0 --port PORT --database NAME [--app DLL]" >&2; exit 2 ;;
  esac
done
[ -n "$port" ] && [ -n "$database" ] || { echo "usage: $0 --port PORT --database NAME [--app DLL]" >&2; exit 2; }
if [ -z "$app" ]; then
  dotnet publish src/DisputeCenter.Web -c Release -o .data/bench-pages/app -nr:false -v q
  app=.data/bench-pages/app/DisputeCenter.Web.dll
fi

psql() { "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -X -q "$@"; }
started=$(date +%s)
psql -d postgres -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" -c "CREATE DATABASE \"$database\""

# 1. The app's own migration: start it once, wait until it listens (it migrates before it listens), stop it.
web_port=$(free_port 5180)
log=$(mktemp)
ASPNETCORE_ENVIRONMENT=Production \
ConnectionStrings__DisputeCenter="Host=127.0.0.1;Port=$port;Database=$database;Username=postgres" \
Database__MigrateOnStartup=true Deadlines__SweeperEnabled=false Email__SenderEnabled=false \
  dotnet "$app" --urls "http://127.0.0.1:$web_port" >"$log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$web_port/health/ready" 2>/dev/null; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then cat "$log" >&2; echo "error: the app stopped while migrating" >&2; exit 1; fi
  sleep 1
done
curl -fsS -o /dev/null "http://127.0.0.1:$web_port/health/ready" || { cat "$log" >&2; kill "$app_pid"; exit 1; }
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
rm -f "$log"
migrated=$(date +%s)
echo "migrated by the app in $((migrated - started)) s; loading the data..."

# 2. The data, then statistics and visibility maps as a long-running database would have them.
psql -d "$database" -f bench/data/pages-data.sql
psql -d "$database" -c "VACUUM (ANALYZE)"
loaded=$(date +%s)
echo "data loaded in $((loaded - migrated)) s (total $((loaded - started)) s):"
psql -d "$database" -At -F ' ' -c "
  SELECT relname, n_live_tup FROM pg_stat_user_tables
  WHERE relname IN ('users', 'sellers', 'orders', 'order_lines', 'disputes', 'dispute_events', 'dispute_offers', 'dispute_decisions',
                    'refunds', 'information_requests', 'evidence_items', 'notifications') ORDER BY relname" | sed 's/^/  /'
psql -d "$database" -At -c "SELECT '  database size ' || pg_size_pretty(pg_database_size(current_database()))"
