#!/usr/bin/env bash
# Syslog benchmark: the UDP and TCP listeners on loopback with the parsers and a counting intake (no Halo).
# SonicOS fixture lines, each one an alert: 200,000 over one TCP connection (must all arrive), 100,000 over UDP
# with the sender at most 2,000 ahead, and the parser alone. Prints the BENCH lines; asserts only TCP's zero loss.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test -Dtest=SyslogBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring-javaformat.skip=true | grep '^BENCH' | sed 's/^BENCH //'
