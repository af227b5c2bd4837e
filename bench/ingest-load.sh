#!/usr/bin/env bash
# Ingest load test: the bridge in the sandbox profile on loopback, wrk posting Alertmanager messages that rotate
# over 50 alerts. Prints requests/s and latency per run, server CPU per request, RSS, and the pipeline's own
# counters (50 tickets, every other post a deduplicated repeat, the queue drained). Bounded: a warm-up and three
# measured runs of DURATION seconds each, to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-30}
CONNECTIONS=${CONNECTIONS:-64}
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/halo-alert-bridge-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -ntp -q package -DskipTests

if curl -s -o /dev/null "$BASE/actuator/health"; then
  echo "port $PORT is already in use; set PORT to a free one" >&2
  exit 1
fi
java -Xmx512m -jar target/halo-alert-bridge-0.1.0-SNAPSHOT.jar --spring.profiles.active=sandbox \
  --server.address=127.0.0.1 --server.port="$PORT" --bridge.sandbox.rate-limit-requests=100000 \
  --logging.level.root=WARN > target/bench-server.log 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "$BASE/actuator/health/readiness" >/dev/null && break
  kill -0 "$PID" 2>/dev/null || { echo "the bridge did not start:" >&2; tail -n 20 target/bench-server.log >&2; exit 1; }
  sleep 1
done
echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); wrk -t2 -c$CONNECTIONS"

cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
tck=$(getconf CLK_TCK)

wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/rotate.lua "$BASE" | grep RESULT | sed 's/^RESULT/warm-up/'
for run in 1 2 3; do
  before=$(cpu)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s bench/rotate.lua "$BASE" | grep RESULT)
  after=$(cpu)
  requests=$(echo "$out" | sed 's/.*requests=\([0-9]*\).*/\1/')
  echo "run $run: ${out#RESULT } server_cpu_us_per_request=$(( (after - before) * 1000000 / tck / requests ))"
done

sleep 3
echo "rss_mb=$(( $(ps -o rss= -p "$PID") / 1024 ))"
curl -s "$BASE/actuator/prometheus" | grep -E '^bridge_(tickets_total\{action="created"|outbox_depth|webhook_requests_total\{.*outcome="(accepted|queue_full)",source="alertmanager"|alerts_processed_total\{.*decision="(new|repeat)")' \
  | sed 's/{application="halo-alert-bridge",*/{/'
