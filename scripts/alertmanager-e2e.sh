#!/usr/bin/env bash
# Alertmanager to the bridge, end to end, on loopback. The bridge runs from the built jar in the sandbox
# profile; a real Alertmanager sends to it through the receiver block the README shows (extracted from
# README.md, only the URL's port changed). Two alerts of one group are pushed into Alertmanager's API, repeated
# by it, then resolved (endsAt in the past). Passes when /sandbox/tickets shows two tickets opened, each with a
# repeat note, and both closed. Needs: java, curl, jq, prometheus-alertmanager (or alertmanager), and the jar
# (./mvnw package -DskipTests). Bounded to three minutes; both processes are stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

LIMIT_SECONDS=180
SECONDS=0

fail() {
  echo "FAIL: $*" >&2
  if [ -n "${workdir:-}" ]; then
    for log in bridge alertmanager; do
      if [ -s "$workdir/$log.log" ]; then
        echo "--- last lines of the $log log" >&2
        tail -n 15 "$workdir/$log.log" >&2
      fi
    done
  fi
  exit 1
}

# wait_for DESCRIPTION COMMAND...: polls every half second until COMMAND succeeds, within the overall limit.
wait_for() {
  local what="$1"
  shift
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$LIMIT_SECONDS" ] || fail "timed out after ${SECONDS}s waiting for $what"
    sleep 0.5
  done
}

free_port() {
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  fail "found no free loopback port"
}

stop() {
  local pid="$1"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 40); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.25
  done
  kill -9 "$pid" 2>/dev/null || true
}

cleanup() {
  stop "${alertmanager_pid:-}"
  stop "${bridge_pid:-}"
  [ -z "${workdir:-}" ] || rm -rf "$workdir"
}
trap cleanup EXIT

for tool in java curl jq; do
  command -v "$tool" >/dev/null || fail "$tool is not on the PATH"
done
alertmanager="$(command -v prometheus-alertmanager || command -v alertmanager || true)"
[ -n "$alertmanager" ] || fail "Alertmanager is not installed (Debian and Ubuntu: apt-get install prometheus-alertmanager)"
jar="$(ls target/halo-alert-bridge-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)"
[ -n "$jar" ] || fail "no jar in target/: build it with ./mvnw package -DskipTests"

workdir="$(mktemp -d)"
bridge_port="$(free_port)"
alertmanager_port="$(free_port)"
bridge="http://127.0.0.1:$bridge_port"
am="http://127.0.0.1:$alertmanager_port"

# The README's receiver, pointed at this run's bridge.
receiver="$(awk '/<!-- alertmanager-receiver/ {marked = 1; next}
  marked && /^```yaml/ {inside = 1; next}
  inside && /^```/ {exit}
  inside {print}' README.md)"
grep -q 'url: http://localhost:8080/webhooks/alertmanager' <<<"$receiver" \
  || fail "README.md has no Alertmanager receiver block posting to http://localhost:8080/webhooks/alertmanager"
{
  cat <<'EOF'
route:
  receiver: halo
  group_by: [alertname, customer]
  group_wait: 1s
  group_interval: 2s
  repeat_interval: 6s
EOF
  sed "s#http://localhost:8080/#$bridge/#" <<<"$receiver"
} >"$workdir/alertmanager.yml"
if command -v amtool >/dev/null; then
  amtool check-config "$workdir/alertmanager.yml" >/dev/null || fail "amtool rejects the configuration"
fi

echo "Starting the bridge (sandbox profile) on $bridge and Alertmanager on $am"
java -jar "$jar" --spring.profiles.active=sandbox --server.address=127.0.0.1 --server.port="$bridge_port" \
  >"$workdir/bridge.log" 2>&1 &
bridge_pid=$!
"$alertmanager" --config.file="$workdir/alertmanager.yml" --storage.path="$workdir/alertmanager" \
  --web.listen-address="127.0.0.1:$alertmanager_port" --cluster.listen-address= \
  >"$workdir/alertmanager.log" 2>&1 &
alertmanager_pid=$!
wait_for "Alertmanager to be ready" curl -sf "$am/-/ready"
wait_for "the bridge to be ready" curl -sf "$bridge/actuator/health/readiness"
echo "Both ready after ${SECONDS}s"

tickets() { curl -sf "$bridge/sandbox/tickets"; }
alerts() { # STARTS_AT [ENDS_AT]: the two alerts of one group (same alertname and customer, two disks)
  jq -n --arg starts "$1" --arg ends "${2:-}" '[range(1; 3) | {
      labels: {alertname: "DiskNearlyFull", customer: "ACME-001", instance: "fs0\(.).acme.example.com:9100",
        severity: "high"},
      annotations: {summary: "Disk nearly full on fs0\(.)"},
      startsAt: $starts, generatorURL: "http://prometheus.example.com/graph"}
    | if $ends == "" then . else . + {endsAt: $ends} end]'
}
push() { curl -sf -X POST -H 'Content-Type: application/json' --data @- "$am/api/v2/alerts" >/dev/null; }
opened() { [ "$(tickets | jq '[.[] | select(.summary | test("Disk nearly full on fs0[12]$"))] | length')" = 2 ]; }
noted() { tickets | jq -e 'length == 2 and all(.[]; any(.actions[]; .note_html | test("more times? since")))'; }
closed() { tickets | jq -e 'length == 2 and all(.[]; .hasbeenclosed == true)'; }
metric() { # NAME FILTER: the sum of a bridge metric's samples whose labels contain FILTER
  curl -sf "$bridge/actuator/prometheus" | awk -v name="$1" -v filter="$2" \
    'index($0, name "{") == 1 && index($0, filter) {sum += $NF} END {printf "%d", sum}'
}

starts_at="$(date -u -d '-1 min' +%Y-%m-%dT%H:%M:%SZ)"
alerts "$starts_at" | push || fail "Alertmanager refused the alerts"
wait_for "two tickets" opened
echo "Opened after ${SECONDS}s: $(tickets | jq -r '[.[] | "#\(.id) \(.summary)"] | join(", ")')"
groups="$(curl -sf "$am/api/v2/alerts/groups" | jq '[.[] | select(.receiver.name == "halo")]')"
[ "$(jq 'length' <<<"$groups")" = 1 ] && [ "$(jq '.[0].alerts | length' <<<"$groups")" = 2 ] \
  || fail "Alertmanager does not hold the two alerts in one group: $groups"
echo "Alertmanager holds them in one group: $(jq -c '.[0].labels' <<<"$groups")"

wait_for "a repeat note on each ticket" noted
echo "Noted after ${SECONDS}s: repeats counted by the bridge: $(metric bridge_alerts_processed_total 'decision="repeat"')"

alerts "$starts_at" "$(date -u -d '-1 sec' +%Y-%m-%dT%H:%M:%SZ)" | push || fail "Alertmanager refused the resolution"
wait_for "both tickets closed" closed
echo "Closed after ${SECONDS}s:"
tickets | jq -r '.[] | "  #\(.id) \(.summary): \(.status), client \(.client_name); notes: \([.actions[1:][].note_html | gsub("<[^>]*>"; "") | .[0:70]] | join(" | "))"'

failed="$(curl -sf "$am/metrics" | awk '/^alertmanager_notifications_failed_total\{.*integration="webhook"/ {s += $NF} END {printf "%d", s}')"
sent="$(curl -sf "$am/metrics" | awk '/^alertmanager_notifications_total\{.*integration="webhook"/ {s += $NF} END {printf "%d", s}')"
echo "Alertmanager webhook notifications: $sent sent, $failed failed;" \
  "bridge: $(metric bridge_webhook_requests_total 'outcome="accepted"') requests accepted," \
  "$(metric bridge_alerts_received_total 'state="firing"') firing and $(metric bridge_alerts_received_total 'state="resolved"') resolved alerts," \
  "tickets created $(metric bridge_tickets_total 'action="created"'), noted $(metric bridge_tickets_total 'action="noted"'), closed $(metric bridge_tickets_total 'action="closed"')"
[ "$failed" = 0 ] || fail "Alertmanager counted $failed failed webhook notifications"
echo "PASS in ${SECONDS}s"
