#!/usr/bin/env bash
# Disputes filed with a 5 MB photo each by 16 buyers at once, through the real app (Release, Kestrel,
# loopback) on a private durable PostgreSQL cluster (fsync on). Prints filings a second (goal: at least 100), MB a
# second, latency and the app's peak RSS, and checks every acknowledged filing is stored with its photo.
# Usage: bench/filing.sh   (BENCH_CLIENTS, BENCH_FILINGS, BENCH_EVIDENCE_BYTES change the load)
set -euo pipefail
cd "$(dirname "$0")/.."
. script/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
pg_find_bin || { echo "error: needs PostgreSQL server binaries (apt-get install postgresql)." >&2; exit 1; }

dir="$PWD/.data/bench-filing"
. bench/lib/production.sh
production_settings "$dir/settings"
port=$(free_port 55560)
pg_start "$dir/pg" "$port" durable
trap 'pg_stop "$dir/pg"; rm -rf "$dir"' EXIT
export DISPUTECENTER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres"

dotnet publish src/DisputeCenter.Web -c Release -o "$dir/app" -nr:false -v q
BENCH_WEB_DLL="$dir/app/DisputeCenter.Web.dll" BENCH_PORT=$(free_port 5092) \
  dotnet run --project bench/FilingBench -c Release -nr:false
