#!/usr/bin/env bash
# Webhook delivery: a burst of events in the outbox of the real app (Release, Production, its own background sender, a
# private durable PostgreSQL cluster) delivered to a signed-webhook receiver on loopback. Prints deliveries a second, the
# lag from event to arrival, and checks every event arrived once with a good signature.
# Usage: bench/webhook-delivery.sh   (BENCH_EVENTS, default 5,000, and BENCH_WEBHOOK_BATCH, the sender's batch, change the load)
set -euo pipefail
cd "$(dirname "$0")/.."
. script/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
pg_find_bin || { echo "error: needs PostgreSQL server binaries (apt-get install postgresql)." >&2; exit 1; }

dir="$PWD/.data/bench-webhook-delivery"
. bench/lib/production.sh
production_settings "$dir/settings"
port=$(free_port 55562)
pg_start "$dir/pg" "$port" durable
trap 'pg_stop "$dir/pg"; rm -rf "$dir"' EXIT
export DISPUTECENTER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres"

dotnet publish src/DisputeCenter.Web -c Release -o "$dir/app" -nr:false -v q
BENCH_WEB_DLL="$dir/app/DisputeCenter.Web.dll" BENCH_PORT=$(free_port 5094) \
  dotnet run --project bench/WebhookDeliveryBench -c Release -nr:false
