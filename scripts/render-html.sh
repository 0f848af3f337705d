#!/usr/bin/env bash
# Renders the HTML reports of the bundled catalogue and screenshots them in headless Chromium:
# builds smp-html (and what it needs), writes the portfolio report of examples/catalog and the
# report of one partnership to target/html-report/, then saves PNG screenshots in docs/images/.
#
# Usage: scripts/render-html.sh [PARTNERSHIP_ID]      (default: nz-rse)
# Needs a JDK 17+ and Debian's chromium (installed with apt-get when missing and run as root);
# Debian's pngquant, when present, makes the screenshots about three times smaller.
set -euo pipefail
cd "$(dirname "$0")/.."

id="${1:-nz-rse}"
out=target/html-report
images=docs/images

chromium_bin=$(command -v chromium || true)
if [ -z "$chromium_bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "render-html: installing Debian's chromium" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core pngquant >/dev/null
    chromium_bin=$(command -v chromium)
  else
    echo "render-html: chromium not found; install Debian's package: apt-get install -y chromium" >&2
    exit 1
  fi
fi

echo "render-html: building smp-html (tests skipped; ./mvnw verify runs them)" >&2
./mvnw -B -q -pl smp-html -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -Djapicmp.skip dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test >&2
classpath="smp-html/target/classes:$(cat smp-html/target/classpath.txt)"

java -Djava.util.logging.config.file=examples/logging.properties -cp "$classpath" \
  scripts/RenderHtml.java examples/catalog "$out" "$id"

profile=$(mktemp -d "${TMPDIR:-/tmp}/smpkit-chromium.XXXXXX")
trap 'rm -rf "$profile"' EXIT
mkdir -p "$images"

# shoot PAGE[#SECTION] PNG: a 1280x2000 screenshot of a page, or of a page scrolled to a section.
# Headless Chromium's --screenshot ignores a #fragment, so a section is shown through a frame
# (a throwaway page next to the reports, not part of them) that opens the report at the fragment.
shoot() {
  local page="$1" png="$2" url
  if [[ "$page" == *"#"* ]]; then
    printf '<!doctype html><title>frame</title><body style="margin:0"><iframe src="%s" title="report"
      style="display:block;width:1280px;height:2000px;border:0"></iframe>\n' "${page#"$out"/}" >"$out/frame.html"
    url="file://$PWD/$out/frame.html"
  else
    url="file://$PWD/$page"
  fi
  rm -f "$png"
  "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=1280,2000 --screenshot="$PWD/$png" "$url" >/dev/null 2>&1
  [ -s "$png" ] || { echo "render-html: chromium wrote no $png" >&2; exit 1; }
  if command -v pngquant >/dev/null; then
    pngquant --quality=70-95 --speed 1 --strip --force --output "$png" "$png"
  fi
  echo "render-html: $png ($(stat -c %s "$png") bytes)"
}

shoot "$out/portfolio.html" "$images/html-portfolio.png"
shoot "$out/portfolio.html#who-pays" "$images/html-portfolio-charts.png"
shoot "$out/$id.html" "$images/html-partnership.png"
shoot "$out/$id.html#who-pays" "$images/html-partnership-charts.png"
