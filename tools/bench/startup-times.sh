#!/usr/bin/env bash
# Wall time, CPU time and peak memory of whole ionhop commands (issue 18, section 0), medians of alternating runs.
#
#   tools/bench/startup-times.sh [-n RUNS] [-c CASE,CASE...] LABEL=LAUNCHER [LABEL=LAUNCHER ...]
#
# Each LAUNCHER is an `ionhop` launcher script (say the one of this checkout and the one of an older copy). For every
# repetition the cases run once per launcher, in turn, so that a machine whose load changes treats all alike; the
# table gives the median wall time, the median CPU time (user + system, less sensitive to other processes on a shared
# machine) and the median peak resident memory (/usr/bin/time -v's "Maximum resident set size"). Cases:
#   java      java -version (the floor)
#   info      info LiFePO4 --json
#   bvse      bvse LiFePO4 --grid 0.2 --json           (no -o: no files since issue 18; before it wrote ionhop-out/)
#   bvse-o    bvse LiFePO4 --grid 0.2 --json -o OUT
#   eis       eis of the 7-spectrum s04147 series --json (no -o)
#   eis-o     the same with -o OUT (36 figures)
#   kmc-o     kmc --lattice sc --size 8 --vacancies 1 --steps 200000 --json -o OUT
#   md-o      md of the argyrodite XDATCAR --json -o OUT
# The runs happen in a scratch folder that is removed afterwards; the launchers must have built their jars already.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
ex="$here/examples"
runs=5
cases="java,info,bvse,bvse-o,eis,eis-o,kmc-o,md-o"
while getopts "n:c:" opt; do
  case "$opt" in
    n) runs="$OPTARG" ;;
    c) cases="$OPTARG" ;;
    *) sed -n '2,20p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { sed -n '2,20p' "$0" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
eis_files=("$ex"/eis/s04147-*.txt)

args_of() { # case -> the ionhop arguments
  local out="$scratch/out"
  case "$1" in
    info) echo "info $ex/LiFePO4_pymatgen.cif --json" ;;
    bvse) echo "bvse $ex/LiFePO4_pymatgen.cif --grid 0.2 --json" ;;
    bvse-o) echo "bvse $ex/LiFePO4_pymatgen.cif --grid 0.2 --json -o $out" ;;
    eis) echo "eis ${eis_files[*]} --circuit p(R1,CPE1)-p(R2,CPE2)-CPE3 --thickness-cm 0.21 --diameter-cm 0.8 --json" ;;
    eis-o) echo "eis ${eis_files[*]} --circuit p(R1,CPE1)-p(R2,CPE2)-CPE3 --thickness-cm 0.21 --diameter-cm 0.8 --json -o $out" ;;
    kmc-o) echo "kmc --lattice sc --size 8 --vacancies 1 --steps 200000 --json -o $out" ;;
    md-o) echo "md $ex/Li6PS5Cl_50p_run1_500K_XDATCAR.gz --ion Li --temperature 500 --timestep-fs 2 --stride 50 --json -o $out" ;;
    *) echo "unknown case $1" >&2; exit 2 ;;
  esac
}

# one run: prints "wall cpu rss_kb"
measure() {
  local log="$scratch/time.log"
  rm -rf "$scratch/out" "$scratch/work"
  mkdir -p "$scratch/work"
  if ! (cd "$scratch/work" && /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$scratch/err"); then
    echo "failed: $*" >&2
    cat "$scratch/err" >&2
    exit 1
  fi
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + t[i]}
              /User time/ {u = $2} /System time/ {s = $2} /Maximum resident/ {m = $2}
              END {printf "%.3f %.3f %d\n", w, u + s, m}' "$log"
}

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

declare -A results
IFS=',' read -r -a case_list <<< "$cases"
for ((r = 1; r <= runs; r++)); do
  for c in "${case_list[@]}"; do
    if [ "$c" = java ]; then
      results["java|java"]+="$(measure java -version)"$'\n'
      continue
    fi
    read -r -a a <<< "$(args_of "$c")"
    for spec in "$@"; do
      label="${spec%%=*}"
      launcher="$(readlink -f "${spec#*=}")"
      results["$c|$label"]+="$(measure "$launcher" "${a[@]}")"$'\n'
    done
  done
  echo "run $r of $runs done" >&2
done

echo "| case | launcher | wall (s) | CPU user+sys (s) | peak RSS (MB) |"
echo "|---|---|---:|---:|---:|"
for c in "${case_list[@]}"; do
  labels=("$@")
  [ "$c" = java ] && labels=("java=java")
  for spec in "${labels[@]}"; do
    label="${spec%%=*}"
    v="${results["$c|$label"]}"
    w=$(printf '%s' "$v" | awk 'NF {print $1}' | median)
    u=$(printf '%s' "$v" | awk 'NF {print $2}' | median)
    m=$(printf '%s' "$v" | awk 'NF {print $3}' | median)
    printf '| %s | %s | %.2f | %.2f | %.0f |\n' "$c" "$label" "$w" "$u" "$(awk -v m="$m" 'BEGIN {print m / 1024}')"
  done
done
