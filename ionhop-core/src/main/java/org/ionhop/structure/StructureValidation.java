package org.ionhop.structure;

import java.util.Locale;

import org.ionhop.io.InputFormatException;

/**
 * The physical checks every structure passes when it is read (CIF, POSCAR and the first frame of an XDATCAR all
 * end in {@link #require}), so that no analysis allocates a grid, a network or a supercell for a cell that cannot
 * exist. Each failure is one sentence naming the file, and the command line exits with code 2.
 *
 * <ul>
 *   <li><b>A cell shorter than its atoms.</b> A lattice translation shorter than {@value #MIN_DISTANCE_A} Å puts
 *       every atom that close to its own periodic image (e.g. a 0.01 Å axis).</li>
 *   <li><b>Overfull position.</b> Site entries within {@value #SAME_POSITION_A} Å of one another are one position
 *       (a mixed or partly occupied site); their occupancies may add up to at most 1 plus
 *       {@value #OCCUPANCY_ROUNDING}.</li>
 *   <li><b>Overlapping atoms.</b> Two site entries closer than {@value #MIN_DISTANCE_A} Å are refused unless their
 *       occupancies add up to at most 1 (plus the same rounding allowance): partly occupied split positions that
 *       exclude one another are legitimate disorder, two atoms present together that close are not.</li>
 * </ul>
 *
 * <p>Why refuse an overfull position instead of warning: it describes more atoms than fit on the position, and no
 * correction is unique (which species to reduce?), while every later number (composition, charge neutrality, the
 * bond-valence repulsion of both entries) would silently carry the excess.
 */
public final class StructureValidation {
    /**
     * Closest approach of two atoms present together (Å). The shortest real bonds are O-H and N-H at ~0.96-1.0 Å
     * and H-H in H2 at 0.74 Å, so 0.5 Å is below every real distance and above every coordinate slip.
     */
    public static final double MIN_DISTANCE_A = 0.5;

    /** Site entries closer than this (Å) are one position; the CIF merge tolerance. */
    public static final double SAME_POSITION_A = CifReader.DEFAULT_MERGE_TOLERANCE_A;

    /**
     * Allowance for occupancies printed with two decimals: each is off by up to 0.005, so up to four entries on a
     * position can add up to 1.02 without being overfull.
     */
    public static final double OCCUPANCY_ROUNDING = 0.02;

    private StructureValidation() {
    }

    /**
     * Returns the structure when it passes the checks of the class comment.
     *
     * @throws InputFormatException naming the structure's source and what is wrong
     */
    public static Structure require(Structure s) {
        String file = s.source();
        Lattice l = s.lattice();
        double[][] m = l.matrix();
        double shortest = Double.POSITIVE_INFINITY;
        int[] best = null;
        // The shortest lattice vector of any cell with a reduced basis is a combination with coefficients |n| <= 1;
        // +-3 also covers strongly skewed cells as files give them.
        for (int i = 3; i >= -3; i--) {
            for (int j = 3; j >= -3; j--) {
                for (int k = 3; k >= -3; k--) {
                    if (i == 0 && j == 0 && k == 0) {
                        continue;
                    }
                    double len = 0;
                    for (int c = 0; c < 3; c++) {
                        double v = i * m[0][c] + j * m[1][c] + k * m[2][c];
                        len += v * v;
                    }
                    len = Math.sqrt(len);
                    if (len < shortest) {
                        shortest = len;
                        best = new int[] {i, j, k};
                    }
                }
            }
        }
        if (shortest < MIN_DISTANCE_A) {
            throw new InputFormatException(file, 0, String.format(Locale.ROOT, "expected a cell longer than its atoms,"
                    + " found the lattice translation [%d %d %d] only %s Å long (a=%s b=%s c=%s Å): every atom"
                    + " would be closer than %.1f Å to its own periodic image", best[0], best[1], best[2], num(shortest),
                    num(l.a()), num(l.b()), num(l.c()), MIN_DISTANCE_A));
        }
        CellList cells = CellList.of(s, MIN_DISTANCE_A);
        for (int i = 0; i < s.numSites(); i++) {
            Site a = s.sites().get(i);
            double[] samePosition = {a.occupancy()};
            StringBuilder names = new StringBuilder(describe(a));
            int fi = i;
            cells.forEachNeighbor(i, MIN_DISTANCE_A, (p, na, nb, nc, dx, dy, dz, d2) -> {
                Site b = s.sites().get(p);
                double d = Math.sqrt(d2);
                if (d < SAME_POSITION_A) {
                    samePosition[0] += b.occupancy();
                    names.append(", ").append(describe(b));
                } else if (p > fi && a.occupancy() + b.occupancy() > 1 + OCCUPANCY_ROUNDING) {
                    throw new InputFormatException(file, 0, String.format(Locale.ROOT, "expected atoms at least %.1f"
                            + " Å apart, found %s and %s %.3f Å apart with occupancies adding up to %s"
                            + " (overlapping atoms: a duplicated site or wrong coordinates)", MIN_DISTANCE_A,
                            describe(a), describe(b), d, num(a.occupancy() + b.occupancy())));
                }
            });
            if (samePosition[0] > 1 + OCCUPANCY_ROUNDING) {
                throw new InputFormatException(file, 0, String.format(Locale.ROOT, "expected occupancies adding up to"
                        + " at most 1 on one position, found %s from %s at %.4f %.4f %.4f (an overfull site)",
                        num(samePosition[0]), names, a.frac(0), a.frac(1), a.frac(2)));
            }
        }
        return s;
    }

    private static String describe(Site s) {
        return s.isPartial() ? s.label() + " (occupancy " + num(s.occupancy()) + ")" : s.label();
    }

    /** A number with four significant digits and no trailing zeros ("0.01", "1.2", "25.2"). */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
