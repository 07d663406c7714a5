package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.hipparchus.special.Erf;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;
import org.ionhop.units.Constants;

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
 * <p>Disorder: all sites of the mobile element are removed from the framework. A position occupied in every cell
 * by one or several species (Ge/P of LGPS) contributes each species with its occupancy as weight (mean field). A
 * position that is vacant in part of the cells (after the mobile element is taken out: La/Li/vacancy of LLTO's A
 * site, Li/Al of garnets) enters by the Boltzmann average over its vacant and occupied configurations
 * ({@link #configurationalAverage}), so that the test ion can pass through the vacant positions instead of
 * meeting a fraction of a repulsive core in every cell. Sums run over all periodic images within the cut-off
 * radius. Each species' pair energy (and each partly vacant position's average) is tabulated in R^2
 * ({@link PairTable}, interpolation error about 1e-7 eV), evaluated with the exact erfc.
 */
public final class BvseModel {
    /** Screening-length factor f of the Coulomb term (softBV). */
    public static final double SCREENING_FACTOR = 0.74;
    /** e^2/(4 pi eps0) in eV Å as used by softBV. */
    public static final double COULOMB_EV_A = 14.4;
    /** Distances below this (Å) are clamped, so that a grid point on an ion has a finite (huge) energy. */
    static final double MIN_DISTANCE_A = 0.05;
    /**
     * The images are replicated this far (Å) beyond the cut-off around the cell, so that points up to this far
     * outside the cell (the local boxes of {@link SaddleRefiner} around a saddle near a face) see every image
     * within their cut-off. Points in the cell never reach the extra images, so the grid is unchanged.
     */
    static final double BOX_MARGIN_A = 1.5;
    /**
     * Temperature (K) of the configurational average over vacant and occupied positions
     * ({@link #configurationalAverage}): room temperature, at which conductivities and activation energies are
     * usually compared. The average changes by at most k_B dT ln(1 / v) per position with the temperature.
     */
    public static final double DISORDER_TEMPERATURE_K = 300;
    /**
     * A position whose occupancies (without the mobile element) add up to within this of 1 is taken as occupied in
     * every cell (occupancies in files are rounded, e.g. 0.33 + 0.67, and a vacant fraction of 0.001 would otherwise
     * cap the repulsion of that position at kT ln 1000 = 0.18 eV).
     */
    static final double VACANCY_TOLERANCE = 0.01;

    private final Lattice lattice;
    private final Element mobile;
    private final int mobileCharge;
    private final double cutoffA;
    private final List<String> pairsUsed;
    private final List<String> pairsDerived;
    private final ImageSet images;
    /** Bins of the cell for {@link #energyAt}: per bin, the images that can lie within the cut-off of it. */
    private final int[] binsPerAxis;
    private final int[][] binImages;

    private BvseModel(Lattice lattice, Element mobile, int mobileCharge, double cutoffA, List<double[]> atoms,
                      PairTable[] tables, List<String> pairsUsed, List<String> pairsDerived) {
        this.lattice = lattice;
        this.mobile = mobile;
        this.mobileCharge = mobileCharge;
        this.cutoffA = cutoffA;
        this.pairsUsed = List.copyOf(pairsUsed);
        this.pairsDerived = List.copyOf(pairsDerived);
        this.images = replicate(atoms, tables);
        this.binsPerAxis = new int[3];
        double[] spacing = lattice.planeSpacings();
        for (int d = 0; d < 3; d++) {
            binsPerAxis[d] = Math.max(1, (int) Math.ceil(spacing[d] / BIN_A));
        }
        this.binImages = binImages();
    }

    /** Edge of an {@link #energyAt} bin across each pair of cell faces, in Å. */
    private static final double BIN_A = 2.5;

    /**
     * For every bin of the cell (fractional boxes, {@link #binsPerAxis} per axis), the ascending indices of the
     * images closer than cut-off + bin radius to the bin centre: every image within the cut-off of a point of the
     * bin is among them, in the order of the full list, so a sum over them equals the sum over all images bit for
     * bit (the terms beyond the cut-off are skipped either way).
     */
    private int[][] binImages() {
        int[] nb = binsPerAxis;
        int[][] out = new int[nb[0] * nb[1] * nb[2]][];
        double[] centre = new double[3];
        double[] corner = new double[3];
        int[] buf = new int[images.size()];
        for (int i = 0; i < nb[0]; i++) {
            for (int j = 0; j < nb[1]; j++) {
                for (int k = 0; k < nb[2]; k++) {
                    lattice.toCartesian((i + 0.5) / nb[0], (j + 0.5) / nb[1], (k + 0.5) / nb[2], centre);
                    double radius2 = 0;
                    for (int c = 0; c < 8; c++) {
                        lattice.toCartesian((double) (i + (c & 1)) / nb[0], (double) (j + ((c >> 1) & 1)) / nb[1],
                                (double) (k + ((c >> 2) & 1)) / nb[2], corner);
                        double dx = corner[0] - centre[0];
                        double dy = corner[1] - centre[1];
                        double dz = corner[2] - centre[2];
                        radius2 = Math.max(radius2, dx * dx + dy * dy + dz * dz);
                    }
                    double reach = cutoffA + Math.sqrt(radius2) + 1e-6;
                    double reach2 = reach * reach;
                    int m = 0;
                    for (int a = 0; a < images.size(); a++) {
                        double dx = images.xyz[3 * a] - centre[0];
                        double dy = images.xyz[3 * a + 1] - centre[1];
                        double dz = images.xyz[3 * a + 2] - centre[2];
                        if (dx * dx + dy * dy + dz * dz < reach2) {
                            buf[m++] = a;
                        }
                    }
                    out[(i * nb[1] + j) * nb[2] + k] = java.util.Arrays.copyOf(buf, m);
                }
            }
        }
        return out;
    }

    private static int bin(double f, int n) {
        return Math.min(n - 1, Math.max(0, (int) (f * n)));
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
        if (!(cutoffA > 2) || !(cutoffA <= 30)) {
            throw new IllegalArgumentException("cut-off must be between 2 and 30 Å, got " + cutoffA);
        }
        Lattice lat = structure.lattice();
        Map<String, Integer> typeOf = new LinkedHashMap<>();
        Map<String, DoubleUnaryOperator> termOf = new LinkedHashMap<>();
        List<PairTable> tables = new ArrayList<>();
        List<double[]> atoms = new ArrayList<>();   // x, y, z, type, weight
        List<String> used = new ArrayList<>();
        List<String> derived = new ArrayList<>();
        boolean anyCounterIon = false;
        double[] xyz = new double[3];
        // positions with a vacant fraction (partial occupancy once the mobile element is taken out), by position
        Map<String, List<Site>> partial = new LinkedHashMap<>();
        for (Site s : structure.sites()) {
            if (s.element() == mobile) {
                continue;
            }
            int q = charge(s);
            boolean counter = Integer.signum(q) != Integer.signum(mobileCharge);
            anyCounterIon |= counter;
            String key = s.element().symbol() + q;
            if (!termOf.containsKey(key)) {
                termOf.put(key, term(params, mobile, mobileCharge, s.element(), q, counter));
                if (counter) {
                    String name = String.format(Locale.ROOT, "%s%+d-%s%+d", mobile.symbol(), mobileCharge,
                            s.element().symbol(), q);
                    used.add(name);
                    (mobileCharge > 0 ? params.derivation(mobile, mobileCharge, s.element(), q)
                            : params.derivation(s.element(), q, mobile, mobileCharge))
                            .ifPresent(how -> derived.add(name + ": " + how));
                }
            }
            if (s.occupancy() < 1) {
                partial.computeIfAbsent(positionKey(s), k -> new ArrayList<>()).add(s);
                continue;
            }
            lat.toCartesian(s.frac(0), s.frac(1), s.frac(2), xyz);
            atoms.add(new double[] {xyz[0], xyz[1], xyz[2], typeIndex(key, termOf.get(key), typeOf, tables, cutoffA),
                1.0});
        }
        for (List<Site> group : partial.values()) {
            double occupied = 0;
            for (Site s : group) {
                occupied += s.occupancy();
            }
            Site first = group.get(0);
            lat.toCartesian(first.frac(0), first.frac(1), first.frac(2), xyz);
            double vacant = 1 - occupied;
            if (vacant <= VACANCY_TOLERANCE) {
                // occupied in every cell (a mixed site such as Ge/P of LGPS): the species are averaged with their
                // occupancies as weights, as before
                for (Site s : group) {
                    String key = s.element().symbol() + charge(s);
                    atoms.add(new double[] {xyz[0], xyz[1], xyz[2],
                        typeIndex(key, termOf.get(key), typeOf, tables, cutoffA), s.occupancy()});
                }
                continue;
            }
            StringBuilder key = new StringBuilder("vacant ").append(String.format(Locale.ROOT, "%.6f", vacant));
            List<DoubleUnaryOperator> terms = new ArrayList<>();
            double[] weights = new double[group.size()];
            for (int i = 0; i < group.size(); i++) {
                Site s = group.get(i);
                String species = s.element().symbol() + charge(s);
                key.append(' ').append(species).append(String.format(Locale.ROOT, ":%.6f", s.occupancy()));
                terms.add(termOf.get(species));
                weights[i] = s.occupancy() / occupied;
            }
            atoms.add(new double[] {xyz[0], xyz[1], xyz[2],
                typeIndex(key.toString(), configurationalAverage(vacant, terms, weights), typeOf, tables, cutoffA),
                1.0});
        }
        if (!anyCounterIon) {
            throw new IllegalArgumentException("no counter-ions of opposite charge to " + mobile.symbol()
                    + " in the framework");
        }
        return new BvseModel(lat, mobile, mobileCharge, cutoffA, atoms, tables.toArray(new PairTable[0]), used,
                derived);
    }

    private static int charge(Site s) {
        if (!s.hasOxidationState()) {
            throw new InvalidSettingException(OxidationStates.SETTING, "site " + s.label() + " has no oxidation state;"
                    + " give El=q pairs or let ionhop guess them");
        }
        int q = (int) Math.round(s.oxidationState());
        if (Math.abs(q - s.oxidationState()) > 1e-6 || q == 0) {
            throw new IllegalArgumentException("oxidation state " + s.oxidationState() + " of site " + s.label()
                    + " is not a non-zero integer, which the softBV tables need");
        }
        return q;
    }

    /** The index of the pair table of {@code key}, tabulated from {@code energyOfR} on first use. */
    private static int typeIndex(String key, DoubleUnaryOperator energyOfR, Map<String, Integer> typeOf,
                                 List<PairTable> tables, double cutoffA) {
        Integer type = typeOf.get(key);
        if (type == null) {
            type = tables.size();
            typeOf.put(key, type);
            tables.add(new PairTable(energyOfR, cutoffA));
        }
        return type;
    }

    /**
     * A key equal for sites at one position: fractional coordinates rounded to 1e-5 (Å/10^4 for usual cells),
     * wrapped so that 0.999999 and 0 agree. Sites of one crystallographic position are expanded by the same
     * symmetry operations from the same coordinates, so they agree far better than that.
     */
    private static String positionKey(Site s) {
        StringBuilder b = new StringBuilder();
        for (int d = 0; d < 3; d++) {
            long k = Math.round(s.frac(d) * 1e5) % 100000;
            b.append(k).append(',');
        }
        return b.toString();
    }

    /**
     * The energy of the mobile ion with one position that is vacant in a fraction {@code vacant} of the cells and
     * occupied (by the species of {@code terms}, with the relative weights {@code weights}) in the rest,
     * averaged over the two configurations with their Boltzmann factors at {@link #DISORDER_TEMPERATURE_K}:
     * <pre>
     *   E(R) = -kT ln[ v + (1 - v) exp(-e(R) / kT) ],   e(R) = sum_s w_s e_s(R)
     * </pre>
     * the free energy of the test ion next to a position whose occupation it can choose: with independent
     * occupations n_i (1 with probability 1 - v_i), the average of exp(-sum_i n_i e_i / kT) over the configurations
     * is the product over positions of [v_i + (1 - v_i) exp(-e_i / kT)], so the free energies add up position by
     * position (the annealed average over the disorder). For e much below kT it is (1 - v) e,
     * the occupancy weighting; for a strong repulsion it tends to kT ln(1 / v), the cost of finding the position
     * empty, so the ion passes through the vacant positions instead of through a fraction of a repulsive core.
     * Evaluated as a log-sum-exp, so neither exponential overflows.
     */
    static DoubleUnaryOperator configurationalAverage(double vacant, List<DoubleUnaryOperator> terms,
                                                      double[] weights) {
        double kt = Constants.BOLTZMANN_EV_PER_K * DISORDER_TEMPERATURE_K;
        double lnVacant = Math.log(vacant);
        double lnOccupied = Math.log1p(-vacant);
        return r -> {
            double e = 0;
            for (int i = 0; i < weights.length; i++) {
                e += weights[i] * terms.get(i).applyAsDouble(r);
            }
            double a = lnVacant;
            double b = lnOccupied - e / kt;
            double m = Math.max(a, b);
            return -kt * (m + Math.log(Math.exp(a - m) + Math.exp(b - m)));
        };
    }

    /**
     * The pair energy of the mobile ion with one framework species: the Morse term for a counter-ion, the
     * screened Coulomb term (exact erfc) for a like-charged ion.
     */
    private static DoubleUnaryOperator term(SoftBvParameters params, Element mobile, int qA, Element e, int q,
                                            boolean counter) {
        if (counter) {
            MorsePair p = params.requirePair(mobile, qA, e, q);
            return p::energy;
        }
        int nA = params.principalQuantumNumber(mobile, qA);
        int nM = params.principalQuantumNumber(e, q);
        double screen = SCREENING_FACTOR * (params.covalentRadius(mobile, qA) + params.covalentRadius(e, q));
        double pref = COULOMB_EV_A * qA * q / Math.sqrt((double) nA * nM);
        return r -> pref * Erf.erfc(r / screen) / r;
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

    /**
     * The pairs of {@link #pairsUsed()} that the softBV table lacks and that were derived by the Adams-Rao recipe,
     * each as "Li+1-H-1: derived from ..." ({@link SoftBvParameters#derivation}).
     */
    public List<String> pairsDerived() {
        return pairsDerived;
    }

    /** The periodic images of the framework with their pair tables. */
    ImageSet images() {
        return images;
    }

    /**
     * All periodic images of the framework ions that can lie within the cut-off of a point in the cell:
     * fractional offsets up to cut-off / (plane spacing) beyond each face.
     */
    private ImageSet replicate(List<double[]> atoms, PairTable[] tables) {
        double[] spacing = lattice.planeSpacings();
        double[] pad = new double[3];
        int[] reach = new int[3];
        for (int d = 0; d < 3; d++) {
            pad[d] = (cutoffA + BOX_MARGIN_A) / spacing[d];
            reach[d] = (int) Math.ceil(pad[d]);
        }
        List<double[]> rows = new ArrayList<>();
        double[] frac = new double[3];
        double[] cart = new double[3];
        for (double[] a : atoms) {
            lattice.toFractional(a[0], a[1], a[2], frac);
            for (int i = -reach[0]; i <= reach[0]; i++) {
                for (int j = -reach[1]; j <= reach[1]; j++) {
                    for (int k = -reach[2]; k <= reach[2]; k++) {
                        double fa = frac[0] + i;
                        double fb = frac[1] + j;
                        double fc = frac[2] + k;
                        if (outside(fa, pad[0]) || outside(fb, pad[1]) || outside(fc, pad[2])) {
                            continue;
                        }
                        lattice.toCartesian(fa, fb, fc, cart);
                        rows.add(new double[] {cart[0], cart[1], cart[2], a[3], a[4]});
                    }
                }
            }
        }
        double[] xyz = new double[3 * rows.size()];
        int[] type = new int[rows.size()];
        double[] weight = new double[rows.size()];
        for (int t = 0; t < rows.size(); t++) {
            double[] r = rows.get(t);
            System.arraycopy(r, 0, xyz, 3 * t, 3);
            type[t] = (int) r[3];
            weight[t] = r[4];
        }
        return new ImageSet(xyz, type, weight, tables);
    }

    private static boolean outside(double f, double pad) {
        return f < -pad - 1e-9 || f > 1 + pad + 1e-9;
    }

    /**
     * Site energy (eV) of the mobile ion at a Cartesian point (Å), summing over all images within the cut-off
     * (enumerated from the point's bin list, in the order of the full image list); the grid calculation uses the
     * same terms with its own cell lists.
     */
    public double energyAt(double x, double y, double z) {
        double[] f = new double[3];
        lattice.toFractional(x, y, z, f);
        double[] c = new double[3];
        double fa = f[0] - Math.floor(f[0]);
        double fb = f[1] - Math.floor(f[1]);
        double fc = f[2] - Math.floor(f[2]);
        lattice.toCartesian(fa, fb, fc, c);
        int[] idx = binImages[(bin(fa, binsPerAxis[0]) * binsPerAxis[1] + bin(fb, binsPerAxis[1])) * binsPerAxis[2]
                + bin(fc, binsPerAxis[2])];
        return images.energy(c[0], c[1], c[2], cutoffA * cutoffA, idx, idx.length);
    }

    /** Site energy (eV) at fractional coordinates. */
    public double energyAtFrac(double fa, double fb, double fc) {
        double[] c = lattice.toCartesian(new double[] {fa, fb, fc});
        return energyAt(c[0], c[1], c[2]);
    }

    /** Periodic images of the framework: positions, pair-table index and occupancy weight, as flat arrays. */
    static final class ImageSet {
        final double[] xyz;
        final int[] type;
        final double[] weight;
        final PairTable[] tables;

        ImageSet(double[] xyz, int[] type, double[] weight, PairTable[] tables) {
            this.xyz = xyz;
            this.type = type;
            this.weight = weight;
            this.tables = tables;
        }

        int size() {
            return type.length;
        }

        /**
         * Energy at (x, y, z) from the images listed in {@code idx[0..n)}, or from images 0..n-1 when idx is
         * null; only images closer than the cut-off count.
         */
        double energy(double x, double y, double z, double cut2, int[] idx, int n) {
            double e = 0;
            for (int t = 0; t < n; t++) {
                int a = idx == null ? t : idx[t];
                double dx = xyz[3 * a] - x;
                double dy = xyz[3 * a + 1] - y;
                double dz = xyz[3 * a + 2] - z;
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 < cut2) {
                    e += weight[a] * tables[type[a]].at(r2);
                }
            }
            return e;
        }
    }
}
