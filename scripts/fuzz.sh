#!/usr/bin/env bash
# Fuzzes smp-json's Jazzer targets (JsonFuzzTest) one after the other, each for a chosen time.
#
#   scripts/fuzz.sh              # every target, 600 s (10 minutes) each: the documented run
#   scripts/fuzz.sh 60 readText  # one target, 60 s
#
# Targets: readText, readBytes, readThenValidate, writeReadRoundTrip. Jazzer stores each crash
# it finds in smp-json/src/test/resources/io/github/smpkit/json/JsonFuzzTestInputs/<target>/,
# where the normal build (./mvnw verify) runs it from then on as a regression input: fix the
# defect, keep the file, commit both. The script lists new inputs at the end and fails if any
# target failed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(readText readBytes readThenValidate writeReadRoundTrip)
fi
inputs=smp-json/src/test/resources/io/github/smpkit/json/JsonFuzzTestInputs

status=0
for target in "${targets[@]}"; do
  echo "== fuzzing JsonFuzzTest#${target} for ${seconds} s"
  # JAZZER_FUZZ=1 turns regression mode into fuzzing; -max_total_time is libFuzzer's own limit
  # (the annotation's maxDuration of 10m is the upper bound).
  if ! JAZZER_FUZZ=1 ./mvnw -B -q -pl smp-json -am test \
      -Dtest="JsonFuzzTest#${target}" -Dsurefire.failIfNoSpecifiedTests=false -Dsmpkit.skipSmallHeap=true \
      -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="${seconds}"; then
    echo "== ${target}: FINDING (see the test report; the input is stored under ${inputs}/${target}/)"
    status=1
  fi
done
echo "== inputs not yet committed:"
git status --short --untracked-files=all "${inputs}" || true
exit "${status}"
