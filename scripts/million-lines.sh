#!/usr/bin/env bash
# A million JSON Lines records read and validated under -Xmx64m, on one thread and on two
# (docs/performance.md). Builds the `benchmarks` module and what it needs into the target
# directories (nothing is installed), then runs io.github.smpkit.benchmarks.MillionLines once
# per record count and thread count, each in a JVM of its own with -Xmx64m -XX:+UseSerialGC.
#
# Usage: scripts/million-lines.sh [--no-build] [--records "250000 1000000"] [--threads "1 2"]
#   --no-build   reuse the last build (scripts/bench.sh builds the same)
#   --records    the record counts to run (default: 250000 and 1000000, to show linear time)
#   --threads    the validating thread counts (default: 1 and 2); 1 reads and validates on one
#                thread, n > 1 validates each batch of 64 on n threads while the next is read
# Prints one line per run: records, failures, validated, breaches, seconds, records per second,
# process CPU seconds, the heap limit, the most heap in use sampled after every batch, and the
# load average before and after. The machine is shared: read the load average with the times.
set -euo pipefail
cd "$(dirname "$0")/.."

build=true records="250000 1000000" threads="1 2"
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=false; shift ;;
    --records) records="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "million-lines: unknown argument $1" >&2; exit 2 ;;
  esac
done

if $build; then
  echo "million-lines: building (./mvnw -B -q -Pbenchmarks -pl benchmarks -am process-classes)" >&2
  ./mvnw -B -q -Pbenchmarks -pl benchmarks -am process-classes
fi
# The runs take minutes: they use a copy of the smpkit classes, so that a build meanwhile cannot
# change them under a running JVM.
snap=benchmarks/target/million-lines
rm -rf "$snap" && mkdir -p "$snap"
cp=""
for entry in benchmarks/target/classes $(tr ':' ' ' < benchmarks/target/jmh.classpath); do
  if [ -d "$entry" ]; then
    copy="$snap/$(echo "$entry" | tr '/' '_')"
    cp -r "$entry" "$copy"
    entry="$copy"
  fi
  cp="${cp:+$cp:}$entry"
done
echo "million-lines: $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(nproc) cores, java $(java -version 2>&1 | head -1)" >&2
for n in $records; do
  for t in $threads; do
    java -Xmx64m -XX:+UseSerialGC -cp "$cp" io.github.smpkit.benchmarks.MillionLines "$n" "$t"
  done
done
