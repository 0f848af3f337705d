#!/usr/bin/env bash
# Before/after for a change of smp-json: the smp-json of an older commit and of the working tree,
# side by side in one JVM with the Jackson anchors (io.github.smpkit.benchmarks.JsonBeforeAfter),
# timed by the CPU time of the measuring thread, which a shared machine disturbs less than wall time.
#
# Usage: scripts/bench-json.sh <old commit> [slices, default 40]
# Needs a build of the benchmarks module (scripts/bench.sh builds it; or run this script's build
# line). Prints per document the median times and the ratios old/anchor, new/anchor, new/old.
set -euo pipefail
cd "$(dirname "$0")/.."
old_commit=$1 slices=${2:-40}

./mvnw -B -q -Pbenchmarks -pl benchmarks -am process-classes
work=$(mktemp -d "${TMPDIR:-/tmp}/smpkit-json-old.XXXXXX")
trap 'rm -rf "$work"' EXIT
git archive "$old_commit" smp-json/src/main | tar -x -C "$work"
shared_cp=$(tr ':' '\n' < benchmarks/target/jmh.classpath | grep -v '/smp-json/' | paste -sd:)
mkdir "$work/classes"
javac -nowarn -d "$work/classes" -cp "$shared_cp" \
    $(find "$work/smp-json/src/main/java" -name '*.java' ! -name module-info.java)
if [ -d "$work/smp-json/src/main/resources" ]; then cp -r "$work/smp-json/src/main/resources/." "$work/classes/"; fi
java -cp "benchmarks/target/classes:$shared_cp" io.github.smpkit.benchmarks.JsonBeforeAfter \
    "$slices" "$work/classes" smp-json/target/classes
