#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team-database tests (PostgresStoreTest), on a local port.
#   source scripts/test-postgres.sh start   # installs Debian's postgresql if missing, starts the
#                                           # cluster, exports HUBDESK_TEST_DATABASE_URL/USER/PASSWORD
#   scripts/test-postgres.sh stop           # stops it and removes its folder
# Runs the server as the 'postgres' user (initdb refuses root). Nothing listens beyond 127.0.0.1.
pg_port=${HUBDESK_TEST_PG_PORT:-55439}
pg_dir=${HUBDESK_TEST_PG_DIR:-/tmp/hubdesk-ci-postgres}

pg_bin() { { ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true; } | sort -V | tail -1; }

case "${1:-}" in
  start)
    if [ -z "$(pg_bin)" ] || ! id postgres >/dev/null 2>&1; then
      (apt-get update -q && apt-get install -y -q postgresql) >/tmp/hubdesk-ci-postgres-install.log 2>&1 || true
    fi
    bin=$(pg_bin)
    if [ -z "$bin" ] || ! id postgres >/dev/null 2>&1; then
      echo "CI: PostgreSQL could not be installed; PostgresStoreTest will be skipped"
      return 0 2>/dev/null || exit 0
    fi
    if [ -d "$pg_dir/data" ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$pg_dir" && mkdir -p "$pg_dir" && chown postgres "$pg_dir"
    if runuser -u postgres -- "$bin/initdb" -D "$pg_dir/data" -U postgres --encoding=UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >"$pg_dir/initdb.log" 2>&1 \
        && runuser -u postgres -- "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
             -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
        && runuser -u postgres -- "$bin/psql" -h "$pg_dir" -p "$pg_port" -U postgres -q -v ON_ERROR_STOP=1 \
             -c "create user hubdesk_ci createdb password 'ci-only-password'" -c "create database hubdesk_ci owner hubdesk_ci"; then
      export HUBDESK_TEST_DATABASE_URL="jdbc:postgresql://127.0.0.1:$pg_port/hubdesk_ci"
      export HUBDESK_TEST_DATABASE_USER=hubdesk_ci
      export HUBDESK_TEST_DATABASE_PASSWORD=ci-only-password
      echo "CI: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') started on 127.0.0.1:$pg_port for PostgresStoreTest"
      # A second database set up as a unit would (scripts/team-db-setup.sh): roles and one user of each, for TeamDatabaseTest.
      if runuser -u postgres -- env PGHOST="$pg_dir" PGPORT="$pg_port" PGUSER=postgres HUBDESK_SETUP_PASSWORD=team-only-password \
           bash -s -- --db hubdesk_team --admin team_admin --editor team_editor --viewer team_viewer \
           <"$(dirname "${BASH_SOURCE[0]}")/team-db-setup.sh" >"$pg_dir/team-setup.log" 2>&1; then
        export HUBDESK_TEST_TEAM_URL="jdbc:postgresql://127.0.0.1:$pg_port/hubdesk_team"
        export HUBDESK_TEST_TEAM_PASSWORD=team-only-password
      else
        tail -5 "$pg_dir/team-setup.log"
        echo "CI: scripts/team-db-setup.sh failed; TeamDatabaseTest's role tests will be skipped"
      fi
    else
      tail -5 "$pg_dir"/*.log 2>/dev/null || true
      echo "CI: the PostgreSQL cluster did not start; PostgresStoreTest will be skipped"
    fi
    ;;
  stop)
    bin=$(pg_bin)
    if [ -n "$bin" ] && [ -d "$pg_dir/data" ]; then
      runuser -u postgres -- "$bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pg_dir"
    ;;
  *)
    echo "usage: source scripts/test-postgres.sh start | scripts/test-postgres.sh stop" >&2
    ;;
esac
