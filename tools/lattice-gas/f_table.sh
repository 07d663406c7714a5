#!/usr/bin/env bash
# Regenerates the f(c) table of docs/kmc.md, section 4.2 ("Intermediate concentrations"): the tracer correlation
# factor of the ideal lattice gas on the square (32 x 32) and simple cubic (10 x 10 x 10) lattices at c = 0.1 .. 0.9,
# with long blocks (1000 hops per ion per block, 5 blocks x 4 replicas), so that the short-block bias of section 3,
# about (1 - f^2) g(n) / 2n, is small (square, g = ln n: 2e-3 at most; simple cubic: 5e-4).
# Usage: tools/lattice-gas/f_table.sh [hops-per-ion-per-block] > table.md   (about 200 M events; minutes on 2 cores)
# IONHOP may name another launcher or jar ("java -jar ionhop.jar"); default: the repository's ./ionhop.
# CONCENTRATIONS and LATTICES (default "square sc") select part of the table.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
ionhop="${IONHOP:-$root/ionhop}"
hops="${1:-1000}"
blocks=5
replicas=4
lattices="${LATTICES:-square sc}"
header="| c |"
for l in $lattices; do header="$header $l f (n = $hops) |"; done
echo "$header"
for c in ${CONCENTRATIONS:-0.1 0.2 0.3 0.4 0.5 0.6 0.7 0.8 0.9}; do
  row="| $c |"
  for l in $lattices; do
    case "$l" in square) set -- square 32 1024 ;; sc) set -- sc 10 1000 ;; esac
    n=$(python3 -c "print(round($c * $3))")
    steps=$((n * hops * blocks * replicas))
    f=$($ionhop kmc --lattice "$1" --size "$2" --ions "$n" --temperature 500 --barrier 0.25 \
          --steps "$steps" --equilibration 200000 --blocks "$blocks" --replicas "$replicas" --seed 11 --json \
        | python3 -c "import json,sys; d=json.load(sys.stdin); print('%.4f ± %.4f' % (d['correlation_factor'], d['correlation_factor_err']))")
    row="$row $f |"
  done
  echo "$row"
done
