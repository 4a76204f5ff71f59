#!/usr/bin/env bash
# Orders pushed through the JSON API (/api/v1/orders/batch and /api/v1/orders, an Idempotency-Key on every request) into
# the real app (Release, Production, Kestrel, loopback) on a private durable PostgreSQL cluster (fsync on). Prints
# orders a second (goal: at least 1,000), request latency and the app's peak RSS, and checks every order is stored once.
# Usage: bench/api-ingestion.sh   (BENCH_CLIENTS, BENCH_BATCH, BENCH_ORDERS, BENCH_SINGLE_ORDERS change the load;
#        BENCH_SQL_STATS=1 also prints the statements PostgreSQL spent the most time on, from pg_stat_statements)
set -euo pipefail
cd "$(dirname "$0")/.."
. script/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
pg_find_bin || { echo "error: needs PostgreSQL server binaries (apt-get install postgresql)." >&2; exit 1; }

dir="$PWD/.data/bench-api-ingestion"
. bench/lib/production.sh
production_settings "$dir/settings"
port=$(free_port 55561)
[ "${BENCH_SQL_STATS:-}" = 1 ] && export PG_EXTRA_OPTS="-c shared_preload_libraries=pg_stat_statements"
pg_start "$dir/pg" "$port" durable
trap 'pg_stop "$dir/pg"; rm -rf "$dir"' EXIT
export DISPUTECENTER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres"

dotnet publish src/DisputeCenter.Web -c Release -o "$dir/app" -nr:false -v q
BENCH_WEB_DLL="$dir/app/DisputeCenter.Web.dll" BENCH_PORT=$(free_port 5093) \
  dotnet run --project bench/ApiIngestionBench -c Release -nr:false
