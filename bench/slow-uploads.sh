#!/usr/bin/env bash
# 200 evidence uploads sending one byte a second against the real app (Release, Production, Kestrel on loopback), with
# the order list read meanwhile (its p99) and the app's database connections sampled: the pool must stay free.
#   BENCH_SECONDS=30 (default)   how long each of the two runs measures
set -euo pipefail
cd "$(dirname "$0")/.."
. script/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
pg_find_bin || { echo "error: needs PostgreSQL server binaries (apt-get install postgresql)." >&2; exit 1; }

dir="$PWD/.data/bench-slow-uploads"
. bench/lib/production.sh
production_settings "$dir.settings"
port=$(free_port 55560)
pg_start "$dir" "$port" durable
trap 'pg_stop "$dir"; rm -rf "$dir" "$dir.settings"' EXIT
export DISPUTECENTER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres"

dotnet build src/DisputeCenter.Web -c Release -nr:false --verbosity quiet
BENCH_WEB_DLL="$PWD/src/DisputeCenter.Web/bin/Release/net10.0/DisputeCenter.Web.dll" BENCH_PORT=$(free_port 5095) \
  dotnet run --project bench/SlowUploadsBench -c Release -nr:false
