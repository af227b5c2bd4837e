#!/usr/bin/env bash
# Profiles the bridge's webhook ingest: JFR execution samples (512 frames deep) of the bridge under wrk, folded and
# drawn as a flame graph. Loopback only, bounded in time.
#
#   bash bench/profile.sh                    # SCENARIO=repeat (bench/rotate.lua) or new (bench/new.lua)
#
# Writes docs/profiles/<scenario>-scenario.folded and .svg.
set -euo pipefail
cd "$(dirname "$0")/.."

SCENARIO=${SCENARIO:-repeat}
PORT=${PORT:-18097}
WARMUP=${WARMUP:-30}
SECONDS_RECORDED=${SECONDS_RECORDED:-30}
JVM_FLAGS=${JVM_FLAGS:--XX:MaxRAM=512m -XX:MaxRAMPercentage=75.0}
JAR=${JAR:-target/halo-alert-bridge-0.1.0-SNAPSHOT.jar}
OUT=docs/profiles/$SCENARIO-scenario
RECORDING=target/profile-$SCENARIO.jfr

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f "$JAR" ] || ./mvnw -B -ntp -q package -DskipTests
if curl -s --max-time 2 -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is in use" >&2; exit 1; fi
rm -f "$RECORDING"

# shellcheck disable=SC2086
java $JVM_FLAGS -XX:FlightRecorderOptions:stackdepth=512 \
  -XX:StartFlightRecording=delay=${WARMUP}s,duration=${SECONDS_RECORDED}s,filename=$RECORDING,settings=profile \
  -jar "$JAR" --spring.profiles.active=sandbox --server.address=127.0.0.1 --server.port="$PORT" \
  --bridge.ticketing.mode=shadow --logging.level.root=WARN > target/profile.log 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done

script=bench/rotate.lua
[ "$SCENARIO" = new ] && script=bench/new.lua
RUN=1 ALERTS=1 wrk -t2 -c64 -d$((WARMUP + SECONDS_RECORDED + 5))s -s "$script" "http://127.0.0.1:$PORT" | grep RESULT
kill "$PID"; wait "$PID" 2>/dev/null || true
jfr print --events jdk.ExecutionSample --stack-depth 512 "$RECORDING" > target/profile-samples.txt
python3 bench/jfr-fold.py target/profile-samples.txt "$OUT.folded"
python3 bench/flamegraph.py "$OUT.folded" "$OUT.svg" "Bridge, $SCENARIO scenario, JFR execution samples"
