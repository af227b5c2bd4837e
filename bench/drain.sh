#!/usr/bin/env bash
# Drain benchmark: the bridge and its sandbox Halo in one JVM, with Halo's limit on (300 calls per rolling
# 5 minutes). 1,000 distinct alerts (a tenth critical), then 10,000 identical alerts over 60 s. Time is the
# application's clock, moved to the next moment something can be written, so the figures are Halo time.
# Prints the BENCH lines; asserts nothing about speed.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test -Dtest=DrainBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring-javaformat.skip=true | grep '^BENCH' | sed 's/^BENCH //'
