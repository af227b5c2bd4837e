#!/usr/bin/env bash
# Drain load test: how fast owed tickets reach Halo when Halo answers at once and has no limit (the sandbox's
# limit and the bridge's call budget both lifted). Posts ALERTS distinct Alertmanager alerts (MESSAGE alerts per
# message) to the bridge in the sandbox profile on loopback, then waits until that many tickets were created
# and prints tickets/s and the server CPU per ticket. Bounded: ALERTS posts' worth of work, at most LIMIT s.
# JAR picks the build to measure (default: this tree's), so two builds can be compared on one machine.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18081}
ALERTS=${ALERTS:-10000}
MESSAGE=${MESSAGE:-250}
LIMIT=${LIMIT:-900}
JAR=${JAR:-target/halo-alert-bridge-0.1.0-SNAPSHOT.jar}
BASE="http://127.0.0.1:$PORT"

[ -f "$JAR" ] || ./mvnw -B -ntp -q package -DskipTests
if curl -s -o /dev/null "$BASE/actuator/health"; then
  echo "port $PORT is already in use; set PORT to a free one" >&2
  exit 1
fi
# Settings of both the current and earlier builds; each ignores the ones it does not know.
java -Xmx512m -jar "$JAR" --spring.profiles.active=sandbox --server.address=127.0.0.1 --server.port="$PORT" \
  --bridge.sandbox.rate-limit-requests=100000000 --halo.budget.limit=100000000 \
  --bridge.outbox.capacity=$((ALERTS * 2)) --bridge.ingest.queue-capacity=$((ALERTS * 2)) \
  --logging.level.root=WARN > target/bench-drain-server.log 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "$BASE/actuator/health/readiness" >/dev/null && break
  kill -0 "$PID" 2>/dev/null || { echo "the bridge did not start:" >&2; tail -n 20 target/bench-drain-server.log >&2; exit 1; }
  sleep 1
done

created() {
  curl -s "$BASE/actuator/prometheus" | awk -F' ' '/^bridge_tickets_total\{.*action="created"/ {print int($2)}'
}
halo_calls() {
  curl -s "$BASE/actuator/prometheus" | awk '/^bridge_halo_requests_seconds_count/ {sum += $2} END {print int(sum)}'
}
cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
tck=$(getconf CLK_TCK)

alert() {
  printf '{"status":"firing","labels":{"alertname":"Drain%05d","customer":"ACME-001","instance":"host-%05d.acme.example.com:9100","severity":"%s"},"annotations":{"summary":"Drain%05d is failing"},"startsAt":"2026-03-02T09:14:07Z","endsAt":"0001-01-01T00:00:00Z"}' \
    "$1" "$1" "$([ $(($1 % 10)) -eq 0 ] && echo critical || echo warning)" "$1"
}
bodies=()
for ((from = 0; from < ALERTS; from += MESSAGE)); do
  body='{"version":"4","status":"firing","receiver":"halo","externalURL":"http://am.example.com","alerts":['
  for ((i = from; i < from + MESSAGE && i < ALERTS; i++)); do
    [ "$i" -gt "$from" ] && body+=','
    body+=$(alert "$i")
  done
  bodies+=("$body]}")
done

echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); $ALERTS distinct alerts in messages of $MESSAGE"
cpu_before=$(cpu)
start=$(date +%s.%N)
for body in "${bodies[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/webhooks/alertmanager" \
    -H 'Authorization: Bearer sandbox-alertmanager-token' -H 'Content-Type: application/json' --data "$body")
  [ "$code" = 202 ] || echo "post answered $code" >&2
done
posted=$(date +%s.%N)
while [ "$(created)" -lt "$ALERTS" ]; do
  if (( $(echo "$(date +%s.%N) - $start > $LIMIT" | bc) )); then
    echo "stopped after ${LIMIT}s with $(created) of $ALERTS tickets" >&2
    break
  fi
  sleep 0.2
done
end=$(date +%s.%N)
cpu_after=$(cpu)
tickets=$(created)
seconds=$(echo "$end - $start" | bc)
echo "posted in $(echo "$posted - $start" | bc | xargs printf '%.2f')s; tickets=$tickets in $(printf '%.1f' "$seconds")s:" \
  "$(echo "$tickets / $seconds" | bc) tickets/s; halo_calls=$(halo_calls);" \
  "server_cpu_us_per_ticket=$(( (cpu_after - cpu_before) * 1000000 / tck / (tickets > 0 ? tickets : 1) ))"
