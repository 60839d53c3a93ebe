#!/usr/bin/env bash
# Load test of POST /api/v1/mises-en-relation under wrk, on loopback: the rate limit lets the configured number of requests
# through per client address and window and answers 429 to the rest, without errors (no 5xx, no socket error).
# Bounded: one run of 10 s after publishing and seeding. Results go to docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { [[ $(id -u) -eq 0 ]] && apt-get install -y -q wrk >/dev/null; } || { echo "Installez wrk (apt-get install wrk)." >&2; exit 2; }

work=$(mktemp -d /tmp/aiguillage-limite.XXXXXX)
port=${PORT:-5098}
db="Data Source=$work/aiguillage.db"
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet publish src/Aiguillage.Web -c Release -o "$work/web" >/dev/null
dotnet build src/Aiguillage.Cli -c Release >/dev/null
dotnet run --no-build -c Release --project src/Aiguillage.Cli -- init "--ConnectionStrings:Aiguillage=$db" >/dev/null

(cd "$work/web" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning Mail__Enabled=false \
  Referrals__RateLimit__PermitLimit=5 Referrals__RateLimit__WindowMinutes=10 \
  Referrals__Moderators__0__Territory=pays:FR Referrals__Moderators__0__Email=moderation@example.org \
  "ConnectionStrings__Aiguillage=$db" ./Aiguillage.Web --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1) &
server=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.2; done

offer=$(curl -fs "http://127.0.0.1:$port/api/v1/offres?taille=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"offreId": $offer, "nom": "Charge Essai", "courriel": "charge@example.org", "message": "Un projet pour mesurer la limite de débit du formulaire.", "consentement": true}'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) counts = {} end
function response(status, headers, body) counts[status] = (counts[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("counts")) do total[status] = (total[status] or 0) + n end
  end
  for status, n in pairs(total) do io.write(string.format("statut %d : %d\n", status, n)) end
end
LUA

echo "== POST /api/v1/mises-en-relation, limite 5 par adresse et par 10 minutes"
wrk -t2 -c20 -d10s --latency -s "$work/post.lua" "http://127.0.0.1:$port/api/v1/mises-en-relation" | tee "$work/wrk.txt"
kill "$server"; wait "$server" 2>/dev/null || true
grep -q "Socket errors" "$work/wrk.txt" && echo "ERREURS DE SOCKET" || echo "aucune erreur de socket."
grep -E "Unhandled|fail:" "$work/server.log" | head -5 || true
