#!/usr/bin/env bash
# Reproducible builds: builds the published modules twice, from clean copies of the tree at two
# different paths, and compares every jar (classes, sources, Javadoc) byte for byte. Entry
# times come from project.build.outputTimestamp; Javadoc runs with -notimestamp; Immutables'
# generated sources must come out the same each time.
#
# Usage: scripts/check-reproducible.sh [extra maven args]
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d "${TMPDIR:-/tmp}/smpkit-repro.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Published modules: every reactor module but these.
not_published='examples|jpms-check'

for run in first second; do
  mkdir "$work/$run"
  tar --exclude=./.git --exclude='./*/target' --exclude=./target -cf - . | tar -xf - -C "$work/$run"
  echo "check-reproducible: $run build (clean package, tests not compiled) in $work/$run"
  (cd "$work/$run" && ./mvnw -B -q clean package -Dmaven.test.skip=true "$@")
done

count=0
differ=0
while IFS= read -r jar; do
  count=$((count + 1))
  if ! cmp -s "$work/first/$jar" "$work/second/$jar"; then
    differ=$((differ + 1))
    echo "check-reproducible: DIFFERS: $jar" >&2
    diff <(unzip -lv "$work/first/$jar" | awk '{print $7, $8}') \
         <(unzip -lv "$work/second/$jar" | awk '{print $7, $8}') | head -20 >&2 || true
  fi
done < <(cd "$work/first" && find . -path '*/target/*.jar' -not -path '*/target/*/*' \
           | sed 's|^\./||' | grep -Ev "^($not_published)/" | sort)

list() { (cd "$1" && find . -path '*/target/*.jar' -not -path '*/target/*/*' | sort); }
if [ "$(list "$work/first")" != "$(list "$work/second")" ]; then
  echo "check-reproducible: the two builds made different sets of jars" >&2
  diff <(list "$work/first") <(list "$work/second") >&2 || true
  exit 1
fi
if [ "$count" -eq 0 ]; then
  echo "check-reproducible: no jar was built" >&2
  exit 1
fi
if [ "$differ" -ne 0 ]; then
  echo "check-reproducible: $differ of $count jars differ between two builds" >&2
  exit 1
fi
echo "check-reproducible: $count jars of the published modules identical byte for byte across two clean builds"
