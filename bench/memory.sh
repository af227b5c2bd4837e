#!/usr/bin/env bash
# Memory: the bridge's heap and RSS at rest, then after tracking TARGET distinct fingerprints (default 1,000,000),
# each heap figure after a full GC. The bridge runs in the sandbox profile in shadow mode with a ledger large
# enough to keep them all and a heap of HEAP (default 2g) so the measurement, not the limit, decides. Loopback
# only; bounded by MAX_SECONDS (default 900).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18085}
TARGET=${TARGET:-1000000}
HEAP=${HEAP:-2g}
MAX_SECONDS=${MAX_SECONDS:-900}
JAR=${JAR:-target/halo-alert-bridge-0.1.0-SNAPSHOT.jar}
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f "$JAR" ] || ./mvnw -B -ntp -q package -DskipTests
if curl -s --max-time 2 -o /dev/null "$BASE/"; then echo "port $PORT is in use" >&2; exit 1; fi

java -Xmx"$HEAP" -jar "$JAR" --spring.profiles.active=sandbox --server.address=127.0.0.1 --server.port="$PORT" \
  --bridge.ticketing.mode=shadow --bridge.outbox.capacity=100000000 --bridge.dedupe.ledger-max-entries="$TARGET" \
  --logging.level.root=WARN > target/bench-memory.log 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf "$BASE/actuator/health/readiness" >/dev/null && break; sleep 1; done

metric() { curl -s "$BASE/actuator/prometheus" | awk -v m="$1" '$0 ~ "^" m {sum += $NF} END {printf "%d", sum}'; }
measure() {
  jcmd "$PID" GC.run >/dev/null
  sleep 2
  echo "heap_used_mb=$(( $(metric 'jvm_memory_used_bytes\\{.*area="heap"') / 1048576 ))" \
    "rss_mb=$(( $(ps -o rss= -p "$PID") / 1024 ))" "ledger_entries=$(metric bridge_ledger_entries)" \
    "outbox_depth=$(metric bridge_outbox_depth)"
}

echo "java: $(java -version 2>&1 | head -n 1); -Xmx$HEAP; target $TARGET fingerprints"
echo "at rest: $(measure)"
start=$SECONDS
run=0
while [ "$(metric bridge_ledger_entries)" -lt "$TARGET" ] && [ $((SECONDS - start)) -lt "$MAX_SECONDS" ]; do
  run=$((run + 1))
  RUN=$run ALERTS=10 wrk -t2 -c32 -d10s -s bench/new.lua "$BASE" > /dev/null
done
while [ "$(metric bridge_outbox_depth)" -gt 0 ] && [ $((SECONDS - start)) -lt "$MAX_SECONDS" ]; do sleep 1; done
echo "after $(( SECONDS - start )) s of new alerts: $(measure)"
