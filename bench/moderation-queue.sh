#!/usr/bin/env bash
# The moderation queue at 200,000 disputes: generates the data in a private, durable PostgreSQL cluster
# (fsync on, as in production), then prints timings through the service layer and EXPLAIN ANALYZE
# of the queries EF Core sends. Usage: bench/moderation-queue.sh [--keep]  (--keep leaves the cluster in .data/bench-moderation)
set -euo pipefail
cd "$(dirname "$0")/.."
. script/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
pg_find_bin || { echo "error: needs PostgreSQL server binaries (apt-get install postgresql)." >&2; exit 1; }

dir="$PWD/.data/bench-moderation"
port=$(free_port 55520)
pg_start "$dir" "$port" durable
if [ "${1:-}" != "--keep" ]; then
  trap 'pg_stop "$dir"; rm -rf "$dir"' EXIT
fi
pg_ensure_database "$port" modqueuebench
export BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Database=modqueuebench;Username=postgres"

dotnet run --project bench/ModerationQueueBench -c Release -nr:false
