#!/usr/bin/env bash
# The deadline sweeper over 10,000 overdue disputes (BENCH_DISPUTES to change), in a private durable
# PostgreSQL cluster (fsync on). Prints the time and the rate for one sweeper, then for two racing.
set -euo pipefail
cd "$(dirname "$0")/.."
. script/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
pg_find_bin || { echo "error: needs PostgreSQL server binaries (apt-get install postgresql)." >&2; exit 1; }

dir="$PWD/.data/bench-sweep"
port=$(free_port 55520)
pg_start "$dir" "$port" durable
trap 'pg_stop "$dir"; rm -rf "$dir"' EXIT
export DISPUTECENTER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres"

dotnet run --project bench/DeadlineSweepBench -c Release -nr:false
