#!/usr/bin/env bash
# The deep check of the round-trip law (issue 13): the law over 10,000 hostile partnerships
# (RoundTripLawTest, tagged slow), on the default JDK (17) and on Temurin 25, side by side, each in
# its own clean copy of the tree. Every tenth partnership also goes through Writer, OutputStream,
# Reader and InputStream. Run before every release (docs/releasing.md, "Cutting a release") and
# after a change to the reader, the writer, the text rules or the hostile generator; CI's every
# change checks the law over 300 hostile partnerships through every source on both JDKs instead.
#
# Usage: scripts/check-laws.sh            (JDK25_HOME overrides /usr/lib/jvm/temurin-25-jdk-amd64)
# Prints each JDK's log and time; fails when the law fails on either. Nothing is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

JDK25_HOME=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -x "$JDK25_HOME/bin/java" ] || { echo "check-laws: no JDK 25 at $JDK25_HOME (set JDK25_HOME)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/smpkit-laws.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The law runs for a minute or more in one JVM: there the optimising JIT pays for itself, so it
# gets the default compilers (the build's test forks use the client compiler only, see pom.xml).
law() {
  ./mvnw -B -q test -pl smp-json -am -Dgroups=slow -DexcludedGroups= -Dtest=RoundTripLawTest \
    -Dsmpkit.skipSmallHeap=true -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-XX:+UseSerialGC
}

run() { # name, java home
  mkdir "$work/$1"
  tar --exclude=./.git --exclude='./*/target' --exclude=./target -cf - . | tar -xf - -C "$work/$1"
  (
    cd "$work/$1"
    export JAVA_HOME="$2"
    t=$SECONDS
    "$JAVA_HOME/bin/java" -version 2>&1 | head -1
    law
    # what surefire ran: one test (the 10,000-case law), none skipped
    grep -h "Tests run" smp-json/target/surefire-reports/*RoundTripLawTest.txt
    grep -q "Tests run: 1, Failures: 0, Errors: 0, Skipped: 0" smp-json/target/surefire-reports/*RoundTripLawTest.txt
    echo "check-laws: the law over 10,000 hostile partnerships holds on $1 ($("$JAVA_HOME/bin/java" -version 2>&1 | head -1)), in $((SECONDS - t)) s"
  ) > "$work/$1.log" 2>&1
}

default_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
start=$SECONDS
run default-jdk "$default_home" &
first=$!
run jdk25 "$JDK25_HOME" &
second=$!
status=0
wait "$first" || status=1
cat "$work/default-jdk.log"
wait "$second" || status=1
cat "$work/jdk25.log"
if [ "$status" -ne 0 ]; then
  echo "check-laws: FAILED after $((SECONDS - start)) s (the logs above name the seed)" >&2
  exit 1
fi
echo "check-laws: the law holds on both JDKs; $((SECONDS - start)) s in all"
