#!/usr/bin/env bash
# JMH benchmarks of reading, writing and validating, each next to its anchor in the same run,
# printed as ratios (docs/performance.md). Builds the `benchmarks` module and what it needs
# into the target directories (nothing is installed), then runs JMH from the repository root.
#
# Usage: scripts/bench.sh [--quick] [--rounds N] [--no-build] [regex] [-- extra JMH options]
#   --quick      1 fork, 2 x 1 s warm-up, 3 x 1 s measurement (about 2 min); for a first look
#   default      2 forks, 3 x 2 s warm-up, 5 x 2 s measurement (about 10 min per round)
#   --forks N    JMH forks per benchmark (after --quick, overrides its 1)
#   --rounds N   run JMH N times and print every round's ratios and their median (default 1)
#   --no-build   reuse the last build
#   --report     run nothing: print the ratios of the rounds kept in benchmarks/target/results
#   regex        only the benchmarks it matches, e.g. Validate
# The machine is shared and noisy: read the ratios, which compare runs made side by side in the
# same JVM fork, not the absolute times.
set -euo pipefail
cd "$(dirname "$0")/.."

forks=2 warmup="-wi 3 -w 2" measure="-i 5 -r 2" rounds=1 build=true run=true filter="" extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) forks=1 warmup="-wi 2 -w 1" measure="-i 3 -r 1"; shift ;;
    --rounds) rounds="$2"; shift 2 ;;
    --forks) forks="$2"; shift 2 ;;
    --no-build) build=false; shift ;;
    --report) build=false run=false; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) filter="$1"; shift ;;
  esac
done

if $build; then
  echo "bench: building (./mvnw -B -q -Pbenchmarks -pl benchmarks -am process-classes)" >&2
  ./mvnw -B -q -Pbenchmarks -pl benchmarks -am process-classes
fi
cp="benchmarks/target/classes:$(cat benchmarks/target/jmh.classpath 2>/dev/null || true)"
out=benchmarks/target/results
mkdir -p "$out"
if $run; then
  rm -f "$out"/round-*.csv
else
  rounds=0
fi

for round in $(seq 1 "$rounds"); do
  echo "bench: round $round of $rounds ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  java -cp "$cp" org.openjdk.jmh.Main -bm avgt -tu us -f "$forks" $warmup $measure \
      -rf csv -rff "$out/round-$round.csv" ${extra[@]+"${extra[@]}"} \
      "io.github.smpkit.benchmarks.*${filter}.*" >&2
done

# Ratios per round, then their median. CSV columns: "Benchmark",...,"Score" (5th),...,"Param: doc" (last).
awk -F, '
  FNR == 1 { round++; next }
  {
    gsub(/"/, ""); n = split($1, part, "."); name = part[n - 1] "." part[n]
    score[round, name, $NF] = $5; docs[$NF] = 1
  }
  function ratio(r, a, b, d) { return ((r, a, d) in score && (r, b, d) in score) ? score[r, a, d] / score[r, b, d] : "" }
  function median(list, k,   sorted, m, i, j, t) {
    m = 0; for (i = 1; i <= k; i++) if (list[i] != "") sorted[++m] = list[i]
    for (i = 2; i <= m; i++) for (j = i; j > 1 && sorted[j - 1] > sorted[j]; j--) { t = sorted[j]; sorted[j] = sorted[j - 1]; sorted[j - 1] = t }
    if (m == 0) return ""
    return m % 2 ? sorted[(m + 1) / 2] : (sorted[m / 2] + sorted[m / 2 + 1]) / 2
  }
  END {
    pairs = "ReadBenchmark.read ReadBenchmark.readTreeAnchor read_/_readTree 1.5;" \
            "WriteBenchmark.write WriteBenchmark.writeTreeAnchor write_/_Jackson_tree_write 1.0;" \
            "ValidateBenchmark.validateStandard ValidateBenchmark.readAnchor iom-smp_/_read 1.0;" \
            "ValidateBenchmark.validateStandard ValidateBenchmark.hibernateAnchor iom-smp_/_one_HV_validate -"
    np = split(pairs, pair, ";")
    printf "%-32s %-10s %8s %8s   %s\n", "ratio", "doc", "median", "target", "per round"
    for (p = 1; p <= np; p++) {
      split(pair[p], f, " "); label = f[3]; gsub(/_/, " ", label)
      for (d in docs) {
        rounds_text = ""; k = 0
        for (r = 1; r <= round; r++) { v = ratio(r, f[1], f[2], d); list[++k] = v; rounds_text = rounds_text (v == "" ? " -" : sprintf(" %.2f", v)) }
        m = median(list, k)
        if (m != "") printf "%-32s %-10s %7.2fx %8s  %s\n", label, d, m, (f[4] == "-" ? "" : "<= " f[4] "x"), rounds_text
      }
    }
    for (d in docs) {
      k = 0
      for (r = 1; r <= round; r++) if ((r, "ValidateBenchmark.validateStandard", d) in score) list[++k] = 1e6 / score[r, "ValidateBenchmark.validateStandard", d]
      if (k > 0) { m = median(list, k); printf "%-32s %-10s %7.0f/s %8s  (one core, absolute: noisy)\n", "iom-smp, partnerships", d, m, ">= 100000" }
    }
  }' "$out"/round-*.csv
