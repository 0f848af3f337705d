#!/usr/bin/env bash
# Mutation testing with PIT (the root pom's "mutation" profile) and the scores it measured.
#
#   scripts/pit.sh            # smp-json
#   scripts/pit.sh smp-rules  # smp-rules
#
# Only the named module is mutated: its upstream modules are built (-am, nothing is installed)
# with PIT skipped, and PIT mutates the module's own package (pit.targetClasses in its pom).
# Every run analyses the whole module (PIT 1.30's history needs a commercial plugin). Reports:
# <module>/target/pit-reports/index.html. Prints, per module: mutations killed / total
# (mutation score) and killed / covered (test strength, the figure docs/releasing.md records).
set -euo pipefail
cd "$(dirname "$0")/.."
module="${1:-smp-json}"

rm -f "${module}/target/pit-reports/mutations.xml"
start=$(date +%s)
commit=$(git rev-parse --short HEAD)  # the code measured: taken before the build, not after
./mvnw -B -q -Pmutation -Dpit.module="${module}" -pl "${module}" -am verify \
  -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dsmpkit.skipSmallHeap=true

echo "${module}: PIT run took $(( $(date +%s) - start )) s at commit ${commit}"

report="${module}/target/pit-reports/mutations.xml"
python3 - "${report}" <<'PY'
import sys, xml.etree.ElementTree as ET
report = sys.argv[1]
mutations = ET.parse(report).getroot().findall('mutation')
total = len(mutations)
killed = sum(1 for m in mutations if m.get('status') in ('KILLED', 'TIMED_OUT', 'MEMORY_ERROR'))
no_coverage = sum(1 for m in mutations if m.get('status') == 'NO_COVERAGE')
covered = total - no_coverage
module = report.split('/')[0]
print(f"{module}: {killed}/{total} mutations killed (mutation score {100 * killed / max(total, 1):.1f} %), "
      f"test strength {100 * killed / max(covered, 1):.1f} % ({killed}/{covered} covered)")
PY
