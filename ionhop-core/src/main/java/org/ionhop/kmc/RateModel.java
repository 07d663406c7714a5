package org.ionhop.kmc;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.ionhop.io.NumericalFailureException;
import org.ionhop.units.Constants;

/**
 * Hop rates k = nu exp(-E / k_B T) of every directed hop of a {@link KmcSystem} at one temperature.
 *
 * <p>The barrier of a hop i -> j is E = max(K + dH/2, dH, 0) (physics.md: the clamp keeps detailed balance
 * k_ij / k_ji = exp(-dH / k_B T)), where dH = (e_j - e_i) + eps (n_j - m_ij - n_i) - q F.d is the change of the
 * total energy: site energies e (with disorder), pair interactions with n the number of occupied bonds of a site
 * and m_ij the bonds joining i and j (the moving ion itself), and the work of the field F on the hop vector d.
 * K is E_KRA (KRA law) or E_s - (e_i + e_j)/2 - eps (n_i + n_j - m_ij)/2 (random trap, which makes the barrier
 * E_s - e_i - eps n_i - q F.d / 2: apart from the field, independent of the destination), in both cases lowered by
 * the phonon term.
 *
 * <p>With the KRA law the rate depends on the occupancy only through dn = n_j - m_ij - n_i, so the rates are
 * tabulated per class of hops with equal static parts and per dn: no exponential in the kMC loop.
 *
 * <p>Range: when even the fastest hop is slower than exp(-{@link #SCALE_FROM}) per ps (a high barrier or strong
 * interactions at a low temperature), every rate is stored divided by that fastest rate and the clock counts in
 * units of {@link #timeUnitPs} (its inverse), so that the rates do not underflow; below that the rates are stored
 * as they are (in 1/ps, unit 1), bit for bit as before. Rates more than about 1e308 times slower than the fastest
 * class still underflow to zero ({@link #underflows}); a replica that finds no possible hop then says so.
 */
final class RateModel {
    /** Largest table (doubles) before falling back to computing exponentials on the fly. */
    private static final int MAX_TABLE = 1 << 23;
    /** Fastest rate (1/ps) below which the rates are scaled: exp(-200), about 1e-87 per ps. */
    static final double SCALE_FROM = 200;
    /** ln of the smallest normal double (about -708.4): rates further below the fastest underflow. */
    private static final double LN_MIN_NORMAL = Math.log(Double.MIN_NORMAL);

    /** Duration (ps) of one unit of the kMC clock: 1, or 1 / (fastest rate in 1/ps) when the rates are scaled. */
    final double timeUnitPs;
    /** ln of the factor the rates are divided by (0 unless scaled). */
    final double lnRateUnit;
    /** Whether some rate of the table is more than 1e308 times below the fastest and is stored as 0 or subnormal. */
    final boolean underflows;

    final double kT;
    final double eps;
    /** Site energies e_i (eV): the network's plus the disorder. */
    final double[] siteEnergyEv;
    final boolean interacting;
    final boolean tabulated;
    final int width;
    final int offset;
    final int[] hopClass;
    final double[] table;
    /** Without interactions: the rate of every directed hop, and of its reverse at the same index (cache locality). */
    final double[] staticRate;
    final double[] reverseRate;
    /**
     * Without interactions and with few distinct (reverse rate, hop vector) pairs (lattices): per directed hop h the
     * index of its pair, whose reverse rate is kindRate[k] and vector kindVector[3k..3k+2] (else null). Two bytes
     * per hop next to {@link KmcSystem#hopTarget} instead of a double rate and three double components: on large
     * lattices the vacancy-driven loop is bound by memory traffic, and these tables stay in cache.
     */
    final short[] hopKind;
    final double[] kindRate;
    final double[] kindVector;
    private final boolean randomTrap;
    private final double[] k;
    private final double[] dE;
    private final double[] nu;

    RateModel(KmcSystem sys, KmcParameters p, double[] siteEnergyEv) {
        this.kT = Constants.BOLTZMANN_EV_PER_K * p.temperatureK();
        this.eps = p.interactionEv();
        this.siteEnergyEv = siteEnergyEv.clone();
        this.interacting = eps != 0;
        this.randomTrap = p.rateLaw() == RateLaw.RANDOM_TRAP;
        int m = sys.directedHops();
        k = new double[m];
        dE = new double[m];
        nu = new double[m];
        double[] field = p.fieldVPerA();
        double charge = sys.network().charge();
        double[] nuByType = new double[sys.hopTypeNames.length];
        for (int t = 0; t < nuByType.length; t++) {
            nuByType[t] = p.attemptByHopType().getOrDefault(sys.hopTypeNames[t], p.attemptFrequencyPerPs());
        }
        for (int s = 0; s < sys.nSites; s++) {
            for (int h = sys.hopStart[s]; h < sys.hopStart[s + 1]; h++) {
                int t = sys.hopTarget[h];
                double work = charge * (field[0] * sys.hopVector[3 * h] + field[1] * sys.hopVector[3 * h + 1]
                        + field[2] * sys.hopVector[3 * h + 2]);
                dE[h] = siteEnergyEv[t] - siteEnergyEv[s] - work;
                double kra;
                if (randomTrap) {
                    kra = p.barrierOverrideEv() - 0.5 * (siteEnergyEv[s] + siteEnergyEv[t]);
                } else {
                    kra = Double.isFinite(p.barrierOverrideEv()) ? p.barrierOverrideEv() : sys.hopKraEv[h];
                }
                k[h] = randomTrap ? kra - p.phononLoweringEv() : Math.max(kra - p.phononLoweringEv(), 0.0);
                nu[h] = nuByType[sys.hopType[h]];
            }
        }
        int maxBonds = 0;
        for (int s = 0; s < sys.nSites; s++) {
            maxBonds = Math.max(maxBonds, sys.hopStart[s + 1] - sys.hopStart[s]);
        }
        width = interacting ? 2 * maxBonds + 1 : 1;
        offset = interacting ? maxBonds : 0;
        hopClass = new int[m];
        double[] lnRange = lnRateRange(sys, maxBonds);
        lnRateUnit = lnRange[1] < -SCALE_FROM ? lnRange[1] : 0;
        timeUnitPs = Math.exp(-lnRateUnit);
        if (!Double.isFinite(timeUnitPs)) {
            throw new NumericalFailureException(String.format(Locale.ROOT, "at %.4g K the fastest hop rate is "
                    + "exp(%.0f) per ps, below 1e-300: no time scale a double can hold; raise the temperature or lower "
                    + "the barriers", p.temperatureK(), lnRange[1]));
        }
        underflows = lnRange[0] - lnRateUnit < LN_MIN_NORMAL;
        table = randomTrap && interacting ? null : tabulate(m);
        tabulated = table != null;
        if (tabulated && !interacting) {
            staticRate = new double[m];
            reverseRate = new double[m];
            for (int h = 0; h < m; h++) {
                staticRate[h] = table[hopClass[h]];
            }
            for (int h = 0; h < m; h++) {
                reverseRate[h] = staticRate[sys.hopReverse[h]];
            }
        } else {
            staticRate = null;
            reverseRate = null;
        }
        hopKind = reverseRate == null ? null : kinds(sys);
        int nKinds = hopKind == null ? 0 : kindCount(hopKind);
        kindRate = hopKind == null ? null : new double[nKinds];
        kindVector = hopKind == null ? null : new double[3 * nKinds];
        for (int h = 0; hopKind != null && h < m; h++) {
            kindRate[hopKind[h]] = reverseRate[h];
            System.arraycopy(sys.hopVector, 3 * h, kindVector, 3 * hopKind[h], 3);
        }
    }

    /** Index of each directed hop's (reverse rate, vector) pair, or null if there are more than MAX_KINDS pairs. */
    private short[] kinds(KmcSystem sys) {
        Map<Kind, Integer> index = new HashMap<>();
        short[] kind = new short[reverseRate.length];
        for (int h = 0; h < kind.length; h++) {
            double[] v = sys.hopVector;
            Kind key = new Kind(reverseRate[h], v[3 * h], v[3 * h + 1], v[3 * h + 2]);
            int k = index.computeIfAbsent(key, x -> index.size());
            if (k >= MAX_KINDS) {
                return null;
            }
            kind[h] = (short) k;
        }
        return kind;
    }

    private static int kindCount(short[] kind) {
        int max = -1;
        for (short k : kind) {
            max = Math.max(max, k);
        }
        return max + 1;
    }

    /** Most distinct (rate, vector) pairs for the compact layout: fits a short, and the tables stay in cache. */
    private static final int MAX_KINDS = 4096;

    private record Kind(double rate, double x, double y, double z) {
    }

    /** Barrier with the detailed-balance clamp. */
    static double barrier(double kra, double dH) {
        return Math.max(kra + 0.5 * dH, Math.max(dH, 0.0));
    }

    /**
     * ln of the slowest and the fastest rate (1/ps) of any hop over the occupancies it can meet (bond counts from
     * 0 to the largest coordination): the barrier is a maximum of functions linear in the bond counts, so its
     * extremes over that box are bounded by the corners (the minimum by a lower bound from the linear parts).
     */
    private double[] lnRateRange(KmcSystem sys, int maxBonds) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int[] corners = interacting ? new int[] {0, maxBonds} : new int[] {0};
        for (int h = 0; h < k.length; h++) {
            double lnNu = Math.log(nu[h]);
            double emin = Double.POSITIVE_INFINITY;
            double emax = 0;
            for (int nI : corners) {
                for (int nJ : corners) {
                    double dH = dE[h] + eps * (nJ - nI);
                    double kra = randomTrap && interacting ? k[h] - 0.5 * eps * (nI + nJ) : k[h];
                    double e = barrier(kra, dH);
                    emin = Math.min(emin, e);
                    emax = Math.max(emax, e);
                }
            }
            if (interacting) {
                // The maximum of linear functions is convex and can dip below its corner values inside the box;
                // it is at least the largest of the minima of its parts (K + dH/2, dH, 0) over the box.
                double dHMin = dE[h] - Math.abs(eps) * maxBonds;
                double kMin = randomTrap ? k[h] - Math.abs(eps) * maxBonds : k[h];
                emin = Math.min(emin, Math.max(0, Math.max(kMin + 0.5 * dHMin, dHMin)));
            }
            lo = Math.min(lo, lnNu - emax / kT);
            hi = Math.max(hi, lnNu - emin / kT);
        }
        return new double[] {lo, hi};
    }

    private double[] tabulate(int m) {
        Map<Key, Integer> classes = new HashMap<>();
        for (int h = 0; h < m; h++) {
            Key key = new Key(k[h], dE[h], nu[h]);
            Integer c = classes.get(key);
            if (c == null) {
                c = classes.size();
                if ((long) (c + 1) * width > MAX_TABLE) {
                    return null;
                }
                classes.put(key, c);
            }
            hopClass[h] = c;
        }
        double[] tab = new double[classes.size() * width];
        for (Map.Entry<Key, Integer> e : classes.entrySet()) {
            Key key = e.getKey();
            for (int d = 0; d < width; d++) {
                double dH = key.dE + eps * (d - offset);
                tab[e.getValue() * width + d] = scaled(key.nu, barrier(key.k, dH));
            }
        }
        return tab;
    }

    private record Key(double k, double dE, double nu) {
    }

    /**
     * Rate of directed hop h from a site with n_i occupied bonds to one with n_j (n_j counts the moving ion's
     * m_ij bonds), for an ion of attempt-frequency factor 1.
     */
    double rate(int h, int nI, int nJMinusM) {
        if (tabulated) {
            return table[hopClass[h] * width + (interacting ? nJMinusM - nI + offset : 0)];
        }
        double dH = dE[h] + eps * (nJMinusM - nI);
        double kra = randomTrap && interacting ? k[h] - 0.5 * eps * (nI + nJMinusM) : k[h];
        return scaled(nu[h], barrier(kra, dH));
    }

    /** nu exp(-E / k_B T) in units of the rate unit (the plain expression when the rates are not scaled). */
    private double scaled(double nuPerPs, double barrierEv) {
        if (lnRateUnit == 0) {
            return nuPerPs * Math.exp(-barrierEv / kT);
        }
        return Math.exp(Math.log(nuPerPs) - barrierEv / kT - lnRateUnit);
    }

    /** The barrier (eV) of hop h with no interactions, for diagnostics and tests. */
    double staticBarrier(int h) {
        return barrier(k[h], dE[h]);
    }

    /** Distinct static rate classes (for tests of the tabulation). */
    int classes() {
        return tabulated ? table.length / width : -1;
    }
}
