#!/usr/bin/env bash
# Builds governance-benchmarks/target/benchmarks.jar and runs the short profile of every benchmark:
# the forks, warm-up and measurement iterations written on each benchmark class (mostly one fork,
# 3 × 1 s warm-up, 5 × 1 s measurement; deadline and replay warm up 10 × 1 s, replay runs two forks;
# escalation warms up 5 × 2 s, which gives Drools 10 s), the gc profiler for allocation per op.
# Writes target/jmh-results.json and target/jmh-console.txt, then prints the table with the issue's
# ratios (print-table.py).
#
#   governance-benchmarks/run-benchmarks.sh                      # everything (≈ 15 min on a quiet 2-core machine)
#   governance-benchmarks/run-benchmarks.sh EscalationBenchmark  # extra arguments go to JMH
#   MVN="mvn -o" governance-benchmarks/run-benchmarks.sh         # another Maven (default: mvn on the PATH)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
MVN="${MVN:-mvn}"
$MVN -q -DskipTests -DskipReleaseArtifacts -pl governance-benchmarks -am package
out="$here/target"
start=$(date +%s)
echo "# $(date -u +%FT%TZ) nproc=$(nproc) load: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out/jmh-console.txt"
java -jar "$out/benchmarks.jar" -prof gc -rf json -rff "$out/jmh-results.json" "$@" 2>&1 | tee -a "$out/jmh-console.txt"
echo "# finished $(date -u +%FT%TZ) after $(( $(date +%s) - start )) s, load: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/jmh-console.txt"
python3 "$here/print-table.py" "$out/jmh-results.json" "$out/jmh-console.txt"
