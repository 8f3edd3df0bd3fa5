#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team-database tests (PostgresStoreTest, TeamDatabaseTest,
# TeamDatabaseTlsTest, and the store and service tests with -Dhubdesk.test.store=postgres), on a local port.
#   source scripts/test-postgres.sh start   # installs Debian's postgresql if missing, starts the
#                                           # cluster, exports HUBDESK_TEST_DATABASE_URL/USER/PASSWORD
#   scripts/test-postgres.sh stop           # stops it and removes its folder
#   scripts/test-postgres.sh test-databases # how many databases TestStores made (-Dhubdesk.test.store=postgres)
# Runs the server as the 'postgres' user (initdb refuses root). Nothing listens beyond 127.0.0.1.
# TLS is on, with a certificate made here by openssl: a throwaway CA signs the server's certificate
# (for localhost and 127.0.0.1); HUBDESK_TEST_SSL_ROOT_CERT is that CA's certificate and
# HUBDESK_TEST_SSL_WRONG_ROOT_CERT another CA's, which must not be trusted (TeamDatabaseTlsTest).
pg_port=${HUBDESK_TEST_PG_PORT:-55439}
pg_dir=${HUBDESK_TEST_PG_DIR:-/tmp/hubdesk-ci-postgres}

pg_bin() { { ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true; } | sort -V | tail -1; }

# A CA, a server certificate it signs (names: localhost, 127.0.0.1) and an unrelated second CA, in $1.
make_certificates() {
  local tls=$1
  command -v openssl >/dev/null 2>&1 || return 1
  mkdir -p "$tls" && (
    cd "$tls" || exit 1
    openssl req -x509 -newkey rsa:2048 -nodes -days 7 -subj "/CN=Hubdesk test CA" -keyout ca.key -out ca.crt \
      && openssl req -x509 -newkey rsa:2048 -nodes -days 7 -subj "/CN=Another CA" -keyout wrong-ca.key -out wrong-ca.crt \
      && openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr \
      && printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >server.ext \
      && openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 7 -extfile server.ext -out server.crt
  ) >"$tls/openssl.log" 2>&1 || return 1
  chown -R postgres "$tls" && chmod 600 "$tls/server.key"
}

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
    pg_tls=()
    if make_certificates "$pg_dir/tls"; then
      pg_tls=(-c ssl=on -c "ssl_cert_file=$pg_dir/tls/server.crt" -c "ssl_key_file=$pg_dir/tls/server.key")
    else
      echo "CI: openssl could not make the test certificates; the cluster runs without TLS and TeamDatabaseTlsTest will be skipped"
    fi
    if runuser -u postgres -- "$bin/initdb" -D "$pg_dir/data" -U postgres --encoding=UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >"$pg_dir/initdb.log" 2>&1 \
        && runuser -u postgres -- "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
             -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off ${pg_tls[*]}" start >/dev/null \
        && runuser -u postgres -- "$bin/psql" -h "$pg_dir" -p "$pg_port" -U postgres -q -v ON_ERROR_STOP=1 \
             -c "create user hubdesk_ci createdb password 'ci-only-password'" -c "create database hubdesk_ci owner hubdesk_ci"; then
      export HUBDESK_TEST_DATABASE_URL="jdbc:postgresql://127.0.0.1:$pg_port/hubdesk_ci"
      export HUBDESK_TEST_DATABASE_USER=hubdesk_ci
      export HUBDESK_TEST_DATABASE_PASSWORD=ci-only-password
      if [ ${#pg_tls[@]} -gt 0 ]; then
        export HUBDESK_TEST_SSL_ROOT_CERT="$pg_dir/tls/ca.crt"
        export HUBDESK_TEST_SSL_WRONG_ROOT_CERT="$pg_dir/tls/wrong-ca.crt"
      fi
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
  test-databases)
    # How many databases TestStores made for the store and service tests (hubdesk_t<pid>_<n>).
    runuser -u postgres -- "$(pg_bin)/psql" -h "$pg_dir" -p "$pg_port" -U postgres -At \
      -c "select count(*) from pg_database where datname ~ '^hubdesk_t[0-9]+_[0-9]+$'"
    ;;
  stop)
    bin=$(pg_bin)
    if [ -n "$bin" ] && [ -d "$pg_dir/data" ]; then
      runuser -u postgres -- "$bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pg_dir"
    ;;
  *)
    echo "usage: source scripts/test-postgres.sh start | scripts/test-postgres.sh stop | scripts/test-postgres.sh test-databases" >&2
    ;;
esac
