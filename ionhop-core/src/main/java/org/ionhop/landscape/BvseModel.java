package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/**
 * The bond-valence site energy of a test mobile ion in a fixed framework (softBV, S. Adams and co-workers;
 * Chen, Wong &amp; Adams, Acta Cryst. B 75 (2019) 18; Adams &amp; Rao, Phys. Status Solidi A 208 (2011) 1746):
 * <pre>
 *   E(r) = sum_X (D0/2) [(exp(alpha (Rmin - R)) - 1)^2 - 1]                              (counter-ions X)
 *        + sum_M 14.4 (q_A q_M / sqrt(n_A n_M)) / R * erfc(R / (f (r_A + r_M)))         (like-charged ions M)
 * </pre>
 * in eV and Å, f = 0.74, n the principal quantum numbers and r the softBV covalent radii. The Morse term
 * carries D0/2 as in BVlain ({@code potentials.py}) and ccnb/cavd ({@code BVAnalysis}), whose published
 * barriers it reproduces (see {@link MorsePair#energy(double)}). 14.4 eV Å is e^2/(4 pi eps0) rounded as in
 * softBV.
 *
 * <p>Disorder: every framework site contributes with its occupancy as weight (the occupancy-weighted
 * average of the configurations, i.e. a mean-field framework); all sites of the mobile element are removed
 * from the framework. Sums run over all periodic images within the cut-off radius.
 */
public final class BvseModel {
    /** Screening-length factor f of the Coulomb term (softBV). */
    public static final double SCREENING_FACTOR = 0.74;
    /** e^2/(4 pi eps0) in eV Å as used by softBV. */
    public static final double COULOMB_EV_A = 14.4;
    /** Distances below this (Å) are clamped, so that a grid point on an ion has a finite (huge) energy. */
    static final double MIN_DISTANCE_A = 0.05;

    private final Lattice lattice;
    private final Element mobile;
    private final int mobileCharge;
    private final double cutoffA;
    // framework ions in the cell, Cartesian, split by interaction kind
    private final double[] morseXyz;
    private final double[] morseRmin;
    private final double[] morseAlpha;
    private final double[] morseHalfD0;   // occupancy * D0 / 2
    private final double[] coulXyz;
    private final double[] coulPref;      // occupancy * 14.4 qA qM / sqrt(nA nM)
    private final double[] coulInvScreen; // 1 / (f (rA + rM))
    private final List<String> pairsUsed;
    private final ImageSet images;

    private BvseModel(Lattice lattice, Element mobile, int mobileCharge, double cutoffA, double[][] morse,
                      double[][] coul, List<String> pairsUsed) {
        this.lattice = lattice;
        this.mobile = mobile;
        this.mobileCharge = mobileCharge;
        this.cutoffA = cutoffA;
        this.morseXyz = morse[0];
        this.morseRmin = morse[1];
        this.morseAlpha = morse[2];
        this.morseHalfD0 = morse[3];
        this.coulXyz = coul[0];
        this.coulPref = coul[1];
        this.coulInvScreen = coul[2];
        this.pairsUsed = List.copyOf(pairsUsed);
        this.images = buildImages(cutoffA);
    }

    /**
     * Builds the model for a structure whose sites all carry oxidation states.
     *
     * @param structure    the structure (the mobile element's sites are removed from the framework here)
     * @param mobile       the mobile element
     * @param mobileCharge its charge in e (non-zero)
     * @param params       the softBV parameter set
     * @param cutoffA      interaction cut-off radius in Å
     * @throws IllegalArgumentException for a missing pair, missing oxidation states or a bad cut-off
     */
    public static BvseModel build(Structure structure, Element mobile, int mobileCharge, SoftBvParameters params,
                                  double cutoffA) {
        if (mobileCharge == 0) {
            throw new IllegalArgumentException("the mobile ion " + mobile.symbol() + " needs a non-zero charge");
        }
        if (!(cutoffA > 2) || !Double.isFinite(cutoffA)) {
            throw new IllegalArgumentException("cut-off must be a finite radius above 2 Å, got " + cutoffA);
        }
        Lattice lat = structure.lattice();
        List<double[]> morse = new ArrayList<>();
        List<double[]> coul = new ArrayList<>();
        List<String> used = new ArrayList<>();
        int nA = params.principalQuantumNumber(mobile, mobileCharge);
        double rA = params.covalentRadius(mobile, mobileCharge);
        double[] xyz = new double[3];
        for (Site s : structure.sites()) {
            if (s.element() == mobile) {
                continue;
            }
            if (!s.hasOxidationState()) {
                throw new IllegalArgumentException("site " + s.label() + " has no oxidation state; give them with "
                        + "--oxidation El=q,... or let ionhop guess them");
            }
            int q = (int) Math.round(s.oxidationState());
            if (Math.abs(q - s.oxidationState()) > 1e-6 || q == 0) {
                throw new IllegalArgumentException("oxidation state " + s.oxidationState() + " of site " + s.label()
                        + " is not a non-zero integer, which the softBV tables need");
            }
            lat.toCartesian(s.frac(0), s.frac(1), s.frac(2), xyz);
            if (Integer.signum(q) != Integer.signum(mobileCharge)) {
                MorsePair p = params.requirePair(mobile, mobileCharge, s.element(), q);
                morse.add(new double[] {xyz[0], xyz[1], xyz[2], p.rMinA(), p.alpha(), 0.5 * p.d0Ev() * s.occupancy()});
                String tag = String.format(Locale.ROOT, "%s%+d-%s%+d", mobile.symbol(), mobileCharge,
                        s.element().symbol(), q);
                if (!used.contains(tag)) {
                    used.add(tag);
                }
            } else {
                int nM = params.principalQuantumNumber(s.element(), q);
                double rM = params.covalentRadius(s.element(), q);
                double pref = COULOMB_EV_A * mobileCharge * q / Math.sqrt((double) nA * nM) * s.occupancy();
                coul.add(new double[] {xyz[0], xyz[1], xyz[2], pref, 1 / (SCREENING_FACTOR * (rA + rM))});
            }
        }
        if (morse.isEmpty()) {
            throw new IllegalArgumentException("no counter-ions of opposite charge to " + mobile.symbol()
                    + " in the framework");
        }
        return new BvseModel(lat, mobile, mobileCharge, cutoffA, split(morse, 3), split(coul, 2), used);
    }

    private static double[][] split(List<double[]> rows, int nParams) {
        double[][] out = new double[1 + nParams][];
        out[0] = new double[3 * rows.size()];
        for (int p = 0; p < nParams; p++) {
            out[1 + p] = new double[rows.size()];
        }
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            System.arraycopy(r, 0, out[0], 3 * i, 3);
            for (int p = 0; p < nParams; p++) {
                out[1 + p][i] = r[3 + p];
            }
        }
        return out;
    }

    /** The periodic cell. */
    public Lattice lattice() {
        return lattice;
    }

    /** The mobile element. */
    public Element mobile() {
        return mobile;
    }

    /** The mobile ion's charge in e. */
    public int mobileCharge() {
        return mobileCharge;
    }

    /** Cut-off radius in Å. */
    public double cutoffA() {
        return cutoffA;
    }

    /** The mobile / counter-ion pairs whose Morse parameters are used, e.g. "Li+1-O-2". */
    public List<String> pairsUsed() {
        return pairsUsed;
    }

    /** Number of framework ions with a Morse (bond-valence) term. */
    int numMorse() {
        return morseRmin.length;
    }

    /** Number of framework ions with a Coulomb term. */
    int numCoulomb() {
        return coulPref.length;
    }

    /**
     * All periodic images of the framework ions that can lie within {@code radius} of a point in the cell:
     * fractional offsets up to radius / (plane spacing) beyond each face. Each array row: the image
     * positions (x, y, z interleaved) and per-image parameter arrays in the same layout as the cell arrays.
     */
    ImageSet images() {
        return images;
    }

    private ImageSet buildImages(double radius) {
        double[] spacing = lattice.planeSpacings();
        int[] lo = new int[3];
        int[] hi = new int[3];
        for (int d = 0; d < 3; d++) {
            int n = (int) Math.ceil(radius / spacing[d]);
            lo[d] = -n;
            hi[d] = n;
        }
        return new ImageSet(replicate(morseXyz, new double[][] {morseRmin, morseAlpha, morseHalfD0}, lo, hi, radius,
                spacing), replicate(coulXyz, new double[][] {coulPref, coulInvScreen}, lo, hi, radius, spacing));
    }

    private double[][] replicate(double[] xyz, double[][] params, int[] lo, int[] hi, double radius, double[] spacing) {
        int n = xyz.length / 3;
        List<double[]> rows = new ArrayList<>();
        double[] frac = new double[3];
        double[] cart = new double[3];
        for (int a = 0; a < n; a++) {
            lattice.toFractional(xyz[3 * a], xyz[3 * a + 1], xyz[3 * a + 2], frac);
            for (int i = lo[0]; i <= hi[0]; i++) {
                for (int j = lo[1]; j <= hi[1]; j++) {
                    for (int k = lo[2]; k <= hi[2]; k++) {
                        double fa = frac[0] + i;
                        double fb = frac[1] + j;
                        double fc = frac[2] + k;
                        // keep images whose distance to the cell [0,1)^3 can be below the radius
                        if (outside(fa, radius / spacing[0]) || outside(fb, radius / spacing[1])
                                || outside(fc, radius / spacing[2])) {
                            continue;
                        }
                        lattice.toCartesian(fa, fb, fc, cart);
                        double[] row = new double[3 + params.length];
                        System.arraycopy(cart, 0, row, 0, 3);
                        for (int p = 0; p < params.length; p++) {
                            row[3 + p] = params[p][a];
                        }
                        rows.add(row);
                    }
                }
            }
        }
        return split(rows, params.length);
    }

    private static boolean outside(double f, double pad) {
        return f < -pad - 1e-9 || f > 1 + pad + 1e-9;
    }

    /**
     * Site energy (eV) of the mobile ion at a Cartesian point (Å), summing over all images within the cut-off
     * by direct enumeration; the grid calculation uses the same terms with cell lists.
     */
    public double energyAt(double x, double y, double z) {
        double[] f = new double[3];
        lattice.toFractional(x, y, z, f);
        double[] c = new double[3];
        lattice.toCartesian(f[0] - Math.floor(f[0]), f[1] - Math.floor(f[1]), f[2] - Math.floor(f[2]), c);
        ImageSet im = images;
        return im.energy(c[0], c[1], c[2], cutoffA * cutoffA, 0, im.numMorse(), 0, im.numCoulomb(), null, null);
    }

    /** Site energy (eV) at fractional coordinates. */
    public double energyAtFrac(double fa, double fb, double fc) {
        double[] c = lattice.toCartesian(new double[] {fa, fb, fc});
        return energyAt(c[0], c[1], c[2]);
    }

    /**
     * Periodic images of the framework as flat arrays: Morse ions (xyz, Rmin, alpha, occupancy D0/2) and
     * Coulomb ions (xyz, prefactor, 1/screening length).
     */
    static final class ImageSet {
        final double[] mXyz;
        final double[] mRmin;
        final double[] mAlpha;
        final double[] mHalfD0;
        final double[] cXyz;
        final double[] cPref;
        final double[] cInv;

        ImageSet(double[][] morse, double[][] coul) {
            mXyz = morse[0];
            mRmin = morse[1];
            mAlpha = morse[2];
            mHalfD0 = morse[3];
            cXyz = coul[0];
            cPref = coul[1];
            cInv = coul[2];
        }

        int numMorse() {
            return mRmin.length;
        }

        int numCoulomb() {
            return cPref.length;
        }

        /**
         * Energy at (x, y, z) from the Morse ions listed in {@code mIdx[0..mN)} and Coulomb ions in
         * {@code cIdx[0..cN)}; with null index arrays, the ranges [m0, mN) and [c0, cN) directly.
         */
        double energy(double x, double y, double z, double cut2, int m0, int mN, int c0, int cN, int[] mIdx,
                      int[] cIdx) {
            double e = 0;
            double min2 = MIN_DISTANCE_A * MIN_DISTANCE_A;
            for (int t = m0; t < mN; t++) {
                int a = mIdx == null ? t : mIdx[t];
                double dx = mXyz[3 * a] - x;
                double dy = mXyz[3 * a + 1] - y;
                double dz = mXyz[3 * a + 2] - z;
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 < cut2) {
                    double r = Math.sqrt(Math.max(r2, min2));
                    double u = Math.exp(mAlpha[a] * (mRmin[a] - r)) - 1;
                    e += mHalfD0[a] * (u * u - 1);
                }
            }
            for (int t = c0; t < cN; t++) {
                int a = cIdx == null ? t : cIdx[t];
                double dx = cXyz[3 * a] - x;
                double dy = cXyz[3 * a + 1] - y;
                double dz = cXyz[3 * a + 2] - z;
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 < cut2) {
                    double r = Math.sqrt(Math.max(r2, min2));
                    e += cPref[a] * Erfc.of(r * cInv[a]) / r;
                }
            }
            return e;
        }
    }
}
