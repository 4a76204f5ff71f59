# Sourced by the benchmarks that run the app in Production: the settings Production refuses to start without
# (src/DisputeCenter.Web/Startup/ProductionSettings.cs), made for a loopback run.
#   production_settings DIR   exports AllowedHosts, a Data Protection certificate written to DIR/dataprotection.pfx and
#                             an audit-trail key of the run's own
production_settings() {
  local dir=$1
  mkdir -p "$dir"
  if [ ! -f "$dir/dataprotection.pfx" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=DisputeCenter bench Data Protection" \
      -keyout "$dir/dataprotection.key" -out "$dir/dataprotection.crt" 2>/dev/null
    openssl pkcs12 -export -passout pass: -inkey "$dir/dataprotection.key" -in "$dir/dataprotection.crt" -out "$dir/dataprotection.pfx"
    rm -f "$dir/dataprotection.key"
  fi
  export AllowedHosts="127.0.0.1;localhost"
  export DataProtection__CertificatePath="$dir/dataprotection.pfx"
  export DataProtection__CertificatePassword=""
  export AuditTrail__CurrentKeyId=bench
  AuditTrail__Keys__bench=$(openssl rand -base64 32)
  export AuditTrail__Keys__bench
}
