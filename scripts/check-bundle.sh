#!/usr/bin/env bash
# Builds the Maven Central release bundle exactly as `-Prelease deploy` would, but signs it
# with a throwaway GPG key made on the spot and does not upload it (-DskipUpload=true), then
# checks the bundle with scripts/CheckBundle.java: every artifact has its POM, jar, sources,
# Javadoc, .asc, .md5 and .sha1 (signatures and checksums verified), every POM carries the
# elements Central requires, and smp-bom pins smpkit modules only.
#
# Usage: scripts/check-bundle.sh [--reproducible] [extra maven args]    (needs gpg on the PATH)
# With --reproducible it also builds the tree a second time and compares the published jars
# byte for byte (CI uses this instead of running scripts/check-reproducible.sh separately).
set -euo pipefail
cd "$(dirname "$0")/.."

# --reproducible: also build the same tree a second time and compare the published jars with the
# bundle build's, byte for byte (what scripts/check-reproducible.sh does, but reusing this build).
reproducible=0
if [ "${1:-}" = "--reproducible" ]; then
  reproducible=1
  shift
fi

command -v gpg >/dev/null || { echo "check-bundle: gpg not found (apt-get install -y gnupg)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/smpkit-bundle.XXXXXX")
export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
cleanup() {
  # a second build still running (the bundle build failed) ends before its directory goes
  if [ -n "${second_build:-}" ]; then wait "$second_build" 2>/dev/null || true; fi
  gpgconf --homedir "$GNUPGHOME" --kill all >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "check-bundle: making a throwaway signing key in $GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-gen-key 'smpkit throwaway release key <throwaway@smpkit.invalid>' ed25519 sign 1d
keyid=$(gpg --batch --with-colons --list-secret-keys 2>/dev/null | awk -F: '$1=="fpr"{print $10; exit}')

# Central takes releases only (a -SNAPSHOT is not bundled), so the check runs on a copy of
# the tree whose version has -SNAPSHOT dropped; the working tree is left alone.
snapshot=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' smpkit-build/pom.xml | head -1)
release=${snapshot%-SNAPSHOT}
src="$work/src"
mkdir "$src"
tar --exclude=./.git --exclude='./*/target' --exclude=./target -cf - . | tar -xf - -C "$src"
if [ "$snapshot" != "$release" ]; then
  "$src/scripts/set-version.sh" "$release"
fi

# --reproducible: the second build (package, tests not compiled) of another copy of the same tree
# runs beside the bundle build (two cores; each build is mostly one busy JVM); compared below.
second_build=
if [ "$reproducible" = 1 ]; then
  src2="$work/src2"
  mkdir "$src2"
  tar --exclude=./.git --exclude='./*/target' --exclude=./target -cf - . | tar -xf - -C "$src2"
  if [ "$snapshot" != "$release" ]; then
    "$src2/scripts/set-version.sh" "$release"
  fi
  echo "check-bundle: second build of the same tree (package, tests not compiled), beside the bundle build, to compare the jars"
  (cd "$src2" && ./mvnw -B -q -Prelease package -Dmaven.test.skip=true -Dgpg.skip=true "$@") \
    > "$work/second-build.log" 2>&1 &
  second_build=$!
fi

echo "check-bundle: building the signed bundle of $release (no upload, no install; tests skipped, CI ran them)"
(cd "$src" && ./mvnw -B -q -Prelease deploy \
  -Dmaven.test.skip=true -Dmaven.install.skip=true -DskipUpload=true \
  -Dgpg.keyname="$keyid" -Dgpg.homedir="$GNUPGHOME" "$@")

bundle=$(find "$src" -path '*/target/central-publishing/central-bundle.zip' | head -1)
[ -n "$bundle" ] || { echo "check-bundle: no central-bundle.zip was built" >&2; exit 1; }
mkdir "$work/bundle"
(cd "$work/bundle" && jar xf "$bundle")

echo "check-bundle: checking the bundle (${bundle#"$src"/})"
java scripts/CheckBundle.java "$work/bundle"

if [ "$reproducible" = 1 ]; then
  if ! wait "$second_build"; then
    cat "$work/second-build.log" >&2
    echo "check-bundle: the second build failed" >&2
    exit 1
  fi
  not_published='examples|jpms-check|consumer-check'
  jars() { (cd "$1" && find . -path '*/target/*.jar' -not -path '*/target/*/*' | sed 's|^\./||' \
    | grep -Ev "^($not_published)/" | sort); }
  if [ "$(jars "$src")" != "$(jars "$src2")" ]; then
    echo "check-bundle: the two builds made different sets of jars" >&2
    diff <(jars "$src") <(jars "$src2") >&2 || true
    exit 1
  fi
  count=0
  differ=0
  while IFS= read -r jar; do
    count=$((count + 1))
    if ! cmp -s "$src/$jar" "$src2/$jar"; then
      differ=$((differ + 1))
      echo "check-bundle: DIFFERS: $jar" >&2
      diff <(unzip -lv "$src/$jar" | awk '{print $7, $8}') <(unzip -lv "$src2/$jar" | awk '{print $7, $8}') \
        | head -20 >&2 || true
    fi
  done < <(jars "$src")
  [ "$count" -gt 0 ] || { echo "check-bundle: no jar was built" >&2; exit 1; }
  if [ "$differ" -ne 0 ]; then
    echo "check-bundle: $differ of $count jars differ between the bundle build and a second build" >&2
    exit 1
  fi
  echo "check-bundle: $count jars of the published modules identical byte for byte across two clean builds"
fi
