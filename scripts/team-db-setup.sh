#!/usr/bin/env bash
# Sets up a team database for Hubdesk on a PostgreSQL server (12 or newer), once, as the server's
# administrator; running it again adds users and changes nothing else.
#
#   sudo -u postgres scripts/team-db-setup.sh --db hubdesk --admin alex --editor sam --editor jo --viewer kim
#
# Creates (if missing) three roles and the database:
#   hubdesk_viewer  reads everything (SELECT)
#   hubdesk_editor  reads and edits (SELECT, INSERT, UPDATE, DELETE); is also a viewer
#   hubdesk_admin   owns the database and its tables: brings the schema up to date (Hubdesk does it
#                   when an admin connects after an upgrade); is also an editor
# and one login user per --admin/--editor/--viewer NAME, in that role. A new user gets a random
# password, printed once here ("NAME PASSWORD"): give it to that person (they keep it in a file
# readable only by them, for --database-password-file, or in HUBDESK_DATABASE_PASSWORD). An
# existing user keeps their password and gets the role. HUBDESK_SETUP_PASSWORD, if set, is the
# password of every new user instead (throwaway test servers only).
# Connects with psql's usual settings (PGHOST, PGPORT, PGUSER; by default the local socket).
set -euo pipefail

db=hubdesk
users=()
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --admin|--editor|--viewer) users+=("${1#--}:$2"); shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "team-db-setup: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$db" in
  *[!a-z0-9_]*|"") echo "team-db-setup: the database name must be lower-case letters, digits and _" >&2; exit 2 ;;
esac

export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql_run() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

psql_run -d postgres -v db="$db" <<'SQL'
select 'create role hubdesk_viewer nologin' where not exists (select from pg_roles where rolname = 'hubdesk_viewer') \gexec
select 'create role hubdesk_editor nologin' where not exists (select from pg_roles where rolname = 'hubdesk_editor') \gexec
select 'create role hubdesk_admin nologin' where not exists (select from pg_roles where rolname = 'hubdesk_admin') \gexec
grant hubdesk_viewer to hubdesk_editor;
grant hubdesk_editor to hubdesk_admin;
select format('create database %I owner hubdesk_admin encoding ''UTF8'' template template0', :'db')
  where not exists (select from pg_database where datname = :'db') \gexec
select format('revoke all on database %I from public', :'db') \gexec
select format('grant connect, temporary on database %I to hubdesk_viewer', :'db') \gexec
SQL

psql_run -d "$db" <<'SQL'
alter schema public owner to hubdesk_admin;
revoke all on schema public from public;
grant usage on schema public to hubdesk_viewer;
-- Tables Hubdesk creates later (as hubdesk_admin) get these rights by themselves ...
alter default privileges for role hubdesk_admin in schema public grant select on tables to hubdesk_viewer;
alter default privileges for role hubdesk_admin in schema public grant insert, update, delete on tables to hubdesk_editor;
alter default privileges for role hubdesk_admin in schema public grant usage, select on sequences to hubdesk_editor;
-- ... and tables already there get them now.
grant select on all tables in schema public to hubdesk_viewer;
grant insert, update, delete on all tables in schema public to hubdesk_editor;
grant usage, select on all sequences in schema public to hubdesk_editor;
SQL

for entry in "${users[@]}"; do
  role="hubdesk_${entry%%:*}"
  name="${entry#*:}"
  case "$name" in
    *[!a-z0-9_]*|"") echo "team-db-setup: a user name must be lower-case letters, digits and _ (not '$name')" >&2; exit 2 ;;
  esac
  exists=$(psql_run -d postgres -tA -v name="$name" <<<"select count(*) from pg_roles where rolname = :'name'")
  if [ "$exists" = "0" ]; then
    password="${HUBDESK_SETUP_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr '+/' 'xy')}"
    psql_run -d postgres -v name="$name" -v password="$password" <<<"select format('create user %I password %L', :'name', :'password') \gexec"
    echo "$name $password"
  fi
  psql_run -d postgres -v name="$name" -v role="$role" <<<"select format('grant %I to %I', :'role', :'name') \gexec"
done
echo "team-db-setup: database $db ready; roles hubdesk_viewer, hubdesk_editor, hubdesk_admin" >&2
