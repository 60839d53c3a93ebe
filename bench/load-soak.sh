#!/usr/bin/env bash
# Charge et endurance de la pile de production, sur la boucle locale : PostgreSQL, deux instances publiées du site
# (Production) et le nginx de Debian devant en TLS, montés comme deploy/smoke.sh (deploy/stack.sh).
#   bench/load-soak.sh [--offres N] [--duree SECONDES] [--endurance SECONDES] [--sortie DOSSIER]
# 1. Saturation : chaque point d'accès (orientation en page et en API, recherche, annuaire, page d'offre, GeoJSON de la
#    carte) chargé par wrk au maximum, à travers nginx puis directement sur une instance ; débit, p50, p99 et erreurs,
#    et le débit en rapport d'un point d'accès trivial (/health/live) mesuré dans la même exécution par le même chemin.
# 2. Endurance : le mélange de ces points d'accès à travers nginx à la moitié de son débit saturant pendant
#    --endurance secondes (600 par défaut) ; toutes les 10 s, la mémoire (RSS) et le nombre de fils de chaque instance
#    et les connexions PostgreSQL à la base ; courbe SVG tracée par gnuplot.
# --offres N ajoute N offres synthétiques (500 structures placées sur des communes tirées selon la population) par
# l'import CSV avant les mesures. Les limites de débit par client sont coupées (RateLimits__Public__PermitLimit=0) : wrk
# est un seul client, et c'est la capacité du site qu'on mesure. Résultats dans --sortie (results.md, soak.csv,
# soak.svg, sorties brutes de wrk) ; les chiffres gardés sont recopiés dans docs/benchmarks.md.
# Machine au calme pendant la mesure : wrk, nginx, PostgreSQL et les deux instances se partagent ses cœurs.
set -uo pipefail
cd "$(dirname "$0")/.."

offers=0 duration=20 soak=600 out=""
while (($#)); do
  case $1 in
    --offres) offers=$2; shift 2 ;;
    --duree) duration=$2; shift 2 ;;
    --endurance) soak=$2; shift 2 ;;
    --sortie) out=$2; shift 2 ;;
    *) echo "Option inconnue : $1 (voir l'en-tête du script)." >&2; exit 2 ;;
  esac
done
out=${out:-/tmp/aiguillage-charge-$(date +%Y%m%d-%H%M%S)-$offers}
mkdir -p "$out"

work=$(mktemp -d /tmp/aiguillage-load.XXXXXX)
chmod 755 "$work"
abort() { echo "ÉCHEC : $*" >&2; exit 1; }
source deploy/stack.sh
trap 'stack_teardown; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

for pair in wrk:wrk gnuplot:gnuplot-nox; do
  command -v "${pair%%:*}" >/dev/null && continue
  [[ $(id -u) -eq 0 ]] && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${pair#*:}" >/dev/null \
    || abort "${pair%%:*} manque : sudo apt-get install ${pair#*:}"
done
stack_require

database="aiguillage_charge_$$"
stack_postgres "$database" --fsync
echo "Publication du site et de la ligne de commande…"
stack_publish
stack_cli migrate >"$work/migrate.log" 2>&1 || { cat "$work/migrate.log"; abort "aiguillage migrate a échoué"; }
stack_cli init >"$work/init.log" 2>&1 || { cat "$work/init.log"; abort "aiguillage init a échoué"; }
if ((offers > 0)); then
  echo "Import de $offers offres synthétiques…"
  dotnet run -c Release --project bench/Aiguillage.Benchmarks -- offres-synthetiques "$offers" --structures-placees >"$work/synthetiques.csv" \
    || abort "génération des offres synthétiques impossible"
  import_started=$SECONDS
  stack_cli offers import "$work/synthetiques.csv" >"$work/import.log" 2>&1 || { tail -20 "$work/import.log"; abort "import des offres synthétiques refusé"; }
  echo "  importées en $((SECONDS - import_started)) s : $(tail -1 "$work/import.log")"
fi
published=$(psql -d "$database" -XtAc "SELECT count(*) FROM offers")

stack_nginx auto
for n in 0 1; do stack_start_site "$n" RateLimits__Public__PermitLimit=0; done
stack_wait_ready 0 && stack_wait_ready 1 || { tail -20 "$work"/site-*.log; abort "les deux instances ne sont pas prêtes"; }
via_nginx="https://127.0.0.1:$stack_https_port"
direct="http://127.0.0.1:${stack_site_ports[0]}"
get() { curl -fsk -H "Host: aiguillage.localhost" "$direct$1"; }

# --- Les chemins demandés, en rotation : ce que des personnes différentes demanderaient ---
get "/api/v1/territoires?niveau=commune&limit=200" | grep -o '"code":"[0-9AB]\{5\}"' | cut -d'"' -f4 >"$work/communes.txt"
# Les 101 départements : les collectivités d'outre-mer, gardées mais marquées (ADR 002), n'ont ni annuaire ni carte.
get "/api/v1/territoires?niveau=departement&limit=200" | sed 's/},{"niveau"/}\n{"niveau"/g' | grep '"collectiviteOutreMer":false' \
  | grep -o '"niveau":"departement","code":"[0-9AB]\{2,3\}"' | cut -d'"' -f8 >"$work/departements.txt"
: >"$work/offres.txt"
for page in 1 2; do
  # L'identifiant de chaque élément de la liste (pas celui de sa structure, imbriqué après « "structure": »).
  get "/api/v1/offres?taille=100&page=$page" | grep -o '[[,]{"id":[0-9]\+' | grep -o '[0-9]\+' >>"$work/offres.txt"
done
(($(wc -l <"$work/communes.txt") >= 100 && $(wc -l <"$work/departements.txt") == 101 && $(wc -l <"$work/offres.txt") == 200)) \
  || abort "communes, départements ou offres introuvables par l'API"
stages=(ideation emergence creation consolidation changement-echelle)
needs=("" "financement" "financement,juridique" "emploi-rh,strategie,numerique")
i=0
while read -r code; do
  profile="commune=$code&etape=${stages[$((i % 5))]}&besoins=${needs[$((i % 4))]}"
  echo "/orientation/resultats?$profile" >>"$work/paths-orientation-page.txt"
  echo "/api/v1/orientation?$profile" >>"$work/paths-orientation-api.txt"
  i=$((i + 1))
done <"$work/communes.txt"
for q in tiers-lieux financement incubateur "cooperative+d'activite" "pret+d'honneur" emploi numerique alimentation insertion \
  association "economie+circulaire" culture mobilite "dispositif+local+d'accompagnement" scop formation logement zzzzqqq; do
  echo "/recherche?q=$q"
done >"$work/paths-recherche.txt"
sed 's#^#/annuaire/departement/#' "$work/departements.txt" >"$work/paths-annuaire.txt"
sed 's#^#/offres/#' "$work/offres.txt" >"$work/paths-offre.txt"
{
  echo "/api/v1/structures.geojson"
  sed -n '1~4p' "$work/departements.txt" | sed 's#^#/api/v1/structures.geojson?departement=#'
} >"$work/paths-geojson.txt"
echo "/health/live" >"$work/paths-trivial.txt"
# Le mélange de l'endurance : les listes entrelacées, une ligne de chacune à tour de rôle.
paste -d '\n' "$work"/paths-{orientation-page,orientation-api,recherche,annuaire,offre,geojson}.txt | grep . >"$work/paths-melange.txt"

# Un passage sur chaque chemin, sur chaque instance, avant de mesurer : les mémos par génération du catalogue (réponses
# d'orientation, listes de l'annuaire, couverture) sont chauds, comme sur un site en service ; le premier passage est
# chronométré à part (ce que coûte la première visite après une modification du catalogue).
echo "Premier passage sur chaque chemin (mémos froids), instance par instance…"
declare -A cold_ms
for n in 0 1; do
  for name in orientation-page orientation-api recherche annuaire offre geojson; do
    cold_started=$(date +%s%N)
    while read -r path; do
      curl -sk -o /dev/null -H "Host: aiguillage.localhost" "http://127.0.0.1:${stack_site_ports[$n]}$path"
    done <"$work/paths-$name.txt"
    ((n == 0)) && cold_ms[$name]=$((($(date +%s%N) - cold_started) / 1000000))
  done
done

# lua NOM [DÉLAI_MS] : script wrk qui parcourt la liste NOM (chaque fil part d'un point différent), avec un délai fixe
# avant chaque requête si DÉLAI_MS est donné.
lua() {
  local name=$1 delay=${2:-}
  {
    echo "paths = {"
    sed 's#.*#  "&",#' "$work/paths-$name.txt"
    echo "}"
    echo 'counter = 0'
    echo 'setup = function(thread) thread:set("counter", math.random(0, 10000)) end'
    echo 'request = function() counter = counter + 1; return wrk.format("GET", paths[(counter % #paths) + 1], { Host = "aiguillage.localhost" }) end'
    [[ -n $delay ]] && echo "delay = function() return $delay end"
  } >"$work/$name${delay:+-$delay}.lua"
  echo "$work/$name${delay:+-$delay}.lua"
}

# Chiffres d'une sortie de wrk : débit, p50 et p99 (en ms), erreurs (réponses non 2xx et erreurs de socket).
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
ms() {
  awk -v q="$2" '$1 == q { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }' "$1"
}
errors() {
  awk '/requests in/ {total = $1} /Non-2xx/ {n += $NF} /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 }
       END { if (total == 0) print "aucune réponse"; else print n + 0 }' "$1"
}

names=(trivial orientation-page orientation-api recherche annuaire offre geojson)
declare -A labels=(
  [trivial]="/health/live (référence triviale)" [orientation-page]="orientation, page de résultats (200 profils)"
  [orientation-api]="orientation, API (200 profils)" [recherche]="recherche (18 requêtes)"
  [annuaire]="annuaire d'un département (101)" [offre]="page d'une offre (200 offres)" [geojson]="GeoJSON de la carte (France et 26 départements)"
)
{
  echo "# Charge et endurance — $(date '+%Y-%m-%d %H:%M %Z')"
  echo
  echo "Machine : $(nproc) cœurs ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f Go", $2 / 1048576}' /proc/meminfo) de mémoire, $(. /etc/os-release && echo "$PRETTY_NAME")."
  echo "Pile : nginx $("$stack_nginx_bin" -v 2>&1 | cut -d/ -f2) (worker_processes auto, TLS), deux instances du site (.NET $(dotnet --version), Production), PostgreSQL $(psql -d postgres -XtAc 'SHOW server_version' | cut -d' ' -f1) (fsync actif), $published offres publiées."
  echo "wrk : 2 fils, 32 connexions, $duration s par mesure après 5 s de chauffe, délai d'abandon 10 s ; les chemins tournent sur les listes indiquées."
  echo
  echo "Premier passage sur chaque chemin, mémos froids (juste après le démarrage, comme après une modification du catalogue), une requête à la fois sur l'instance 1 ; les mesures de saturation suivent ce passage, fait aussi sur l'instance 2 :"
  echo
  echo "| point d'accès | chemins | durée moyenne d'une première requête (ms) |"
  echo "|---|---:|---:|"
  for name in orientation-page orientation-api recherche annuaire offre geojson; do
    echo "| ${labels[$name]} | $(wc -l <"$work/paths-$name.txt") | $(awk -v t="${cold_ms[$name]}" -v n="$(wc -l <"$work/paths-$name.txt")" 'BEGIN { printf "%.0f", t / n }') |"
  done
  echo
} >"$out/results.md"

saturate() {
  local path=$1 base=$2 name script
  echo "| point d'accès ($path) | requêtes/s | rapport au trivial | p50 (ms) | p99 (ms) | erreurs |" >>"$out/results.md"
  echo "|---|---:|---:|---:|---:|---:|" >>"$out/results.md"
  local trivial=""
  for name in "${names[@]}"; do
    script=$(lua "$name")
    wrk -t2 -c32 -d5s -s "$script" "$base" >/dev/null 2>&1
    wrk -t2 -c32 -d"${duration}"s --timeout 10s --latency -s "$script" "$base" >"$out/wrk-$path-$name.txt" 2>&1
    local r=$(rps "$out/wrk-$path-$name.txt")
    [[ $name == trivial ]] && trivial=$r
    printf '| %s | %.0f | %s | %s | %s | %s |\n' "${labels[$name]}" "$r" \
      "$(awk -v a="$r" -v b="$trivial" 'BEGIN { printf "%.3f", a / b }')" \
      "$(ms "$out/wrk-$path-$name.txt" 50%)" "$(ms "$out/wrk-$path-$name.txt" 99%)" "$(errors "$out/wrk-$path-$name.txt")" >>"$out/results.md"
    echo "  [$path] ${labels[$name]} : $r req/s, p99 $(ms "$out/wrk-$path-$name.txt" 99%) ms, $(errors "$out/wrk-$path-$name.txt") erreur(s)"
  done
  echo >>"$out/results.md"
}

echo "Saturation à travers nginx…"
saturate "nginx, TLS, deux instances" "$via_nginx"
echo "Saturation directe sur une instance…"
saturate "direct, une instance" "$direct"

# --- Endurance : le mélange à la moitié de son débit saturant ---
echo "Saturation du mélange à travers nginx…"
mix=$(lua melange)
wrk -t2 -c32 -d5s -s "$mix" "$via_nginx" >/dev/null 2>&1
wrk -t2 -c32 -d"${duration}"s --timeout 10s --latency -s "$mix" "$via_nginx" >"$out/wrk-melange-saturation.txt" 2>&1
saturation=$(rps "$out/wrk-melange-saturation.txt")
target=$(awk -v s="$saturation" 'BEGIN { printf "%.0f", s / 2 }')
connections=16
# Chaque connexion attend ce délai avant chaque requête : connections × 1000 / délai requêtes par seconde, un peu moins
# du temps de réponse en plus ; le débit obtenu est mesuré et écrit.
delay=$(awk -v c="$connections" -v t="$target" 'BEGIN { printf "%.0f", c * 1000 / t }')
soak_script=$(lua melange "$delay")
echo "Endurance : $soak s à ~$target req/s (moitié de $saturation), $connections connexions, $delay ms entre deux requêtes de chacune…"
sample() {
  local n fields=""
  for n in 0 1; do
    fields+=",$(awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/${stack_pids[$n]}/status" 2>/dev/null || echo 0)"
    fields+=",$(awk '/^Threads/ {print $2}' "/proc/${stack_pids[$n]}/status" 2>/dev/null || echo 0)"
  done
  echo "$1$fields,$(psql -d postgres -XtAc "SELECT count(*) FROM pg_stat_activity WHERE datname = '$database'")"
}
echo "secondes,rss_instance1_mo,fils_instance1,rss_instance2_mo,fils_instance2,connexions_postgresql" >"$out/soak.csv"
soak_started=$SECONDS
wrk -t2 -c"$connections" -d"${soak}"s --timeout 10s --latency -s "$soak_script" "$via_nginx" >"$out/wrk-endurance.txt" 2>&1 &
loader=$!
while kill -0 "$loader" 2>/dev/null; do
  sample "$((SECONDS - soak_started))" >>"$out/soak.csv"
  sleep 10
done
wait "$loader"
sample "$((SECONDS - soak_started))" >>"$out/soak.csv"
for n in 0 1; do kill -0 "${stack_pids[$n]}" 2>/dev/null || abort "l'instance $((n + 1)) s'est arrêtée pendant l'endurance"; done

# Premier et dernier quart de l'endurance : la dérive de chaque série.
drift() {
  awk -F, -v c="$1" 'NR > 1 { v[++n] = $c } END {
    q = int(n / 4); if (q < 1) q = 1
    for (i = 1; i <= q; i++) a += v[i]; for (i = n - q + 1; i <= n; i++) b += v[i]
    min = v[1]; max = v[1]; for (i = 1; i <= n; i++) { if (v[i] < min) min = v[i]; if (v[i] > max) max = v[i] }
    printf "%.1f → %.1f (min %.1f, max %.1f)", a / q, b / q, min, max }' "$out/soak.csv"
}
{
  echo "Mélange des six points d'accès à travers nginx : saturation $(printf '%.0f' "$saturation") requêtes/s (p99 $(ms "$out/wrk-melange-saturation.txt" 99%) ms)."
  echo "Endurance : $soak s, $connections connexions, $delay ms entre deux requêtes d'une connexion : $(printf '%.0f' "$(rps "$out/wrk-endurance.txt")") requêtes/s obtenues ($(awk '/requests in/ {print $1}' "$out/wrk-endurance.txt") requêtes), p50 $(ms "$out/wrk-endurance.txt" 50%) ms, p99 $(ms "$out/wrk-endurance.txt" 99%) ms, $(errors "$out/wrk-endurance.txt") erreur(s)."
  echo
  echo "| série (moyenne du premier quart → du dernier quart) | valeurs |"
  echo "|---|---|"
  echo "| mémoire de l'instance 1 (Mo) | $(drift 2) |"
  echo "| mémoire de l'instance 2 (Mo) | $(drift 4) |"
  echo "| fils de l'instance 1 | $(drift 3) |"
  echo "| fils de l'instance 2 | $(drift 5) |"
  echo "| connexions PostgreSQL à la base | $(drift 6) |"
} >>"$out/results.md"

gnuplot <<PLOT
set terminal svg size 900,720 font "sans,12" background rgb "white"
set output "$out/soak.svg"
set datafile separator ","
set key top left autotitle columnhead
set multiplot layout 3,1 title "Endurance : $(printf '%.0f' "$(rps "$out/wrk-endurance.txt")") requêtes/s à travers nginx pendant $soak s, $published offres (PostgreSQL)"
set xrange [0:$soak]
set grid
set ylabel "mémoire (Mo)"
set yrange [0:*]
plot "$out/soak.csv" using 1:2 with lines lw 2 title "instance 1", "" using 1:4 with lines lw 2 title "instance 2"
set ylabel "fils"
plot "$out/soak.csv" using 1:3 with lines lw 2 title "instance 1", "" using 1:5 with lines lw 2 title "instance 2"
set ylabel "connexions PostgreSQL"
set xlabel "secondes"
plot "$out/soak.csv" using 1:6 with lines lw 2 title "connexions à la base"
unset multiplot
PLOT

for log in "$work"/site-*.log; do
  if grep -q "fail:\|crit:\|Exception" "$log"; then echo "Erreurs dans $(basename "$log") :"; grep -m5 "fail:\|crit:" "$log"; fi
done
cat "$out/results.md"
echo "Résultats : $out"
