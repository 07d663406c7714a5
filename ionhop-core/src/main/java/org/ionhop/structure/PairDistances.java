package org.ionhop.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Shortest interatomic distance for each pair of elements of a structure, found with a {@link CellList}
 * (all images, so a one-atom cell reports its shortest lattice vector as the same-element distance).
 * Coincident sites (closer than {@value #COINCIDENT_A} Å: the species of a mixed site) are not pairs.
 */
public final class PairDistances {
    /** Distance below which two sites are one mixed site rather than a pair (Å). */
    public static final double COINCIDENT_A = 1e-3;

    /**
     * One element pair.
     *
     * @param first     the less electronegative element (as formulas are written: "Li-O")
     * @param second    the other element (may equal first)
     * @param distanceA shortest distance in Å
     */
    public record Pair(Element first, Element second, double distanceA) {
        /** "Li-O". */
        public String label() {
            return first.symbol() + "-" + second.symbol();
        }
    }

    private PairDistances() {
    }

    /** Whether a comes first in a pair label: lower electronegativity, then lower atomic number. */
    private static boolean before(Element a, Element b) {
        int c = Double.compare(a.electronegativity(), b.electronegativity());
        return c < 0 || c == 0 && a.ordinal() <= b.ordinal();
    }

    /** Shortest distances of all element pairs closer than {@code maxA}, sorted by distance. */
    public static List<Pair> shortest(Structure s, double maxA) {
        CellList cells = CellList.of(s, Math.min(maxA, 3.0));
        Map<Element, Map<Element, Double>> best = new EnumMap<>(Element.class);
        double coincident2 = COINCIDENT_A * COINCIDENT_A;
        for (int i = 0; i < s.numSites(); i++) {
            Element ei = s.sites().get(i).element();
            cells.forEachNeighbor(i, maxA, (j, na, nb, nc, dx, dy, dz, d2) -> {
                if (d2 < coincident2) {
                    return;
                }
                Element ej = s.sites().get(j).element();
                Element lo = before(ei, ej) ? ei : ej;
                Element hi = lo == ei ? ej : ei;
                best.computeIfAbsent(lo, e -> new EnumMap<>(Element.class)).merge(hi, Math.sqrt(d2), Math::min);
            });
        }
        List<Pair> out = new ArrayList<>();
        best.forEach((a, m) -> m.forEach((b, d) -> out.add(new Pair(a, b, d))));
        out.sort(Comparator.comparingDouble(Pair::distanceA));
        return out;
    }

    /**
     * Cumulative coordination numbers around an element: for each neighbour element X, n_X(r) = sum over centre
     * sites i and X sites j of occ_i occ_j [d_ij &lt;= r], divided by the occupancy-weighted number of centres;
     * coincident sites are skipped.
     *
     * @param s      the structure
     * @param centre the central element (e.g. the mobile ion)
     * @param radiiA the radii (Å, ascending) at which to evaluate n(r)
     * @return n_X at each radius per neighbour element, in order of increasing atomic number; empty if the
     *         centre element is absent
     */
    public static Map<Element, double[]> cumulativeCoordination(Structure s, Element centre, double[] radiiA) {
        Map<Element, double[]> out = new EnumMap<>(Element.class);
        double maxA = radiiA[radiiA.length - 1];
        CellList cells = CellList.of(s, Math.min(maxA, 3.0));
        double centres = 0;
        double coincident2 = COINCIDENT_A * COINCIDENT_A;
        for (int i = 0; i < s.numSites(); i++) {
            Site si = s.sites().get(i);
            if (si.element() != centre) {
                continue;
            }
            centres += si.occupancy();
            cells.forEachNeighbor(i, maxA, (j, na, nb, nc, dx, dy, dz, d2) -> {
                if (d2 < coincident2) {
                    return;
                }
                Site sj = s.sites().get(j);
                double[] n = out.computeIfAbsent(sj.element(), e -> new double[radiiA.length]);
                double d = Math.sqrt(d2);
                int k = java.util.Arrays.binarySearch(radiiA, d);
                for (int r = k >= 0 ? k : -k - 1; r < radiiA.length; r++) {
                    n[r] += si.occupancy() * sj.occupancy();
                }
            });
        }
        for (double[] n : out.values()) {
            for (int r = 0; r < n.length; r++) {
                n[r] /= centres;
            }
        }
        return out;
    }
}
