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
source deploy/stack.sh
stack_databases+=("$restored")

teardown() {
  local code=$?
  stack_teardown
  if ((failures > 0 || code != 0)); then
    say "Journaux gardés pour l'analyse : voir ci-dessous (dernières lignes)."
    for log in "$work"/site-*.log "$work"/nginx/error.log; do
      [[ -f $log ]] && { say "--- $log"; tail -n 15 "$log"; }
    done
  fi
  rm -rf "$work"
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

say "Essai de fumée du déploiement (deux instances derrière nginx, PostgreSQL)"
stack_require
stack_postgres "$database"
connection=$stack_connection

# --- Publication (une fois) et migrations par la ligne de commande ---
say "Publication du site et de la ligne de commande…"
stack_publish
cli() { stack_cli "$@"; }
if cli migrate >"$work/migrate.log" 2>&1; then pass "migrations appliquées par « aiguillage migrate »"; else cat "$work/migrate.log"; abort "aiguillage migrate a échoué"; fi
if cli init >"$work/init.log" 2>&1; then pass "territoires et amorce chargés par « aiguillage init » ($(tail -1 "$work/init.log"))"; else cat "$work/init.log"; abort "aiguillage init a échoué"; fi

# --- nginx, depuis les fichiers de deploy/ ---
mkdir -p "$work/mail"
stack_nginx
https_port=$stack_https_port
http_port=$stack_http_port
site_ports=("${stack_site_ports[@]}")
pass "configuration nginx de deploy/ acceptée (nginx -t) et nginx démarré sur 127.0.0.1:$https_port (TLS)"

# --- Deux instances du site, comme aiguillage@.service ---
start_site() {
  stack_start_site "$1" Mail__Directory="$work/mail" Mail__PollInterval=00:00:01 \
    Site__PublicUrl="https://aiguillage.localhost" Referrals__Moderators__0__Territory=pays:FR \
    Referrals__Moderators__0__Email=moderation@aiguillage.localhost
}
start_site 0
start_site 1
stack_wait_ready 0 && stack_wait_ready 1 || abort "les deux instances ne sont pas prêtes (voir les journaux)"
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
kill -TERM "${stack_pids[0]}"
wait "${stack_pids[0]}" 2>/dev/null
start_site 0
stack_wait_ready 0 || fail "l'instance redémarrée n'est pas prête"
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
