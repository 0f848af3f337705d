#!/usr/bin/env bash
# Builds the Maven Central release bundle exactly as `-Prelease deploy` would, but signs it
# with a throwaway GPG key made on the spot and does not upload it (-DskipUpload=true), then
# checks the bundle with scripts/CheckBundle.java: every artifact has its POM, jar, sources,
# Javadoc, .asc, .md5 and .sha1 (signatures and checksums verified), every POM carries the
# elements Central requires, and smp-bom pins smpkit modules only.
#
# Usage: scripts/check-bundle.sh [extra maven args]    (needs gpg on the PATH)
set -euo pipefail
cd "$(dirname "$0")/.."

command -v gpg >/dev/null || { echo "check-bundle: gpg not found (apt-get install -y gnupg)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/smpkit-bundle.XXXXXX")
export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
cleanup() {
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
