#!/usr/bin/env bash
# HTTP load test of GET /api/v1/orientation, on loopback only, against the published site on SQLite with the seed plus
# 5 000 synthetic offers. Reports requests per second as a ratio to a trivial endpoint of the same process (/health/live),
# measured in the same run, with the memo of answers on and then off. Bounded: ten runs of 15 s. Results go to docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { [[ $(id -u) -eq 0 ]] && apt-get install -y -q wrk >/dev/null; } || { echo "Installez wrk (apt-get install wrk)." >&2; exit 2; }

work=$(mktemp -d /tmp/aiguillage-load.XXXXXX)
port=${PORT:-5099}
db="Data Source=$work/aiguillage.db"
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet publish src/Aiguillage.Web -c Release -o "$work/web" >/dev/null
dotnet build src/Aiguillage.Cli -c Release >/dev/null
dotnet build bench/Aiguillage.Benchmarks -c Release >/dev/null
cli() { dotnet run --no-build -c Release --project src/Aiguillage.Cli -- "$@" "--ConnectionStrings:Aiguillage=$db"; }
cli init
dotnet run --no-build -c Release --project bench/Aiguillage.Benchmarks -- offres-synthetiques 5000 > "$work/synthetiques.csv"
cli offers import "$work/synthetiques.csv"

# One run per configuration: the memo of answers on (default), then off (Orientation__CacheSize=0), which measures the
# engine and the serialisation on every request. Each ratio compares two endpoints of the same process in the same run.
measure() {
  local label=$1 cache=$2
  (cd "$work/web" && exec env ASPNETCORE_ENVIRONMENT=Production RateLimits__Public__PermitLimit=0 Logging__LogLevel__Default=Warning Orientation__CacheSize="$cache" \
    "ConnectionStrings__Aiguillage=$db" ./Aiguillage.Web --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1) &
  server=$!
  for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.2; done

  if [[ ! -s $work/orientation.lua ]]; then
    # 200 requests over the most populated communes, rotating stages and needs.
    curl -fs "http://127.0.0.1:$port/api/v1/territoires?niveau=commune&limit=200" \
      | grep -o '"code":"[0-9AB]\{5\}"' | cut -d'"' -f4 > "$work/communes.txt"
    local stages=(ideation emergence creation consolidation changement-echelle)
    local needs=("" "financement" "financement,juridique" "emploi-rh,strategie,numerique")
    {
      echo "paths = {"
      local i=0
      while read -r code; do
        echo "  \"/api/v1/orientation?commune=$code&etape=${stages[$((i % 5))]}&besoins=${needs[$((i % 4))]}\","
        i=$((i + 1))
      done < "$work/communes.txt"
      echo "}"
      echo 'counter = 0'
      echo 'request = function() counter = counter + 1; return wrk.format("GET", paths[(counter % #paths) + 1]) end'
    } > "$work/orientation.lua"
  fi

  for _ in $(seq 1 200); do curl -fs "http://127.0.0.1:$port/api/v1/orientation?commune=23096&etape=creation" >/dev/null; done

  # The same bytes as one real answer, served as a static file by the same process: what any response of that size costs
  # here, whatever the code behind it (the copies through loopback and wrk's own reading share the 2 cores).
  curl -fs "http://127.0.0.1:$port/api/v1/orientation?commune=23096&etape=creation&besoins=financement,juridique" > "$work/web/wwwroot/reponse-statique.json"
  head -c 10000 "$work/web/wwwroot/reponse-statique.json" > "$work/web/wwwroot/statique-10k.json"

  echo "== [$label] GET /health/live (référence triviale)"
  wrk -t2 -c50 -d15s --latency "http://127.0.0.1:$port/health/live" | tee "$work/trivial-$cache.txt"
  echo "== [$label] GET /api/v1/orientation (200 profils en rotation)"
  wrk -t2 -c50 -d15s --latency -s "$work/orientation.lua" "http://127.0.0.1:$port" | tee "$work/orientation-$cache.txt"
  echo "== [$label] GET /api/v1/orientation avec Accept-Encoding: gzip (comme un navigateur)"
  wrk -t2 -c50 -d15s --latency -H "Accept-Encoding: gzip" -s "$work/orientation.lua" "http://127.0.0.1:$port" | tee "$work/orientation-gzip-$cache.txt"
  echo "== [$label] GET /reponse-statique.json (la même réponse en fichier statique, $(wc -c < "$work/web/wwwroot/reponse-statique.json") octets)"
  wrk -t2 -c50 -d15s --latency "http://127.0.0.1:$port/reponse-statique.json" | tee "$work/static-$cache.txt"
  echo "== [$label] GET /statique-10k.json (10 000 octets en fichier statique)"
  wrk -t2 -c50 -d15s --latency "http://127.0.0.1:$port/statique-10k.json" | tee "$work/static10-$cache.txt"
  kill "$server"; wait "$server" 2>/dev/null || { echo "[$label] arrêt du site en erreur ; fin de son journal :"; tail -20 "$work/server.log"; }

  local trivial orientation gzip static static10
  trivial=$(awk '/Requests\/sec/ {print $2}' "$work/trivial-$cache.txt")
  orientation=$(awk '/Requests\/sec/ {print $2}' "$work/orientation-$cache.txt")
  gzip=$(awk '/Requests\/sec/ {print $2}' "$work/orientation-gzip-$cache.txt")
  static=$(awk '/Requests\/sec/ {print $2}' "$work/static-$cache.txt")
  static10=$(awk '/Requests\/sec/ {print $2}' "$work/static10-$cache.txt")
  echo "[$label] ratio orientation / trivial : $(awk -v a="$orientation" -v b="$trivial" 'BEGIN { printf "%.1f %%", 100 * a / b }')"
  echo "[$label] ratio orientation gzip / trivial : $(awk -v a="$gzip" -v b="$trivial" 'BEGIN { printf "%.1f %%", 100 * a / b }')"
  echo "[$label] ratio fichier statique de même taille / trivial : $(awk -v a="$static" -v b="$trivial" 'BEGIN { printf "%.1f %%", 100 * a / b }')"
  echo "[$label] ratio fichier statique de 10 Ko / trivial : $(awk -v a="$static10" -v b="$trivial" 'BEGIN { printf "%.1f %%", 100 * a / b }')"
  grep -E "Non-2xx|Socket errors" "$work/trivial-$cache.txt" "$work/orientation-$cache.txt" "$work/orientation-gzip-$cache.txt" \
    || echo "[$label] aucune erreur (ni non-2xx ni erreur de socket)."
}

measure "mémo actif" 2000
measure "mémo coupé" 0
