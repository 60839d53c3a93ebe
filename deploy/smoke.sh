#!/usr/bin/env bash
# Essai de fumée du déploiement : monte sur la boucle locale PostgreSQL, deux instances publiées du site (Production) et
# le nginx de Debian devant, avec la configuration de deploy/ ; applique les migrations et charge l'amorce par la ligne
# de commande ; vérifie à travers nginx (TLS) les pages, l'API, une tâche faite une seule fois, le redémarrage d'une
# instance sans requête perdue, la sauvegarde et sa restauration ; démonte tout. Code 0 seulement si tout a réussi.
#   deploy/smoke.sh
# Réutilise le PostgreSQL de ./test.sh si AIGUILLAGE_TEST_POSTGRES est défini (une base jetable y est créée), sinon
# démarre un PostgreSQL jetable. En root sur Debian, installe nginx s'il manque.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
started=$SECONDS

work=$(mktemp -d /tmp/aiguillage-smoke.XXXXXX)
chmod 755 "$work"
pids=()
pg_own=""
database="aiguillage_smoke_$(date +%s)_$RANDOM"
restored="${database}_restauree"
failures=0
checks=0

say() { printf '%s\n' "$*"; }
pass() { checks=$((checks + 1)); say "  ok     $*"; }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); say "  ÉCHEC  $*"; }
abort() {
  say "  ÉCHEC  $*"
  failures=$((failures + 1))
  exit 1
}

teardown() {
  local code=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [[ -f $work/nginx/nginx.pid ]]; then kill -QUIT "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true; fi
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n ${PGHOST:-} ]]; then
    dropdb --if-exists --force "$database" >/dev/null 2>&1 || true
    dropdb --if-exists --force "$restored" >/dev/null 2>&1 || true
  fi
  if [[ -n $pg_own ]]; then run_pg "$pg_bin/pg_ctl -D $pg_own/data -w -m fast stop" >/dev/null 2>&1 || true; fi
  if ((failures > 0 || code != 0)); then
    say "Journaux gardés pour l'analyse : voir ci-dessous (dernières lignes)."
    for log in "$work"/site-*.log "$work"/nginx/error.log; do
      [[ -f $log ]] && { say "--- $log"; tail -n 15 "$log"; }
    done
  fi
  rm -rf "$work" "${pg_own:-}"
  if ((failures == 0 && code == 0)); then
    say "Essai de fumée du déploiement : $checks vérifications réussies en $((SECONDS - started)) s."
  else
    say "Essai de fumée du déploiement : ÉCHEC ($failures sur $checks vérifications)."
    code=1
  fi
  exit "$code"
}
trap teardown EXIT
trap 'exit 130' INT TERM

free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

say "Essai de fumée du déploiement (deux instances derrière nginx, PostgreSQL)"

# --- Ce qu'il faut sur la machine ---
if ! command -v nginx >/dev/null 2>&1 && [[ ! -x /usr/sbin/nginx ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "Installation de nginx (Debian)…"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null || abort "nginx n'a pas pu être installé"
  else
    abort "nginx manque : sudo apt-get install nginx, puis relancez."
  fi
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -n $pg_bin ]] || abort "PostgreSQL manque : sudo apt-get install postgresql, puis relancez."
for tool in curl openssl; do command -v $tool >/dev/null || abort "$tool manque : sudo apt-get install $tool"; done
export PATH="$pg_bin:$PATH"
run_pg() { if [[ $(id -u) -eq 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

# --- PostgreSQL : celui de test.sh, ou un jetable ---
if [[ -n ${AIGUILLAGE_TEST_POSTGRES:-} ]]; then
  # Host=…;Port=…;Database=…;Username=…;Password=… (chaîne Npgsql) vers les variables de libpq.
  IFS=';' read -ra parts <<<"$AIGUILLAGE_TEST_POSTGRES"
  for part in "${parts[@]}"; do
    key=${part%%=*}; value=${part#*=}
    case ${key,,} in
      host | server) export PGHOST=$value ;;
      port) export PGPORT=$value ;;
      username | "user id" | user) export PGUSER=$value ;;
      password) export PGPASSWORD=$value ;;
    esac
  done
  say "PostgreSQL : celui d'AIGUILLAGE_TEST_POSTGRES ($PGHOST:$PGPORT), base jetable $database."
else
  pg_own=$(mktemp -d /tmp/aiguillage-smoke-pg.XXXXXX)
  [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$pg_own"
  port=$(free_port)
  run_pg "$pg_bin/initdb -D $pg_own/data -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >/dev/null" \
    || abort "initdb a échoué"
  run_pg "$pg_bin/pg_ctl -D $pg_own/data -l $pg_own/pg.log -w -o \"-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$pg_own -c fsync=off\" start >/dev/null" \
    || abort "PostgreSQL n'a pas démarré"
  run_pg "$pg_bin/psql -h $pg_own -p $port -U postgres -v ON_ERROR_STOP=1 -qc \"CREATE ROLE aiguillage LOGIN PASSWORD 'aiguillage' CREATEDB\"" >/dev/null \
    || abort "le rôle aiguillage n'a pas pu être créé"
  export PGHOST=127.0.0.1 PGPORT=$port PGUSER=aiguillage PGPASSWORD=aiguillage
  say "PostgreSQL : grappe jetable sur 127.0.0.1:$port, base $database."
fi
createdb "$database" || abort "la base $database n'a pas pu être créée"
connection="Host=$PGHOST;Port=$PGPORT;Database=$database;Username=$PGUSER;Password=$PGPASSWORD"

# --- Publication (une fois) et migrations par la ligne de commande ---
say "Publication du site et de la ligne de commande…"
dotnet publish src/Aiguillage.Web -c Release -o "$work/site" --nologo -v q >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; abort "dotnet publish du site a échoué"; }
dotnet publish src/Aiguillage.Cli -c Release -o "$work/cli" --nologo -v q >>"$work/publish.log" 2>&1 || { cat "$work/publish.log"; abort "dotnet publish de la ligne de commande a échoué"; }
cli() { (cd "$work/cli" && Database__Provider=Postgres ConnectionStrings__Aiguillage="$connection" ./Aiguillage.Cli "$@"); }
if cli migrate >"$work/migrate.log" 2>&1; then pass "migrations appliquées par « aiguillage migrate »"; else cat "$work/migrate.log"; abort "aiguillage migrate a échoué"; fi
if cli init >"$work/init.log" 2>&1; then pass "territoires et amorce chargés par « aiguillage init » ($(tail -1 "$work/init.log"))"; else cat "$work/init.log"; abort "aiguillage init a échoué"; fi

# --- nginx, depuis les fichiers de deploy/ ---
https_port=$(free_port)
http_port=$(free_port)
site_ports=("$(free_port)" "$(free_port)")
mkdir -p "$work/nginx/temp" "$work/mail"
chmod 777 "$work/nginx/temp"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=aiguillage.localhost" \
  -keyout "$work/nginx/key.pem" -out "$work/nginx/cert.pem" >/dev/null 2>&1 || abort "certificat d'essai impossible"
sed -e "s#server 127.0.0.1:5001 #server 127.0.0.1:${site_ports[0]} #; s#server 127.0.0.1:5002 #server 127.0.0.1:${site_ports[1]} #" \
  -e "s#listen 80;#listen 127.0.0.1:$http_port;#; s#listen 443 ssl http2;#listen 127.0.0.1:$https_port ssl http2;#; /listen \[::\]/d" \
  -e "s#aiguillage.example.org#aiguillage.localhost#g" \
  -e "s#/etc/letsencrypt/live/aiguillage.localhost/fullchain.pem#$work/nginx/cert.pem#; s#/etc/letsencrypt/live/aiguillage.localhost/privkey.pem#$work/nginx/key.pem#" \
  -e "s#/opt/aiguillage/site/wwwroot#$work/site/wwwroot#g; s#/etc/nginx/aiguillage-proxy.conf#$repo/deploy/nginx-aiguillage-proxy.conf#g" \
  -e "s#/var/www/html#$work/nginx#" \
  deploy/nginx-aiguillage.conf >"$work/nginx/site.conf"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $work/nginx/access.log;
    client_body_temp_path $work/nginx/temp/body;
    proxy_temp_path $work/nginx/temp/proxy;
    fastcgi_temp_path $work/nginx/temp/fastcgi;
    uwsgi_temp_path $work/nginx/temp/uwsgi;
    scgi_temp_path $work/nginx/temp/scgi;
    include $work/nginx/site.conf;
}
CONF
"$nginx_bin" -t -q -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" 2>"$work/nginx/test.log" || { cat "$work/nginx/test.log"; abort "la configuration nginx est refusée"; }
"$nginx_bin" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" || abort "nginx n'a pas démarré"
pass "configuration nginx de deploy/ acceptée (nginx -t) et nginx démarré sur 127.0.0.1:$https_port (TLS)"

# --- Deux instances du site, comme aiguillage@.service ---
start_site() {
  local n=$1
  (cd "$work/site" && exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres Database__InitializeOnStartup=false \
    ConnectionStrings__Aiguillage="$connection" Mail__Directory="$work/mail" Mail__PollInterval=00:00:01 \
    Referrals__PublicBaseUrl="https://aiguillage.localhost" Referrals__Moderators__0__Territory=pays:FR \
    Referrals__Moderators__0__Email=moderation@aiguillage.localhost Logging__LogLevel__Default=Warning \
    ./Aiguillage.Web --urls "http://127.0.0.1:${site_ports[$n]}" >>"$work/site-$n.log" 2>&1) &
  pids[$n]=$!
}
wait_ready() {
  local n=$1 i
  for i in $(seq 1 120); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${site_ports[$n]}/health/ready") == 200 ]] && return 0
    kill -0 "${pids[$n]}" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}
start_site 0
start_site 1
wait_ready 0 && wait_ready 1 || abort "les deux instances ne sont pas prêtes (voir les journaux)"
pass "deux instances prêtes (ports ${site_ports[0]} et ${site_ports[1]}, environnement Production)"

# --- À travers nginx ---
base="https://aiguillage.localhost:$https_port"
web() { curl -sk --resolve "aiguillage.localhost:$https_port:127.0.0.1" --max-time 20 "$@"; }
status() { web -o /dev/null -w '%{http_code}' "$@"; }
expect() {
  local want=$1 what=$2 url=$3 got
  got=$(status "$base$url")
  if [[ $got == "$want" ]]; then pass "$what : $url → $got"; else fail "$what : $url → $got (attendu $want)"; fi
}
expect 200 "page d'accueil" /
expect 200 "API d'orientation" "/api/v1/orientation?commune=23096&etape=creation"
expect 404 "page absente" /cette-page-n-existe-pas
expect 200 "santé (base joignable)" /health/ready
expect 200 "fichier statique" /css/site.css

headers=$(web -D - -o /dev/null "$base/css/site.css")
if grep -qi '^cache-control: .*max-age=604800' <<<"$headers"; then pass "fichier statique servi par nginx avec une mise en cache d'une semaine"; else fail "fichier statique sans Cache-Control max-age=604800"; fi
headers=$(web -D - -o /dev/null "$base/")
if grep -qi '^strict-transport-security:' <<<"$headers"; then pass "le site voit le schéma https transmis par nginx (en-tête HSTS présent)"; else fail "pas d'en-tête HSTS : X-Forwarded-Proto n'est pas pris en compte"; fi
if ! grep -qi '^server: kestrel' <<<"$headers" && ! grep -qi '^server: nginx/' <<<"$headers"; then pass "aucune version de serveur annoncée"; else fail "une bannière de serveur avec version est envoyée"; fi
redirect=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -H "Host: aiguillage.localhost" "http://127.0.0.1:$http_port/annuaire")
if [[ $redirect == "301 https://aiguillage.localhost/annuaire" ]]; then pass "http redirige vers https (301)"; else fail "http → « $redirect » (attendu 301 vers https)"; fi
big=$(head -c 2000000 /dev/zero | tr '\0' a | web -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary @- "$base/api/v1/mises-en-relation")
if [[ $big == 413 ]]; then pass "corps de 2 Mo refusé par nginx (413, client_max_body_size)"; else fail "corps de 2 Mo → $big (attendu 413)"; fi

# --- Une tâche faite une seule fois : les courriels d'une mise en relation partent une fois, des deux instances ---
orientation=$(web "$base/api/v1/orientation?commune=23096&etape=creation")
offer=$(grep -o '"id":[0-9]*' <<<"$orientation" | head -1 | cut -d: -f2)
created=$(web -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' "$base/api/v1/mises-en-relation" \
  --data "{\"offreId\":${offer:-0},\"nom\":\"Camille Essai\",\"courriel\":\"camille@example.org\",\"message\":\"Essai de fumée du déploiement : un projet de tiers-lieu à Guéret.\",\"consentement\":true}")
if [[ $created == 201 ]]; then pass "mise en relation envoyée par l'API (offre $offer) → 201"; else fail "mise en relation → $created (attendu 201, offre « $offer »)"; fi
queued=$(psql -d "$database" -XtAc "SELECT count(*) FROM queued_mails")
for _ in $(seq 1 40); do
  [[ $(psql -d "$database" -XtAc "SELECT count(*) FROM queued_mails WHERE sent_at_utc IS NULL") == 0 ]] && break
  sleep 0.5
done
sleep 3 # les deux envoyeurs ont eu plusieurs tours pour envoyer une seconde fois
files=$(find "$work/mail" -name '*.eml' | wc -l)
holder=$(psql -d "$database" -XtAc "SELECT holder FROM job_leases WHERE name = 'mail-queue'")
if [[ $queued -gt 0 && $files == "$queued" ]]; then
  pass "$queued courriel(s) en file, $files écrit(s) : chacun une seule fois malgré deux envoyeurs (bail tenu par ${holder:-?})"
else
  fail "$queued courriel(s) en file mais $files fichier(s) écrit(s)"
fi

# --- Redémarrage d'une instance pendant que des requêtes arrivent : nginx les passe à l'autre ---
load() {
  local out=$1 end=$((SECONDS + $2))
  while ((SECONDS < end)); do
    status "$base/" >>"$out"; echo >>"$out"
    status "$base/annuaire/departement/23" >>"$out"; echo >>"$out"
    status "$base/health/ready" >>"$out"; echo >>"$out"
  done
}
load "$work/load-1.txt" 25 &
loader1=$!
load "$work/load-2.txt" 25 &
loader2=$!
sleep 2
kill -TERM "${pids[0]}"
wait "${pids[0]}" 2>/dev/null
start_site 0
wait_ready 0 || fail "l'instance redémarrée n'est pas prête"
wait "$loader1" "$loader2"
total=$(cat "$work"/load-*.txt | grep -c .)
bad=$(cat "$work"/load-*.txt | grep -vc '^200$')
relayed=$(grep -c 'while connecting to upstream' "$work/nginx/error.log" 2>/dev/null)
if ((total > 20 && bad == 0)); then
  pass "instance 1 arrêtée puis redémarrée pendant $total requêtes : aucune en échec ($relayed connexion(s) refusée(s) rejouée(s) par nginx sur l'autre instance)"
else
  fail "redémarrage : $bad requête(s) sur $total en échec ($(sort "$work"/load-*.txt | uniq -c | tr '\n' ' '))"
fi
expect 200 "santé après le redémarrage" /health/ready

# --- Sauvegarde et restauration ---
if backup=$(PGDATABASE=$database deploy/backup.sh "$work/backups" 2>"$work/backup.log"); then
  pass "sauvegarde pg_dump par deploy/backup.sh : $(basename "$backup") ($(du -h "$backup" | cut -f1))"
else
  cat "$work/backup.log"; fail "deploy/backup.sh a échoué"
fi
if deploy/restore.sh "$backup" "$restored" >"$work/restore.log" 2>&1; then
  pass "restauration par deploy/restore.sh dans la base neuve $restored"
  for table in offers structures communes queued_mails referrals data_protection_keys; do
    a=$(psql -d "$database" -XtAc "SELECT count(*) FROM $table")
    b=$(psql -d "$restored" -XtAc "SELECT count(*) FROM $table")
    if [[ -n $a && $a == "$b" && $a -gt 0 ]]; then pass "table $table : $a lignes dans la base et dans la restauration"; else fail "table $table : $a lignes dans la base, $b dans la restauration"; fi
  done
else
  cat "$work/restore.log"; fail "deploy/restore.sh a échoué"
fi
if deploy/restore.sh "$backup" "$restored" >/dev/null 2>&1; then fail "restore.sh a accepté d'écraser une base existante"; else pass "restore.sh refuse d'écraser une base existante"; fi

((failures == 0))
