#!/usr/bin/env bash
# Before/after for a change of smp-rules: the rules of an older commit and of the working tree,
# side by side in one JVM (io.github.smpkit.benchmarks.RulesBeforeAfter), in partnerships per
# CPU-second of the validating thread, which a shared machine disturbs less than wall time.
#
# Usage: scripts/bench-rules.sh <old commit> [domain|standard] [slices, default 40]
# Needs a build of the benchmarks module (scripts/bench.sh builds it; or run this script's build
# line). Prints one line: old and new rates and the median ratio new/old over the slices.
set -euo pipefail
cd "$(dirname "$0")/.."
old_commit=$1 mode=${2:-domain} slices=${3:-40}

./mvnw -B -q -Pbenchmarks -pl benchmarks -am process-classes
work=$(mktemp -d "${TMPDIR:-/tmp}/smpkit-rules-old.XXXXXX")
trap 'rm -rf "$work"' EXIT
git archive "$old_commit" smp-rules/src/main | tar -x -C "$work"
shared_cp=$(tr ':' '\n' < benchmarks/target/jmh.classpath | grep -v '/smp-rules/' | paste -sd:)
mkdir "$work/classes"
javac -nowarn -d "$work/classes" -cp "$shared_cp" \
    $(find "$work/smp-rules/src/main/java" -name '*.java' ! -name module-info.java)
if [ -d "$work/smp-rules/src/main/resources" ]; then cp -r "$work/smp-rules/src/main/resources/." "$work/classes/"; fi
java -cp "benchmarks/target/classes:$shared_cp" io.github.smpkit.benchmarks.RulesBeforeAfter \
    "$mode" "$slices" "$work/classes" smp-rules/target/classes
