#!/usr/bin/env bash
# Runs every test of Aiguillage: unit, integration (SQLite and PostgreSQL), browser (Chromium + axe), then the
# deployment smoke test (deploy/smoke.sh: two published instances behind nginx), counted as one test.
# Installs what is missing when run as root on Debian (chromium, postgresql, nginx, a Java runtime), starts a throw-away PostgreSQL
# on 127.0.0.1, and stops it at the end. Ends with one line "N passed, N failed" summed over all test projects.
set -euo pipefail
cd "$(dirname "$0")"

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || need+=(nginx)
# The Nu HTML Checker (vnu.jar, an npm dev dependency) runs on Java.
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
if ((${#need[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installation de : ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q "${need[@]}"
  else
    echo "Il manque : ${need[*]}. Installez-les (Debian : sudo apt-get install ${need[*]}) puis relancez ./test.sh." >&2
    exit 2
  fi
fi

# A throw-away PostgreSQL cluster on 127.0.0.1, owned by the postgres system user, removed at the end.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pg_dir=$(mktemp -d /tmp/aiguillage-pg.XXXXXX)
pg_port=${AIGUILLAGE_PG_PORT:-55432}
run_pg() { if [[ $(id -u) -eq 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
[[ $(id -u) -eq 0 ]] && chown postgres:postgres "$pg_dir"
stop_pg() {
  run_pg "$pg_bin/pg_ctl -D $pg_dir/data -w -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_pg EXIT
run_pg "$pg_bin/initdb -D $pg_dir/data -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >/dev/null"
run_pg "$pg_bin/pg_ctl -D $pg_dir/data -l $pg_dir/pg.log -w -o \"-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$pg_dir -c fsync=off\" start >/dev/null"
run_pg "$pg_bin/psql -h $pg_dir -p $pg_port -U postgres -v ON_ERROR_STOP=1 -qc \"CREATE ROLE aiguillage LOGIN PASSWORD 'aiguillage' CREATEDB\""
export AIGUILLAGE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Database=postgres;Username=aiguillage;Password=aiguillage"

dotnet tool restore >/dev/null
dotnet build Aiguillage.slnx -c Release
dotnet format Aiguillage.slnx --verify-no-changes --no-restore

status=0
for project in tests/Aiguillage.Tests tests/Aiguillage.IntegrationTests tests/Aiguillage.BrowserTests; do
  name=$(basename "$project")
  dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

# The smoke test reuses the PostgreSQL above (a database of its own) and the Release build (publish is incremental).
smoke_passed=0; smoke_failed=0
if deploy/smoke.sh; then smoke_passed=1; else smoke_failed=1; status=1; fi

passed=$smoke_passed; failed=$smoke_failed
for trx in "$results"/*.trx; do
  [[ -f $trx ]] || continue
  counters=$(grep -o '<Counters[^>]*>' "$trx")
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + p)); failed=$((failed + f))
done
if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; fi
echo "$passed passed, $failed failed"
exit $status
