#!/bin/sh
# Runs once, when the db container initialises its data directory: the login the site connects as. The migrations
# (run by the site with the owner's connection) make it a member of disputecenter_app, which may read and append the
# timeline and the refunds ledger but never rewrite them.
set -eu
psql -v ON_ERROR_STOP=1 -v web_password="$DISPUTECENTER_WEB_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE disputecenter_web LOGIN PASSWORD :'web_password';
SQL
