#!/usr/bin/env bash
# Checks that a project outside smpkit's build can use smpkit exactly as README.md says
# ("Using smpkit as a dependency"):
#   1. README's marked blocks (BOM, dependencies, first program) appear verbatim in consumer-check/;
#   2. README's install command puts the artifacts into a THROWAWAY local repository
#      (never ~/.m2: the shared one must not see this clone's snapshots);
#   3. consumer-check/ is built against that repository and run on the catalogue.
# The throwaway repository is seeded offline from ~/.m2/repository (used as a file:// mirror), so
# no network is needed once smpkit has been built on this machine; set CONSUMER_CHECK_ONLINE=1 to
# fetch from Maven Central instead. It builds a copy of the working tree, so it can run beside
# other builds of this clone.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
start=$SECONDS
step() { echo "=== check-consumer [+$((SECONDS - start))s] $*"; }
fail() { echo "check-consumer: $*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "1/3 README's blocks appear verbatim in consumer-check/"
# the fenced block that follows the line <!-- consumer-check: NAME --> in README.md
block() {
  awk -v marker="<!-- consumer-check: $1 -->" '
    $0 == marker { found = 1; next }
    found && /^```/ { if (open) exit; open = 1; next }
    found && open { print }' README.md
}
# leading white space and blank lines do not count (the blocks sit indented inside the pom)
normalise() { sed -e 's/^[[:space:]]*//' -e '/^$/d'; }
expect_in() {
  local name=$1 file=$2 want have
  want=$(block "$name" | normalise)
  [[ -n "$want" ]] || fail "README.md has no block marked <!-- consumer-check: $name -->"
  have=$(normalise <"$file")
  [[ "$have" == *"$want"* ]] || fail "README's '$name' block is not in $file word for word; update one of them"
}
expect_in bom consumer-check/pom.xml
expect_in dependencies consumer-check/pom.xml
expect_in program consumer-check/src/main/java/FirstCheck.java
version=$(sed -n '/<parent>/,/<\/parent>/s:.*<version>\(.*\)</version>.*:\1:p' smp-bom/pom.xml)
grep -q "<version>$version</version>" consumer-check/pom.xml || fail "consumer-check/pom.xml does not use $version"

settings=()
if [[ -z "${CONSUMER_CHECK_ONLINE:-}" && -d "$HOME/.m2/repository" ]]; then
  cat >"$work/settings.xml" <<EOF
<settings>
  <mirrors>
    <mirror><id>seed</id><mirrorOf>*</mirrorOf><url>file://$HOME/.m2/repository</url></mirror>
  </mirrors>
</settings>
EOF
  settings=(-s "$work/settings.xml")
  echo "seeding the throwaway repository from $HOME/.m2/repository (offline)"
fi
repo="$work/repository"

step "2/3 README's install command, into $repo: ./mvnw -B install -DskipTests"
# from a copy of the working tree, so that this clone's target/ folders (bin/smp's class path
# file among them) never point into the throwaway repository
tar -C "$root" --exclude=./.git --exclude='./*/target' --exclude=./consumer-check -cf - . | \
  (mkdir -p "$work/smpkit" && tar -C "$work/smpkit" -xf -)
(cd "$work/smpkit" && ./mvnw -B -q "${settings[@]}" -Dmaven.repo.local="$repo" install -DskipTests)
ls "$repo/io/github/smpkit/smp-bom/$version" >/dev/null || fail "smp-bom $version was not installed"

step "3/3 build consumer-check/ against it and run FirstCheck on the catalogue"
cp -r consumer-check "$work/consumer"
(cd "$work/consumer" && "$root/mvnw" -B -q "${settings[@]}" -Dmaven.repo.local="$repo" package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
java -cp "$work/consumer/target/classes:$(cat "$work/consumer/target/classpath.txt")" FirstCheck \
  examples/catalog >"$work/out.txt" 2>"$work/err.txt" || { cat "$work/err.txt" >&2; fail "FirstCheck failed"; }
head -3 "$work/out.txt"
lines=$(wc -l <"$work/out.txt")
files=$(find examples/catalog -name '*.json' | wc -l)
[[ "$lines" -eq "$files" ]] || fail "FirstCheck printed $lines reports for $files catalogue files"
grep . "$work/err.txt" && fail "FirstCheck wrote errors or a library notice"

step "consumer check passed in $((SECONDS - start))s"
