#!/usr/bin/env bash
# Sets the version of every smpkit POM (the project version and the parent references, which
# all carry the same value) to $1. Usage: scripts/set-version.sh 1.2.0   (or 1.3.0-SNAPSHOT)
# Works on the tree it is run in; commit the result yourself.
set -euo pipefail
cd "$(dirname "$0")/.."
new=${1:?usage: scripts/set-version.sh NEW_VERSION}
old=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' smpkit-build/pom.xml | head -1)
[ -n "$old" ] || { echo "set-version: cannot read the current version from smpkit-build/pom.xml" >&2; exit 1; }
count=0
while IFS= read -r pom; do
  if grep -q "<version>$old</version>" "$pom"; then
    sed -i "s|<version>$old</version>|<version>$new</version>|g" "$pom"
    count=$((count + 1))
  fi
done < <(find . -name pom.xml -not -path '*/target/*' -not -path './.git/*')
echo "set-version: $old -> $new in $count POMs"
