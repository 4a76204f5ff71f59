# The parts of script/farm, sourced by it and by the fault suite's runner (bench/faults.sh).
# Needs script/lib/postgres.sh sourced first.

FARM_DIR=${FARM_DIR:-$PWD/.data/farm}
FARM_PORT_BASE=${FARM_PORT_BASE:-56400}
FARM_PRIMARY_PORT=$FARM_PORT_BASE
FARM_STANDBY_PORT=$((FARM_PORT_BASE + 1))
FARM_BOUNCER_PORT=$((FARM_PORT_BASE + 2))
FARM_TLS_PORT=$((FARM_PORT_BASE + 43))
FARM_INSTANCES=(1 2 3)
FARM_DATABASE=disputecenter

farm_instance_port() { echo $((FARM_PORT_BASE + 10 + $1)); }

# farm_install COMMAND PACKAGE: apt-get install PACKAGE when COMMAND is missing (Debian keeps the daemons in /usr/sbin).
farm_install() {
  local command=$1 package=$2
  PATH="$PATH:/usr/sbin:/sbin"
  command -v "$command" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "error: the farm needs $package: apt-get install -y $package (as root)." >&2
    return 1
  fi
  echo "Installing $package (apt-get install $package)"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -q --no-install-recommends "$package" >"/tmp/farm-apt-$package.log" 2>&1; then
    { apt-get update -q && apt-get install -y -q --no-install-recommends "$package"; } >"/tmp/farm-apt-$package.log" 2>&1 \
      || { tail -n 20 "/tmp/farm-apt-$package.log" >&2; return 1; }
  fi
  # The packages start their own service on install (nginx on port 80); the farm runs its own copies only.
  if command -v service >/dev/null 2>&1; then service "$package" stop >/dev/null 2>&1 || true; fi
  [ -x "/etc/init.d/$package" ] && "/etc/init.d/$package" stop >/dev/null 2>&1 || true
  command -v "$command" >/dev/null 2>&1
}

# Runs as the clusters' owner, in a directory it may read.
farm_as_owner() { (cd / && pg_as_owner "$@"); }

farm_owned_dir() {
  if [ "$(id -u)" = 0 ]; then install -d -o postgres -g postgres -m "${2:-755}" "$1"; else install -d -m "${2:-755}" "$1"; fi
}

# The primary (durable, fsync on) and a standby streaming from it (pg_basebackup -R: a replication slot of its own).
farm_databases() {
  mkdir -p "$FARM_DIR"
  chmod 755 "$FARM_DIR"
  PG_EXTRA_OPTS="-c wal_level=replica -c max_wal_senders=10 -c max_replication_slots=10 -c hot_standby=on" \
    pg_start "$FARM_DIR/primary" "$FARM_PRIMARY_PORT" durable
  pg_ensure_database "$FARM_PRIMARY_PORT" "$FARM_DATABASE"
  pg_ensure_login "$FARM_PRIMARY_PORT" disputecenter_web
  if [ ! -f "$FARM_DIR/standby/data/PG_VERSION" ]; then
    farm_owned_dir "$FARM_DIR/standby"
    farm_owned_dir "$FARM_DIR/standby/run"
    rm -rf "$FARM_DIR/standby/data"
    "$PGBIN/psql" -h 127.0.0.1 -p "$FARM_PRIMARY_PORT" -U postgres -d postgres -Atqc \
      "SELECT 1 FROM pg_replication_slots WHERE slot_name = 'farm_standby'" | grep -q 1 \
      || "$PGBIN/psql" -h 127.0.0.1 -p "$FARM_PRIMARY_PORT" -U postgres -d postgres -qc \
        "SELECT pg_create_physical_replication_slot('farm_standby')" >/dev/null
    farm_as_owner "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$FARM_PRIMARY_PORT" -U postgres -D "$FARM_DIR/standby/data" \
      -R -X stream -S farm_standby >"$FARM_DIR/standby/run/basebackup.log" 2>&1 \
      || { cat "$FARM_DIR/standby/run/basebackup.log" >&2; return 1; }
    chmod 700 "$FARM_DIR/standby/data"
  fi
  PG_EXTRA_OPTS="-c hot_standby=on" pg_start "$FARM_DIR/standby" "$FARM_STANDBY_PORT" durable
  for _ in $(seq 1 30); do
    [ "$("$PGBIN/psql" -h 127.0.0.1 -p "$FARM_STANDBY_PORT" -U postgres -d postgres -Atqc 'SELECT pg_is_in_recovery()' 2>/dev/null)" = t ] && return 0
    sleep 1
  done
  echo "error: the standby on port $FARM_STANDBY_PORT is not streaming; see $FARM_DIR/standby/run/postgres.log" >&2
  return 1
}

# pgbouncer in transaction pooling in front of the primary: a server connection is the client's only for one transaction.
farm_pgbouncer() {
  local dir=$FARM_DIR/pgbouncer pid
  farm_owned_dir "$dir"
  pid=$(cat "$dir/pgbouncer.pid" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then return 0; fi
  cat >"$dir/userlist.txt" <<USERS
"disputecenter_web" ""
"postgres" ""
USERS
  cat >"$dir/pgbouncer.ini" <<INI
[databases]
$FARM_DATABASE = host=127.0.0.1 port=$FARM_PRIMARY_PORT dbname=$FARM_DATABASE

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $FARM_BOUNCER_PORT
unix_socket_dir =
; the clusters trust loopback; a real deployment uses scram-sha-256 with auth_query
auth_type = trust
auth_file = $dir/userlist.txt
pool_mode = transaction
; the app keeps no session state: no SET, no session advisory locks (only pg_advisory_xact_lock), no LISTEN, no
; named prepared statements (Npgsql's automatic preparation is off), and no DISCARD ALL (No Reset On Close)
server_reset_query =
default_pool_size = 40
max_client_conn = 2000
server_login_retry = 1
query_wait_timeout = 30
ignore_startup_parameters = extra_float_digits
pidfile = $dir/pgbouncer.pid
logfile = $dir/pgbouncer.log
admin_users = postgres
INI
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"/*; fi
  farm_as_owner "$(command -v pgbouncer)" -d "$dir/pgbouncer.ini" || { tail -n 20 "$dir/pgbouncer.log" >&2; return 1; }
  for _ in $(seq 1 20); do [ -s "$dir/pgbouncer.pid" ] && return 0; sleep 0.25; done
  echo "error: pgbouncer did not start; see $dir/pgbouncer.log" >&2
  return 1
}

farm_publish() {
  echo "Publishing the app (Release) to $FARM_DIR/app"
  dotnet publish src/DisputeCenter.Web -c Release -o "$FARM_DIR/app" -nr:false --verbosity quiet >"$FARM_DIR/publish.log" 2>&1 \
    || { tail -n 30 "$FARM_DIR/publish.log" >&2; return 1; }
}

# The settings every instance shares: the same Data Protection certificate (keys live in the database) and audit key.
farm_settings() {
  . bench/lib/production.sh
  production_settings "$FARM_DIR/settings"
  [ -f "$FARM_DIR/settings/audit.key" ] || openssl rand -base64 32 >"$FARM_DIR/settings/audit.key"
  export AuditTrail__CurrentKeyId=farm
  AuditTrail__Keys__farm=$(cat "$FARM_DIR/settings/audit.key")
  export AuditTrail__Keys__farm
  unset AuditTrail__Keys__bench
  export ASPNETCORE_ENVIRONMENT=Production
  export ConnectionStrings__DisputeCenter="Host=127.0.0.1;Port=$FARM_BOUNCER_PORT;Database=$FARM_DATABASE;Username=disputecenter_web;Max Auto Prepare=0"
  export ConnectionStrings__DisputeCenterOwner="Host=127.0.0.1;Port=$FARM_PRIMARY_PORT;Database=$FARM_DATABASE;Username=postgres"
  export ConnectionStrings__DisputeCenterReadReplica="Host=127.0.0.1;Port=$FARM_STANDBY_PORT;Database=$FARM_DATABASE;Username=disputecenter_web"
  export Deadlines__SweepIntervalSeconds=${FARM_SWEEP_SECONDS:-5}
  # E-mail goes to an SMTP server on FARM_PORT_BASE + 25 when FARM_EMAIL=true (the fault suite runs one there).
  export Email__SenderEnabled=${FARM_EMAIL:-false} Email__Mode=Smtp Email__Smtp__Host=127.0.0.1 Email__Smtp__Port=$((FARM_PORT_BASE + 25))
  export Email__Smtp__Security=None Email__SendIntervalSeconds=${FARM_EMAIL_SECONDS:-10} Email__LeaseSeconds=${FARM_EMAIL_LEASE_SECONDS:-900}
  export Webhooks__SendIntervalSeconds=${FARM_WEBHOOK_SECONDS:-5} Webhooks__LeaseSeconds=${FARM_WEBHOOK_LEASE_SECONDS:-900}
}

# farm_start_instance N: one app instance on its port, detached, its PID in FARM_DIR/pids/instance-N.pid.
farm_start_instance() {
  local n=$1 port
  port=$(farm_instance_port "$n")
  mkdir -p "$FARM_DIR/pids" "$FARM_DIR/logs" "$FARM_DIR/tmp/instance-$n"
  farm_settings
  # Each instance spools uploads in a temporary directory of its own.
  TMPDIR="$FARM_DIR/tmp/instance-$n" setsid dotnet "$FARM_DIR/app/DisputeCenter.Web.dll" --urls "http://127.0.0.1:$port" \
    >"$FARM_DIR/logs/instance-$n.log" 2>&1 </dev/null &
  echo $! >"$FARM_DIR/pids/instance-$n.pid"
}

# farm_wait_ready N [SECONDS]
farm_wait_ready() {
  local port
  port=$(farm_instance_port "$1")
  for _ in $(seq 1 $((${2:-60} * 4))); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && return 0
    sleep 0.25
  done
  echo "error: instance $1 (port $port) is not ready; see $FARM_DIR/logs/instance-$1.log" >&2
  return 1
}

farm_instance_running() {
  local pid
  pid=$(cat "$FARM_DIR/pids/instance-$1.pid" 2>/dev/null || true)
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# The first instance migrates the database; the others start once it is ready.
farm_instances() {
  local n
  farm_instance_running 1 || farm_start_instance 1
  farm_wait_ready 1 120
  for n in "${FARM_INSTANCES[@]:1}"; do farm_instance_running "$n" || farm_start_instance "$n"; done
  for n in "${FARM_INSTANCES[@]:1}"; do farm_wait_ready "$n" 120; done
}

farm_nginx() {
  local dir=$FARM_DIR/nginx pid n servers="" user=""
  mkdir -p "$dir/tmp" "$dir/logs"
  pid=$(cat "$dir/nginx.pid" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then return 0; fi
  if [ ! -f "$dir/farm.crt" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=localhost" \
      -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$dir/farm.key" -out "$dir/farm.crt" 2>/dev/null
  fi
  for n in "${FARM_INSTANCES[@]}"; do servers="$servers    server 127.0.0.1:$(farm_instance_port "$n") max_fails=1 fail_timeout=5s;"$'\n'; done
  if [ "$(id -u)" = 0 ]; then user="user www-data;"; chown -R www-data "$dir/tmp"; fi
  cat >"$dir/nginx.conf" <<CONF
$user
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  upstream disputecenter {
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$FARM_TLS_PORT ssl http2;
    server_name localhost;
    ssl_certificate $dir/farm.crt;
    ssl_certificate_key $dir/farm.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    # Evidence is streamed through to the app as it arrives (the app applies its own limits: 1 GB a dispute).
    client_max_body_size 1100m;
    proxy_request_buffering off;
    location / {
      proxy_pass http://disputecenter;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Host \$host:\$server_port;
      # Only requests that changed nothing (GET, HEAD) are tried on another instance when one fails.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
      proxy_read_timeout 120s;
    }
  }
}
CONF
  nginx -t -c "$dir/nginx.conf" -p "$dir" -e "$dir/logs/error.log" >"$dir/logs/configtest.log" 2>&1 \
    || { cat "$dir/logs/configtest.log" >&2; return 1; }
  nginx -c "$dir/nginx.conf" -p "$dir" -e "$dir/logs/error.log"
}

farm_status() {
  local n pid
  echo "Farm in $FARM_DIR:"
  echo "  https://localhost:$FARM_TLS_PORT      nginx (TLS, self-signed: $FARM_DIR/nginx/farm.crt), pid $(cat "$FARM_DIR/nginx/nginx.pid" 2>/dev/null || echo -)"
  for n in "${FARM_INSTANCES[@]}"; do
    pid=$(cat "$FARM_DIR/pids/instance-$n.pid" 2>/dev/null || echo -)
    echo "  http://127.0.0.1:$(farm_instance_port "$n")      instance $n, pid $pid$(farm_instance_running "$n" || echo ' (not running)')"
  done
  echo "  127.0.0.1:$FARM_BOUNCER_PORT             pgbouncer (transaction pooling), pid $(cat "$FARM_DIR/pgbouncer/pgbouncer.pid" 2>/dev/null || echo -)"
  echo "  127.0.0.1:$FARM_PRIMARY_PORT             PostgreSQL primary, pid $(sed -n 1p "$FARM_DIR/primary/data/postmaster.pid" 2>/dev/null || echo -)"
  echo "  127.0.0.1:$FARM_STANDBY_PORT             PostgreSQL standby (streaming), pid $(sed -n 1p "$FARM_DIR/standby/data/postmaster.pid" 2>/dev/null || echo -)"
}

# farm_kill_pidfile FILE [SIGNAL]: signals the process in FILE and waits for it to end.
farm_kill_pidfile() {
  local pid
  pid=$(cat "$1" 2>/dev/null || true)
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill "-${2:-TERM}" "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$1"
}

farm_stop() {
  local n
  for n in "${FARM_INSTANCES[@]}"; do farm_kill_pidfile "$FARM_DIR/pids/instance-$n.pid"; done
  farm_kill_pidfile "$FARM_DIR/nginx/nginx.pid" QUIT
  farm_kill_pidfile "$FARM_DIR/pgbouncer/pgbouncer.pid"
  if pg_find_bin; then
    pg_stop "$FARM_DIR/standby"
    pg_stop "$FARM_DIR/primary"
  fi
  echo "Stopped the farm in $FARM_DIR."
}
