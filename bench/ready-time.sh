#!/usr/bin/env bash
# Start-up figures for docs/adr/0004: seconds from process start until /health/ready answers, and until the first
# write (POST /api/documents, which Dynamic mode compiles on first use) is answered.
# Usage: bench/ready-time.sh <publish dir> <Dynamic|Static> <port>
#   dotnet publish src/Registry.Web -c Release -o /tmp/pub-dynamic
#   dotnet run --project src/Registry.Web -- codegen write && dotnet publish src/Registry.Web -c Release -o /tmp/pub-static
#   (then delete src/Registry.Web/Internal/Generated). Run each a few times: the first run initialises PostgreSQL.
set -euo pipefail
dir=$(realpath "$1"); mode=$2; port=$3
work=/tmp/registry-ready-$mode; mkdir -p "$work"; cd "$work"
start=$(date +%s.%N)
Registry__CodeGeneration=$mode Registry__Access__BootstrapAdmin__Name=admin \
  Registry__Access__BootstrapAdmin__Password=bench-password-123 \
  dotnet "$dir/Registry.Web.dll" --urls="http://127.0.0.1:$port" > app.log 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
  kill -0 $pid 2>/dev/null || { echo "the app stopped; see $work/app.log" >&2; exit 1; }
  sleep 0.05
done
ready=$(date +%s.%N)
code=$(curl -s -o /dev/null -w "%{http_code}" -u admin:bench-password-123 -H 'Content-Type: application/json' \
  -d '{"title":"Mätning","kind":"rutin","ownerBodies":["VVG"]}' "http://127.0.0.1:$port/api/documents")
first=$(date +%s.%N)
kill -TERM $pid; wait $pid 2>/dev/null || true
printf "%s ready %.2f s, first write %.2f s (HTTP %s)\n" "$mode" "$(echo "$ready - $start" | bc)" "$(echo "$first - $start" | bc)" "$code"
