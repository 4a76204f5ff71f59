#!/usr/bin/env bash
# The app's pages under load, against 1,000,000 orders and 200,000 disputes (bench/data/), beside two floors (bench/FloorApp).
# Runs the published app and the floor app in Release + Production against a private, durable PostgreSQL cluster in
# .data/bench-pages (fsync on; kept between runs, the data is generated once) and measures each page with wrk in
# interleaved rounds: req/s, p50/p99, errors, SQL statements per request (pg_stat_statements) and peak RSS.
# Usage: bench/pages.sh [--regenerate] [--rounds N] [--warmup SECONDS] [--duration SECONDS] [--connections N] [--only REGEX] [--stop]
#   --regenerate  drop and generate the data again (about 5 minutes)     --stop  stop the cluster and exit
#   --only REGEX  measure only the pages whose name matches (the two floors are always measured)
set -euo pipefail
cd "$(dirname "$0")/.."
. script/lib/postgres.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
pg_find_bin || { echo "error: needs PostgreSQL server binaries (apt-get install postgresql)." >&2; exit 1; }

regenerate=false rounds=3 duration=10 connections=32 only=. warmup=10
while [ $# -gt 0 ]; do
  case $1 in
    --regenerate) regenerate=true; shift ;;
    --rounds) rounds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --stop) pg_stop "$PWD/.data/bench-pages/pg"; echo "Stopped the cluster in .data/bench-pages/pg."; exit 0 ;;
    *) sed -n '2,9p' "$0" >&2; exit 2 ;;
  esac
done

dir="$PWD/.data/bench-pages"
. bench/lib/production.sh
production_settings "$dir/settings"
database=pagesbench
mkdir -p "$dir"
if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk..."
  apt-get install -y wrk >/dev/null || { echo "error: could not install wrk (apt-get install -y wrk, as root)." >&2; exit 1; }
fi

# The cluster, with pg_stat_statements loaded and 2 GB of shared buffers (set once in postgresql.auto.conf, then a restart).
port=$(pg_running_port "$dir/pg" 2>/dev/null || true)
if [ -z "$port" ] || ! pg_as_owner "$PGBIN/pg_ctl" -D "$dir/pg/data" status >/dev/null 2>&1; then
  port=$(free_port 55540)
  pg_start "$dir/pg" "$port" durable
fi
psql() { "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -X -q "$@"; }
# shared_buffers holds the hot tables and indexes in PostgreSQL's own memory: this machine's page cache is reclaimed
# behind the benchmark's back (a VM's proactive reclaim), which made the same page swing 2x between runs.
if ! psql -d postgres -Atc "SHOW shared_preload_libraries" | grep -q pg_stat_statements \
   || [ "$(psql -d postgres -Atc "SHOW shared_buffers")" != 2GB ]; then
  psql -d postgres -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" -c "ALTER SYSTEM SET shared_buffers = '2GB'"
  pg_stop "$dir/pg"
  pg_start "$dir/pg" "$port" durable
fi
echo "PostgreSQL in .data/bench-pages/pg on 127.0.0.1:$port (stop it with bench/pages.sh --stop)."

echo "Publishing the app and the floor app (Release)..."
dotnet publish src/DisputeCenter.Web -c Release -o "$dir/app" -nr:false -v q
dotnet publish bench/FloorApp -c Release -o "$dir/floor" -nr:false -v q

marker="$dir/pg/generated"
if $regenerate || [ ! -f "$marker" ] || ! psql -d postgres -Atc "select 1 from pg_database where datname = '$database'" | grep -q 1; then
  rm -f "$marker"
  gen_start=$(date +%s)
  bench/data/generate.sh --port "$port" --database "$database" --app "$dir/app/DisputeCenter.Web.dll" | grep -v '^Time: [0-9.]* ms$'
  echo "generated in $(( $(date +%s) - gen_start )) s" | tee "$marker"
else
  echo "Reusing the generated data ($(cat "$marker"); --regenerate to generate it again)."
fi
psql -d "$database" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"

connection="Host=127.0.0.1;Port=$port;Database=$database;Username=postgres"
app_port=$(free_port 5190)
floor_port=$(free_port $((app_port + 1)))
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
# The deadline sweeper and the e-mail sender are off: their polling would mix into the statement counts and change the data.
# The app migrates the data to its own schema on start, as in production (a migration added since the data was made).
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__DisputeCenter="$connection" \
Deadlines__SweeperEnabled=false Email__SenderEnabled=false \
  dotnet "$dir/app/DisputeCenter.Web.dll" --urls "http://127.0.0.1:$app_port" >"$dir/app.log" 2>&1 &
app_pid=$!; pids+=("$app_pid")
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Floor="$connection" Logging__LogLevel__Default=Warning \
  dotnet "$dir/floor/FloorApp.dll" --urls "http://127.0.0.1:$floor_port" >"$dir/floor.log" 2>&1 &
floor_pid=$!; pids+=("$floor_pid")
for url in "http://127.0.0.1:$app_port/health/ready" "http://127.0.0.1:$floor_port/raw"; do
  for _ in $(seq 1 60); do curl -fsS -o /dev/null "$url" 2>/dev/null && break; sleep 1; done
  curl -fsS -o /dev/null "$url" || { echo "error: $url does not answer; see $dir/app.log and $dir/floor.log" >&2; exit 1; }
done

# Signs in through the login form (antiforgery token and cookie) and prints the "Cookie:" header value to keep.
# Every request says X-Forwarded-Proto: https, as the TLS proxy in front of the app would (believed from loopback);
# the app's cookies are then Secure __Host- cookies, which curl's jar would not send over http://, so they are
# carried by hand.
proxied=(-H "X-Forwarded-Proto: https")
# The bench moderators sign in with a second factor, as every moderator must: an authenticator key of their own
# (idempotent, so a dataset generated before two-factor sign-in works too) and the code computed here, RFC 6238.
bench_key=BENCHMODERATORAUTHENTICATORKEY23
psql -q -d "$database" -c "UPDATE users SET two_factor_enabled = true WHERE id LIKE 'pb-mod-%' AND NOT two_factor_enabled" \
  -c "INSERT INTO user_tokens (user_id, login_provider, name, value) SELECT id, '[AspNetUserStore]', 'AuthenticatorKey', '$bench_key'
      FROM users WHERE id LIKE 'pb-mod-%' ON CONFLICT DO NOTHING"
totp() {
  local hexkey counter mac offset
  hexkey=$(printf '%s' "$1" | base32 -d | od -An -v -tx1 | tr -d ' \n')
  counter=$(printf '%016x' $(( $(date +%s) / 30 )))
  mac=$(printf "$(sed 's/../\\x&/g' <<<"$counter")" | openssl dgst -sha1 -mac HMAC -macopt "hexkey:$hexkey" | awk '{print $NF}')
  offset=$(( 16#${mac:39:1} * 2 ))
  printf '%06d' $(( (16#${mac:offset:8} & 0x7fffffff) % 1000000 ))
}
cookie_of() { grep -i "^set-cookie: __Host-DisputeCenter.$2=" "$1" | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r'; }
sign_in() {
  local email=$1 headers page token antiforgery cookie pending next
  headers=$(mktemp)
  page=$(curl -fsS "${proxied[@]}" -D "$headers" "http://127.0.0.1:$app_port/Identity/Account/Login")
  token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
  antiforgery=$(cookie_of "$headers" Antiforgery)
  curl -fsS -o /dev/null "${proxied[@]}" -D "$headers" -H "Cookie: $antiforgery" --data-urlencode "Input.Email=$email" \
    --data-urlencode "Input.Password=bench passphrase 2026" --data-urlencode "__RequestVerificationToken=$token" \
    "http://127.0.0.1:$app_port/Identity/Account/Login"
  cookie=$(cookie_of "$headers" Auth)
  next=$(grep -i '^location: ' "$headers" | sed 's/^[^:]*: //; s|^https\?://[^/]*||' | tr -d '\r')
  if [ -z "$cookie" ] && [[ $next == *LoginWith2fa* ]]; then
    pending=$(cookie_of "$headers" TwoFactor)
    page=$(curl -fsS "${proxied[@]}" -H "Cookie: $antiforgery; $pending" "http://127.0.0.1:$app_port$next")
    token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
    curl -fsS -o /dev/null "${proxied[@]}" -D "$headers" -H "Cookie: $antiforgery; $pending" --data-urlencode "Code=$(totp "$bench_key")" \
      --data-urlencode "__RequestVerificationToken=$token" "http://127.0.0.1:$app_port$next"
    cookie=$(cookie_of "$headers" Auth)
  fi
  rm -f "$headers"
  [ -n "$cookie" ] || { echo "error: could not sign in as $email" >&2; exit 1; }
  echo "$cookie"
}
buyer=$(sign_in buyer1@bench.test)
seller=$(sign_in seller1@bench.test)
moderator=$(sign_in moderator1@bench.test)

# The dispute and the case: the buyer's and the moderator's open dispute with the longest timeline.
dispute=$(psql -d "$database" -Atc "SELECT id FROM disputes WHERE buyer_id = 'pb-buyer-1' AND status = 'InMediation' ORDER BY timeline_length DESC, id LIMIT 1")
case_id=$(psql -d "$database" -Atc "SELECT id FROM disputes WHERE assigned_moderator_id = 'pb-mod-1' AND status IN ('InMediation', 'AwaitingInformation') ORDER BY timeline_length DESC, id LIMIT 1")
number=$(psql -d "$database" -Atc "SELECT number FROM orders WHERE buyer_id = 'pb-buyer-1' ORDER BY number LIMIT 1 OFFSET 1233")

a="http://127.0.0.1:$app_port"
f="http://127.0.0.1:$floor_port"
# name|url|cookie
targets=(
  "floor /raw|$f/raw|"
  "floor /razor|$f/razor|"
  "/Moderation (moderator)|$a/Moderation|$moderator"
  "/Orders (buyer, 2,000 orders)|$a/Orders|$buyer"
  "/Disputes (buyer, 100 disputes)|$a/Disputes|$buyer"
  "/Seller/Claims (seller)|$a/Seller/Claims|$seller"
  "/Seller/Orders (seller, 20,000 orders)|$a/Seller/Orders|$seller"
  "/Disputes/{id} (buyer)|$a/Disputes/$dispute|$buyer"
  "/Moderation/Cases/{id} (moderator)|$a/Moderation/Cases/$case_id|$moderator"
  "/Orders?q=number (buyer)|$a/Orders?q=$number|$buyer"
  "/Orders?q=product (buyer)|$a/Orders?q=headphones|$buyer"
)
chosen=()
for t in "${targets[@]}"; do
  name=${t%%|*}
  if [[ $name == floor* ]] || [[ $name =~ $only ]]; then chosen+=("$t"); fi
done
targets=("${chosen[@]}")

echo
echo "Checking that every page renders (200, no error page)..."
for t in "${targets[@]}"; do
  IFS='|' read -r name url cookie <<<"$t"
  body=$(mktemp)
  status=$(curl -sS "${proxied[@]}" -o "$body" -w '%{http_code}' ${cookie:+-H "Cookie: $cookie"} "$url")
  if [ "$status" != 200 ] || grep -q 'chain-broken\|something went wrong on our side' "$body" || { [[ $name == *Cases* ]] && ! grep -q 'chain-ok' "$body"; }; then
    echo "error: $name ($url) answered $status:" >&2; head -c 2000 "$body" >&2; echo >&2; exit 1
  fi
  printf '  %-40s %s, %s bytes\n' "$name" "$status" "$(wc -c <"$body")"
  rm -f "$body"
done

wrk_run() { # seconds name url cookie -> "requests seconds p50 p99 errors"
  local secs=$1 url=$3 cookie=$4 out
  out=$(wrk -t1 "${proxied[@]}" -c"$connections" -d"${secs}s" --timeout 30s -s bench/pages/wrk-report.lua ${cookie:+-H "Cookie: $cookie"} "$url" | grep '^RESULT')
  echo "$out" | sed -E 's/.*requests=([0-9]+) duration_us=([0-9]+) p50_us=([0-9]+) p99_us=([0-9]+) socket_errors=([0-9]+) non2xx=([0-9]+)/\1 \2 \3 \4 \5 \6/' \
    | awk '{ printf "%d\t%.3f\t%d\t%d\t%d\n", $1, $2 / 1e6, $3, $4, $5 + $6 }'
}
statements() {
  psql -d "$database" -Atc "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                            WHERE d.datname = '$database' AND s.query NOT ILIKE '%pg_stat_statements%' AND s.query <> 'DISCARD ALL'"
}

echo
echo "Warming up (${warmup} s each: the JIT and the caches settle, as in a process that has run a while)..."
for t in "${targets[@]}"; do IFS='|' read -r name url cookie <<<"$t"; wrk_run "$warmup" "$name" "$url" "$cookie" >/dev/null; done

# One page at a time, no concurrency: the latency of a lone request (median of 3) and the statements it sends. Npgsql's
# DISCARD ALL on a pooled connection rides in the next command's round trip and is not counted.
single="$dir/single.tsv"
: >"$single"
echo "Single requests (3 each, one at a time)..."
for t in "${targets[@]}"; do
  IFS='|' read -r name url cookie <<<"$t"
  psql -d "$database" -Atc "SELECT pg_stat_statements_reset()" >/dev/null
  times=$(for _ in 1 2 3; do curl -sS "${proxied[@]}" -o /dev/null -w '%{time_total}\n' ${cookie:+-H "Cookie: $cookie"} "$url"; done | sort -n | sed -n 2p)
  calls=$(statements)
  printf '%s\t%s\t%s\n' "$name" "$times" "$calls" >>"$single"
  awk -v n="$name" -v t="$times" -v c="$calls" 'BEGIN { printf "  %-40s %7.1f ms  %5.1f statements/request\n", n, t * 1000, c / 3 }'
done

results="$dir/results.tsv"
: >"$results"
measure_start=$(date +%s)
for round in $(seq 1 "$rounds"); do
  echo "Round $round of $rounds (wrk -t1 -c$connections -d${duration}s per page)..."
  for t in "${targets[@]}"; do
    IFS='|' read -r name url cookie <<<"$t"
    psql -d "$database" -Atc "SELECT pg_stat_statements_reset()" >/dev/null
    line=$(wrk_run "$duration" "$name" "$url" "$cookie")
    calls=$(statements)
    printf '%s\t%s\t%s\t%s\n' "$round" "$name" "$line" "$calls" >>"$results"
    printf '  %-40s %s\n' "$name" "$(echo "$line" | awk -F'\t' '{ printf "%7.1f req/s  p50 %6.1f ms  p99 %7.1f ms  errors %d", $1 / $2, $3 / 1000, $4 / 1000, $5 }')"
  done
done
measure_end=$(date +%s)

python3 bench/pages/report.py "$results" "$single"
echo
echo "Peak RSS (VmHWM): app $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' /proc/$app_pid/status), floor app $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' /proc/$floor_pid/status)"
echo "Measured in $((measure_end - measure_start)) s; data: $(psql -d "$database" -Atc "SELECT pg_size_pretty(pg_database_size('$database'))"); results in $results, logs in $dir/app.log."
