#!/usr/bin/env bash
# The benchmark suite: the bridge's webhook ingest against its ceiling, a bare Boot WebFlux endpoint
# (bench/ceiling) that reads and parses the same JSON and answers 202, started with the same JVM flags and loaded
# with the same wrk settings. For each scenario it runs the two back to back, alternating which goes first, over
# ROUNDS rounds, each after an adaptive warm-up (CHUNK-second runs until two in a row agree within 10 %, at least
# WARM_MIN of them), and prints the medians and the bridge's ratio to the ceiling; it writes the table into
# docs/benchmarks.md.
#
#   bash bench/suite.sh                      # ROUNDS=3 DURATION=15 CHUNK=5 WARM_MIN=6 CONNECTIONS=64 JVM_FLAGS=...
#
# Then, on a quiet machine, syslog over UDP and TCP (bench/syslog-load.sh; SYSLOG=0 to skip) and the heap after
# tracking 1,000,000 fingerprints (bench/memory.sh; MEMORY=0 to skip).
#
# Scenarios: repeat (Alertmanager posts rotating over 50 alerts: after the first 50 every post is a repeat),
# new (every alert new), multi (10 new alerts a message). The bridge runs in the sandbox profile in shadow mode,
# so new alerts are owed and "written" without a Halo in the measurement, with the default outbox capacity: when
# the writer falls behind, webhooks get 503, counted as errors; requests/s and CPU per request count accepted
# requests only. Loopback only, bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-15}
CHUNK=${CHUNK:-5}
WARM_MIN=${WARM_MIN:-6}
CONNECTIONS=${CONNECTIONS:-64}
BRIDGE_PORT=${BRIDGE_PORT:-18080}
CEILING_PORT=${CEILING_PORT:-18090}
# The JVM sizing the chart's default pod gets (a 512 MiB limit with MaxRAMPercentage=75: a 384 MB heap that
# starts at 8 MB), whatever memory this machine has.
JVM_FLAGS=${JVM_FLAGS:--XX:MaxRAM=512m -XX:MaxRAMPercentage=75.0}
WRITE_DOCS=${WRITE_DOCS:-1}
BRIDGE_JAR=target/halo-alert-bridge-0.1.0-SNAPSHOT.jar
CEILING_JAR=bench/ceiling/target/bench-ceiling-0.1.0-SNAPSHOT.jar

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f "$BRIDGE_JAR" ] || ./mvnw -B -ntp -q package -DskipTests
[ -f "$CEILING_JAR" ] || ./mvnw -B -ntp -q -f bench/ceiling/pom.xml package -DskipTests

for port in "$BRIDGE_PORT" "$CEILING_PORT"; do
  if curl -s --max-time 2 -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use" >&2; exit 1; fi
done

# shellcheck disable=SC2086
java $JVM_FLAGS -jar "$BRIDGE_JAR" --spring.profiles.active=sandbox --server.address=127.0.0.1 \
  --server.port="$BRIDGE_PORT" --bridge.ticketing.mode=shadow \
  --bridge.sandbox.rate-limit-requests=1000000 --logging.level.root=WARN > target/bench-bridge.log 2>&1 &
BRIDGE=$!
# shellcheck disable=SC2086
java $JVM_FLAGS -jar "$CEILING_JAR" --server.address=127.0.0.1 --server.port="$CEILING_PORT" \
  --logging.level.root=WARN > target/bench-ceiling.log 2>&1 &
CEILING=$!
trap 'kill "$BRIDGE" "$CEILING" 2>/dev/null; wait 2>/dev/null || true' EXIT

for _ in $(seq 1 90); do
  curl -sf "http://127.0.0.1:$BRIDGE_PORT/actuator/health/readiness" >/dev/null \
    && curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{}' "http://127.0.0.1:$CEILING_PORT/webhooks/x" \
    && break
  sleep 1
done
sleep 2
rss() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
heap() {
  curl -s "http://127.0.0.1:$BRIDGE_PORT/actuator/prometheus" \
    | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {sum += $NF} END {printf "%d", sum / 1048576}'
}
BRIDGE_RSS_REST=$(rss "$BRIDGE"); CEILING_RSS_REST=$(rss "$CEILING"); BRIDGE_HEAP_REST=$(heap)
tck=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# Each wrk run gets its own number, so the new-alert scenarios never send an earlier run's alerts again. It is kept
# in a file: wrk_run runs in command substitutions, whose variables die with their subshell.
RUNS=target/bench-runs
echo 0 > "$RUNS"
# wrk_run <port> <seconds> <scenario>: prints "rps p99 requests errors"
wrk_run() {
  local run; run=$(( $(cat "$RUNS") + 1 )); echo "$run" > "$RUNS"
  local script=bench/rotate.lua alerts=1
  case "$3" in new) script=bench/new.lua ;; multi) script=bench/new.lua; alerts=10 ;; esac
  RUN=$run ALERTS=$alerts wrk -t2 -c"$CONNECTIONS" -d"${2}s" -s "$script" "http://127.0.0.1:$1" | grep RESULT \
    | sed 's/.*rps=\([0-9]*\).*p99_ms=\([0-9.]*\).*requests=\([0-9]*\).*errors=\([0-9]*\).*/\1 \2 \3 \4/'
}

# warm <port> <scenario>: CHUNK-second runs until two in a row agree within 10 %, after at least WARM_MIN of them
# (two early chunks can agree while the JIT is still compiling the bridge), and at most 12
warm() {
  local previous=0 chunks=0
  while [ $chunks -lt 12 ]; do
    chunks=$((chunks + 1))
    local rps; rps=$(wrk_run "$1" "$CHUNK" "$2" | cut -d' ' -f1)
    if [ "$chunks" -ge "$WARM_MIN" ] && [ "$previous" -gt 0 ] && [ $(( (rps - previous) * 100 / previous )) -le 10 ] \
      && [ $(( (previous - rps) * 100 / previous )) -le 10 ]; then
      echo "$chunks"; return
    fi
    previous=$rps
  done
  echo "$chunks (no agreement)"
}

# measure <pid> <port> <scenario>: prints "rps p99 cpu_us_per_request errors"
measure() {
  local before after out
  before=$(cpu "$1")
  out=$(wrk_run "$2" "$DURATION" "$3")
  after=$(cpu "$1")
  set -- $out
  # Only accepted requests count, for the rate and the CPU: a 503 is cheap and accepts nothing.
  local accepted=$(( $3 - $4 ))
  echo "$(( accepted / DURATION )) $2 $(( (after - before) * 1000000 / tck / (accepted > 0 ? accepted : 1) )) $4"
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); flags: $JVM_FLAGS; wrk -t2 -c$CONNECTIONS;" \
  "rounds: $ROUNDS x ${DURATION}s"
# latency: LATENCY_ALERTS new alerts at about 40 a second, none waiting on another, then the bridge's own
# receipt-to-create-request timer (its create requests go to shadow mode's Halo, which answers at once)
latency() {
  for i in $(seq 1 "${LATENCY_ALERTS:-400}"); do
    curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -H 'Authorization: Bearer sandbox-alertmanager-token' \
      -d "{\"status\":\"firing\",\"externalURL\":\"http://am\",\"alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":\"Latency$i\",\"customer\":\"ACME-001\"},\"annotations\":{\"summary\":\"latency probe $i\"},\"startsAt\":\"2026-03-02T09:14:07Z\",\"fingerprint\":\"1a7e$i\"}]}" \
      "http://127.0.0.1:$BRIDGE_PORT/webhooks/alertmanager"
    sleep 0.025
  done
  sleep 2
  curl -s "http://127.0.0.1:$BRIDGE_PORT/actuator/prometheus" | awk '
    /^bridge_alerts_create_delay_seconds\{.*quantile="0.5"/ {p50 = $NF * 1000}
    /^bridge_alerts_create_delay_seconds\{.*quantile="0.99"/ {p99 = $NF * 1000}
    END {printf "%.1f %.1f", p50, p99}'
}

rows=()
latency_p50=""; latency_p99=""
for scenario in repeat new multi; do
  if [ "$scenario" = new ]; then
    read -r latency_p50 latency_p99 <<< "$(latency)"
    echo "== latency, receipt to create request: p50 ${latency_p50} ms, p99 ${latency_p99} ms"
  fi
  echo "== $scenario: warm-up chunks ceiling $(warm "$CEILING_PORT" "$scenario"), bridge $(warm "$BRIDGE_PORT" "$scenario")"
  : > target/bench-$scenario-ceiling.txt; : > target/bench-$scenario-bridge.txt
  for round in $(seq 1 "$ROUNDS"); do
    if [ $((round % 2)) -eq 1 ]; then order="ceiling bridge"; else order="bridge ceiling"; fi
    for who in $order; do
      if [ "$who" = ceiling ]; then m=$(measure "$CEILING" "$CEILING_PORT" "$scenario")
      else m=$(measure "$BRIDGE" "$BRIDGE_PORT" "$scenario"); fi
      echo "$m" >> "target/bench-$scenario-$who.txt"
      echo "   round $round $who: rps p99_ms cpu_us/req errors = $m"
    done
  done
  c_rps=$(cut -d' ' -f1 target/bench-$scenario-ceiling.txt | median)
  b_rps=$(cut -d' ' -f1 target/bench-$scenario-bridge.txt | median)
  c_cpu=$(cut -d' ' -f3 target/bench-$scenario-ceiling.txt | median)
  b_cpu=$(cut -d' ' -f3 target/bench-$scenario-bridge.txt | median)
  b_p99=$(cut -d' ' -f2 target/bench-$scenario-bridge.txt | median)
  errors=$(cat target/bench-$scenario-*.txt | awk '{e += $4} END {print e}')
  rows+=("| $scenario | $c_rps | $b_rps | $(awk "BEGIN {printf \"%.2f\", $b_rps / $c_rps}") | $c_cpu | $b_cpu | $(awk "BEGIN {printf \"%.2f\", $b_cpu / $c_cpu}") | $b_p99 | $errors |")
done
sleep 3
counters=$(curl -s "http://127.0.0.1:$BRIDGE_PORT/actuator/prometheus" \
  | awk -F' ' '/^bridge_(alerts_processed_total\{.*decision="(new|repeat)"|webhook_requests_total\{.*outcome="(accepted|queue_full)",source="alertmanager"|shadow_writes_total\{.*kind="create")/ {sub(/\{application="halo-alert-bridge",?/, "{", $1); printf "%s=%.0f ", $1, $2}')

BRIDGE_RSS_AFTER=$(rss "$BRIDGE"); BRIDGE_HEAP_AFTER=$(heap)
# The rest runs on a quiet machine: the two servers stop first.
kill "$BRIDGE" "$CEILING" 2>/dev/null; wait 2>/dev/null || true

syslog="(not measured: SYSLOG=0)"
if [ "${SYSLOG:-1}" = 1 ]; then
  echo "== syslog (bench/syslog-load.sh)"
  syslog=$(bash bench/syslog-load.sh | sed 's/^/- /')
  echo "$syslog"
fi
memory="(not measured: MEMORY=0)"
if [ "${MEMORY:-1}" = 1 ]; then
  echo "== memory (bench/memory.sh)"
  memory=$(bash bench/memory.sh | sed 's/^/- /')
  echo "$memory"
fi

table=$(cat <<TABLE
Measured $(date -u +%Y-%m-%d) by \`bash bench/suite.sh\` (ROUNDS=$ROUNDS, DURATION=${DURATION}s, wrk -t2 -c$CONNECTIONS, $JVM_FLAGS,
$(java -version 2>&1 | head -n 1), $(nproc) cores shared by wrk and both servers). Medians over the rounds; accepted
requests/s and server CPU per accepted request (from \`/proc\`) of the ceiling and the bridge, and the bridge's ratio
to the ceiling. Errors are wrk's: timeouts, and answers other than 202 (a 503 once the outbox holds its default 10,000
writes).

| scenario | ceiling req/s | bridge req/s | ratio | ceiling CPU µs/req | bridge CPU µs/req | CPU ratio | bridge p99 ms | errors |
|---|---|---|---|---|---|---|---|---|
$(printf '%s\n' "${rows[@]}")

Receipt to create request (${LATENCY_ALERTS:-400} new alerts at about 40/s, Halo answering at once): p50 ${latency_p50} ms,
p99 ${latency_p99} ms.

At rest (before the load): bridge RSS $BRIDGE_RSS_REST MB, heap used $BRIDGE_HEAP_REST MB; ceiling RSS $CEILING_RSS_REST MB.
After the load: bridge RSS $BRIDGE_RSS_AFTER MB, heap used $BRIDGE_HEAP_AFTER MB. Bridge counters: $counters

Syslog, the listeners with the parsers and a counting intake (\`bench/syslog-load.sh\`):
$syslog

Memory, heap after a full GC and RSS, at rest and after tracking 1,000,000 distinct fingerprints
(\`bench/memory.sh\`, \`-Xmx2g\` so the measurement, not the limit, decides):
$memory
TABLE
)
echo
echo "$table"
if [ "$WRITE_DOCS" = 1 ]; then
  TABLE="$table" python3 - <<'PY'
import os, re
path = 'docs/benchmarks.md'
text = open(path).read()
block = '<!-- suite:begin -->\n' + os.environ['TABLE'] + '\n<!-- suite:end -->'
if '<!-- suite:begin -->' in text:
    text = re.sub(r'<!-- suite:begin -->.*?<!-- suite:end -->', lambda m: block, text, flags=re.S)
else:
    text = text.replace('## Ingest load', '## The suite (`bench/suite.sh`)\n\n' + block + '\n\n## Ingest load', 1)
open(path, 'w').write(text)
PY
  echo "written to docs/benchmarks.md"
fi
