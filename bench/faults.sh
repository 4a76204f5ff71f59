#!/usr/bin/env bash
# The fault suite: starts the farm (script/farm: nginx with TLS, three instances, pgbouncer, a primary and a streaming
# standby), runs bench/FaultSuite against it and prints each fault's figure with PASS or FAIL. Exits non-zero when a
# fault failed. Takes about 5 minutes after the farm is up; too long for CI, so script/test does not run it.
#   bench/faults.sh [--keep] [--only sessions,decisions,email-kill,webhook-kill,sweep-kill,upload-kill,database-down]
#   --keep   leave the farm running afterwards (script/farm --stop stops it)
set -euo pipefail
cd "$(dirname "$0")/.."
keep=false
while [ $# -gt 0 ]; do
  case $1 in
    --keep) keep=true; shift ;;
    --only) export FAULTS_ONLY=$2; shift 2 ;;
    *) sed -n '2,7p' "$0" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
# A farm of its own, so a developer's script/farm is left alone.
export FARM_DIR=${FARM_DIR:-$PWD/.data/farm-faults} FARM_PORT_BASE=${FARM_PORT_BASE:-56500}
# The sweepers look for due deadlines every second, so a kill lands in the middle of their work.
export FARM_SWEEP_SECONDS=1
# The webhook senders look every second and a killed sender's deliveries are released after 10 s (900 s in the shipped
# settings), so the redelivery comes within the run.
export FARM_WEBHOOK_SECONDS=1 FARM_WEBHOOK_LEASE_SECONDS=10
# The same for e-mail, sent to the suite's own SMTP server on FARM_PORT_BASE + 25.
export FARM_EMAIL=true FARM_EMAIL_SECONDS=1 FARM_EMAIL_LEASE_SECONDS=10
$keep || trap 'script/farm --stop >/dev/null' EXIT
# Each run starts from empty clusters, so no backlog of an earlier run's e-mail or webhooks stands in the way.
script/farm --stop >/dev/null
rm -rf "$FARM_DIR"
script/farm
dotnet build bench/FaultSuite -c Release -nr:false --verbosity quiet >/dev/null
FARM_ROOT=$PWD dotnet bench/FaultSuite/bin/Release/net10.0/FaultSuite.dll
