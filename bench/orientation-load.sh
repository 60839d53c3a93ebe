#!/usr/bin/env bash
# HTTP load test of GET /api/v1/orientation, on loopback only, against the published site on SQLite with the seed plus
# 5 000 synthetic offers. Reports requests per second as a ratio to a trivial endpoint of the same process (/health/live),
# measured in the same run. Bounded: two runs of 15 s each. Results go to docs/benchmarks.md by hand.
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

(cd "$work/web" && env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  "ConnectionStrings__Aiguillage=$db" ./Aiguillage.Web --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1) &
server=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.2; done

# 200 requests over the most populated communes, rotating stages and needs.
curl -fs "http://127.0.0.1:$port/api/v1/territoires?niveau=commune&limit=200" \
  | grep -o '"code":"[0-9AB]\{5\}"' | cut -d'"' -f4 > "$work/communes.txt"
stages=(ideation emergence creation consolidation changement-echelle)
needs=("" "financement" "financement,juridique" "emploi-rh,strategie,numerique")
{
  echo "paths = {"
  i=0
  while read -r code; do
    echo "  \"/api/v1/orientation?commune=$code&etape=${stages[$((i % 5))]}&besoins=${needs[$((i % 4))]}\","
    i=$((i + 1))
  done < "$work/communes.txt"
  echo "}"
  echo 'counter = 0'
  echo 'request = function() counter = counter + 1; return wrk.format("GET", paths[(counter % #paths) + 1]) end'
} > "$work/orientation.lua"

for _ in $(seq 1 200); do curl -fs "http://127.0.0.1:$port/api/v1/orientation?commune=23096&etape=creation" >/dev/null; done

echo "== GET /health/live (référence triviale)"
wrk -t2 -c50 -d15s --latency "http://127.0.0.1:$port/health/live" | tee "$work/trivial.txt"
echo "== GET /api/v1/orientation (200 profils en rotation)"
wrk -t2 -c50 -d15s --latency -s "$work/orientation.lua" "http://127.0.0.1:$port" | tee "$work/orientation.txt"

trivial=$(awk '/Requests\/sec/ {print $2}' "$work/trivial.txt")
orientation=$(awk '/Requests\/sec/ {print $2}' "$work/orientation.txt")
echo "Ratio orientation / trivial : $(awk -v a="$orientation" -v b="$trivial" 'BEGIN { printf "%.1f %%", 100 * a / b }')"
grep -E "Non-2xx|Socket errors" "$work/trivial.txt" "$work/orientation.txt" || echo "Aucune erreur (ni non-2xx ni erreur de socket)."
