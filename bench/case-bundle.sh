#!/usr/bin/env bash
# The case file of a dispute with 500 MB of evidence downloaded as one ZIP from the real app (Release build, Kestrel,
# loopback), with the app's peak resident memory sampled throughout. Private durable PostgreSQL cluster (fsync on).
set -euo pipefail
cd "$(dirname "$0")/.."
. script/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
pg_find_bin || { echo "error: needs PostgreSQL server binaries (apt-get install postgresql)." >&2; exit 1; }

dir="$PWD/.data/bench-case-bundle"
. bench/lib/production.sh
production_settings "$dir.settings"
port=$(free_port 55541)
pg_start "$dir" "$port" durable
trap 'pg_stop "$dir"; rm -rf "$dir" "$dir.settings"' EXIT
export DISPUTECENTER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres"

dotnet build src/DisputeCenter.Web -c Release -nr:false --verbosity quiet
BENCH_WEB_DLL="$PWD/src/DisputeCenter.Web/bin/Release/net10.0/DisputeCenter.Web.dll" BENCH_PORT=$(free_port 5091) \
  dotnet run --project bench/CaseBundleBench -c Release -nr:false
