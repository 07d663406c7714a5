package org.ionhop.kmc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.ionhop.stats.Measured;
import org.ionhop.stats.MsdExponent;
import org.ionhop.transport.NernstEinstein;
import org.ionhop.units.Constants;

/**
 * The outcome of a kinetic Monte Carlo run (all replicas at one temperature and composition) and the estimators
 * built from it (docs/kmc.md): every error bar comes from the blocks of all replicas (ratio estimator) or from
 * the scatter between replicas; {@link Measured#samples()} says how many. On a hop graph that falls apart into
 * several connected parts ({@link KmcSystem#connectedParts}) each replica keeps the distribution of the ions over
 * the parts it started with, so its blocks share it and are not independent samples: the transport estimators
 * then take one sample per replica (its summed blocks per unit of its time, so that each split counts once), and
 * their error bars come from the scatter between replicas.
 *
 * @param parameters     the run's parameters
 * @param sites          number of sites
 * @param dimension      d of D = MSD / (2 d t)
 * @param volumeA3       cell volume (Å³)
 * @param chargeE        charge of the mobile ion (e)
 * @param siteTypes      site-type labels
 * @param siteType       type index of every site
 * @param replicas       the replicas' raw results
 * @param connectedParts connected parts of the hop graph (1 for a connected network)
 */
public record KmcResult(KmcParameters parameters, int sites, int dimension, double volumeA3, double chargeE,
                        List<String> siteTypes, int[] siteType, List<ReplicaResult> replicas, int connectedParts) {

    /** Copies. */
    public KmcResult {
        siteTypes = List.copyOf(siteTypes);
        siteType = siteType.clone();
        replicas = List.copyOf(replicas);
        if (connectedParts < 1) {
            throw new IllegalArgumentException("a network has at least one connected part, got " + connectedParts);
        }
    }

    /** A run on a connected network. */
    public KmcResult(KmcParameters parameters, int sites, int dimension, double volumeA3, double chargeE,
                     List<String> siteTypes, int[] siteType, List<ReplicaResult> replicas) {
        this(parameters, sites, dimension, volumeA3, chargeE, siteTypes, siteType, replicas, 1);
    }

    private List<Block> blocks() {
        return replicas.stream().flatMap(r -> r.blocks().stream()).toList();
    }

    /**
     * Whether the transport estimators take one sample per replica instead of one per block: on a network of
     * several connected parts with at least two replicas (see the class comment).
     */
    public boolean samplesPerReplica() {
        return connectedParts > 1 && replicas.size() > 1;
    }

    /**
     * The samples of a block quantity for the ratio estimators: its value per block, or ({@link #samplesPerReplica})
     * per replica its sum over the replica's blocks divided by the replica's measured time. The rate, not the sum:
     * every replica runs the same number of events, so one whose split of the ions is slow covers more time, and
     * sums over time would weight the replicas by 1 / (their event rate), a harmonic rather than the ensemble mean
     * over splits (15 % low on {@code SeparatePartsTest}'s rings). Per unit time each replica counts once.
     */
    private double[] samples(ToDoubleFunction<Block> f) {
        if (!samplesPerReplica()) {
            return blocks().stream().mapToDouble(f).toArray();
        }
        return perReplica(blocks().stream().mapToDouble(f).toArray());
    }

    private double[] denominators(double perIon) {
        return samples(b -> perIon * parameters.ions() * b.durationPs());
    }

    /** Tracer diffusivity D* = sum_i |dr_i|^2 / (2 d N t) in Å²/ps. */
    public Measured tracerDiffusivity() {
        return Measured.ratio(samples(Block::tracerSqTotal), denominators(2.0 * dimension));
    }

    /** Tracer diffusivity along Cartesian direction k: D_kk = sum_i dx_k^2 / (2 N t), Å²/ps. */
    public Measured tracerDiffusivity(int k) {
        return Measured.ratio(samples(b -> b.tracerSq()[k]), denominators(2.0));
    }

    /** Charge (collective) diffusivity D_sigma = |sum_i dr_i|^2 / (2 d N t) in Å²/ps. */
    public Measured chargeDiffusivity() {
        return Measured.ratio(samples(Block::collectiveSqTotal), denominators(2.0 * dimension));
    }

    /** Haven ratio H_R = D* / D_sigma (ratio estimator over blocks). */
    public Measured havenRatio() {
        return Measured.ratio(samples(Block::tracerSqTotal), samples(Block::collectiveSqTotal));
    }

    /**
     * Tracer correlation factor f = sum_i |dr_i|^2 / sum_hops |d|^2: the mean squared displacement divided by
     * that of uncorrelated walks with the same hops (jump counts and hop vectors).
     */
    public Measured correlationFactor() {
        return Measured.ratio(samples(Block::tracerSqTotal), samples(Block::jumpSq));
    }

    /** Number density of the mobile ion, 1/Å³. */
    public double numberDensityPerA3() {
        return parameters.ions() / volumeA3;
    }

    /** Conductivity (S/cm) by Nernst-Einstein from D_sigma: sigma = n q^2 D_sigma / (k_B T). */
    public Measured conductivity() {
        double per = NernstEinstein.conductivitySPerCm(numberDensityPerA3(), chargeE, 1.0, parameters.temperatureK());
        return chargeDiffusivity().times(per);
    }

    /** Conductivity (S/cm) from D* assuming H_R = 1 (what a tracer-only estimate would give). */
    public Measured conductivityFromTracer() {
        double per = NernstEinstein.conductivitySPerCm(numberDensityPerA3(), chargeE, 1.0, parameters.temperatureK());
        return tracerDiffusivity().times(per);
    }

    /** Whether a field was applied. */
    public boolean driven() {
        double[] f = parameters.fieldVPerA();
        return f[0] != 0 || f[1] != 0 || f[2] != 0;
    }

    /** Field strength |F| in V/Å. */
    public double fieldStrengthVPerA() {
        double[] f = parameters.fieldVPerA();
        return Math.sqrt(f[0] * f[0] + f[1] * f[1] + f[2] * f[2]);
    }

    /** Mean drift velocity of an ion along the field, sum_i dr_i . F/|F| / (N t), in Å/ps (NaN without field). */
    public Measured driftVelocity() {
        if (!driven()) {
            return new Measured(Double.NaN, Double.NaN, 0);
        }
        double[] f = parameters.fieldVPerA();
        double e = fieldStrengthVPerA();
        double[] x = samples(b -> (b.collective()[0] * f[0] + b.collective()[1] * f[1] + b.collective()[2] * f[2]) / e);
        return Measured.ratio(x, denominators(1.0));
    }

    /**
     * Conductivity from the drift: sigma = n q v / F (S/cm). In the linear-response limit it equals the
     * Nernst-Einstein value of the same system without field.
     */
    public Measured fieldConductivity() {
        // n [1/Å^3] q [e] v [Å/ps] / F [V/Å] = n q v / F e/(Å ps V); 1 e/(Å ps V) = e / (1e-10 m 1e-12 s V) S... per m.
        double sPerM = Constants.ELEMENTARY_CHARGE_C / (1e-10 * 1e-12);
        double per = numberDensityPerA3() * chargeE * sPerM * 1e-2 / fieldStrengthVPerA();
        return driftVelocity().times(per);
    }

    /** Time-averaged occupancy of each site, averaged over replicas. */
    public double[] siteOccupancy() {
        double[] o = new double[sites];
        for (ReplicaResult r : replicas) {
            for (int s = 0; s < sites; s++) {
                o[s] += r.siteOccupancy()[s] / replicas.size();
            }
        }
        return o;
    }

    /** Mean occupancy of the sites of each type, with the standard error from the scatter between replicas. */
    public Map<String, Measured> occupancyByType() {
        Map<String, Measured> out = new LinkedHashMap<>();
        for (int t = 0; t < siteTypes.size(); t++) {
            double[] perReplica = new double[replicas.size()];
            for (int r = 0; r < perReplica.length; r++) {
                double s = 0;
                int n = 0;
                for (int i = 0; i < sites; i++) {
                    if (siteType[i] == t) {
                        s += replicas.get(r).siteOccupancy()[i];
                        n++;
                    }
                }
                perReplica[r] = s / n;
            }
            out.put(siteTypes.get(t), Measured.mean(perReplica));
        }
        return out;
    }

    /** Whether the staggered order parameter was measured (bipartite hop graph). */
    public boolean hasOrderParameter() {
        return blocks().stream().allMatch(b -> Double.isFinite(b.m2()));
    }

    /**
     * Time average of |m|, m = (1/N_sites) sum_i s_i (2 n_i - 1) with s_i = +-1 the sublattice of a bipartite
     * network: 1 for perfect staggered order at half filling, of order N^(-1/2) when disordered.
     */
    public Measured orderParameter() {
        return Measured.ratio(weighted(Block::mAbs), blocks().stream().mapToDouble(Block::durationPs).toArray());
    }

    /**
     * Binder cumulant U = 1 - &lt;m^4&gt; / (3 &lt;m^2&gt;^2) of the staggered order parameter, time averages pooled over
     * blocks; the error is the jackknife over blocks (leave one block out).
     */
    public Measured binderCumulant() {
        double[] w = blocks().stream().mapToDouble(Block::durationPs).toArray();
        double[] m2 = weighted(Block::m2);
        double[] m4 = weighted(Block::m4);
        int b = w.length;
        double tw = sum(w);
        double t2 = sum(m2);
        double t4 = sum(m4);
        double u = binder(t2 / tw, t4 / tw);
        if (b < 2) {
            return new Measured(u, Double.NaN, b);
        }
        double[] jack = new double[b];
        double mean = 0;
        for (int i = 0; i < b; i++) {
            jack[i] = binder((t2 - m2[i]) / (tw - w[i]), (t4 - m4[i]) / (tw - w[i]));
            mean += jack[i] / b;
        }
        double ss = 0;
        for (double j : jack) {
            ss += (j - mean) * (j - mean);
        }
        return new Measured(u, Math.sqrt((b - 1.0) / b * ss), b);
    }

    private static double binder(double m2, double m4) {
        return 1 - m4 / (3 * m2 * m2);
    }

    private double[] weighted(java.util.function.ToDoubleFunction<Block> f) {
        return blocks().stream().mapToDouble(b -> f.applyAsDouble(b) * b.durationPs()).toArray();
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    /** Tracer diffusivity (Å²/ps) of each isotope species, in the order of the mixture. */
    public List<Measured> tracerDiffusivityBySpecies() {
        int ns = replicas.get(0).speciesCounts().length;
        List<Measured> out = new java.util.ArrayList<>();
        for (int k = 0; k < ns; k++) {
            int kk = k;
            List<Block> bl = blocks();
            double[] x = new double[bl.size()];
            double[] y = new double[bl.size()];
            int i = 0;
            for (ReplicaResult r : replicas) {
                for (Block b : r.blocks()) {
                    x[i] = b.speciesTracerSq()[kk];
                    y[i++] = 2.0 * dimension * r.speciesCounts()[kk] * b.durationPs();
                }
            }
            if (samplesPerReplica()) {
                x = perReplica(x);
                y = perReplica(y);
            }
            out.add(Measured.ratio(x, y));
        }
        return out;
    }

    /**
     * Sums values given per block (all replicas' blocks in order) over each replica's blocks and divides by the
     * replica's measured time ({@link #samples}).
     */
    private double[] perReplica(double[] perBlock) {
        double[] out = new double[replicas.size()];
        int i = 0;
        for (int r = 0; r < out.length; r++) {
            double time = 0;
            for (Block b : replicas.get(r).blocks()) {
                out[r] += perBlock[i++];
                time += b.durationPs();
            }
            out[r] /= time;
        }
        return out;
    }

    /** Measured events over all replicas. */
    public long events() {
        return replicas.stream().mapToLong(ReplicaResult::events).sum();
    }

    /** Events including equilibration over all replicas. */
    public long totalEvents() {
        return replicas.stream().mapToLong(ReplicaResult::totalEvents).sum();
    }

    /** Events per second of one thread: all events over the summed wall time of the replicas. */
    public double eventsPerSecond() {
        return totalEvents() / replicas.stream().mapToDouble(ReplicaResult::wallSeconds).sum();
    }

    /** Simulated time per replica (ps), averaged over replicas. */
    public double simulatedTimePs() {
        return replicas.stream().mapToDouble(r -> r.blocks().stream().mapToDouble(Block::durationPs).sum())
                .average().orElse(Double.NaN);
    }

    /**
     * Mean hops per ion per block: every event is one hop of one ion, so the measured events over blocks times
     * ions.
     */
    public double hopsPerIonPerBlock() {
        List<Block> b = blocks();
        double events = b.stream().mapToLong(Block::events).sum();
        return events / (b.size() * (double) parameters.ions());
    }

    /**
     * The upward bias of the block estimate of f from blocks of n hops per ion (docs/kmc.md, section 3):
     * f_n - f = -(2/n) sum_k min(k, n) c_k, c_k = &lt;cos theta_k&gt; the correlation of hops k apart. For the
     * vacancy mechanism c_k = t^k with t = (f - 1)/(f + 1) (Compaan and Haven's f = (1 + t)/(1 - t)), which gives
     * (1 - f^2) / (2n); in two dimensions (and one) the vacancy keeps returning and the correlations have a long
     * tail whose sum grows as ln n, giving (1 - f^2) ln(n) / (2n). That matches the 2D bias measured by re-blocking
     * (square lattice, c = 0.5: 0.011 +- 0.005 at n = 100, formula 0.011) and the 3D one (simple cubic, one
     * vacancy: about 0.3/n).
     */
    public double blockBiasOfF() {
        double n = hopsPerIonPerBlock();
        double f = Math.min(1, Math.max(0, correlationFactor().value()));
        double g = dimension <= 2 ? Math.max(1, Math.log(n)) : 1;
        return (1 - f * f) * g / (2 * n);
    }

    /**
     * Whether the blocks are too short for the f and D* reported: the expected bias of f ({@link #blockBiasOfF})
     * exceeds f's standard error, or its relative size (D* = f times the hop rate, so D* carries the same relative
     * bias) exceeds D*'s relative standard error. Below that the bias hides in the error bar.
     */
    public boolean shortBlocks() {
        Measured f = correlationFactor();
        Measured d = tracerDiffusivity();
        double bias = blockBiasOfF();
        if (!(f.value() > 0) || !Double.isFinite(bias)) {
            return false;
        }
        return bias > f.err() || bias / f.value() > d.err() / d.value();
    }

    /**
     * The fewest hops per ion per block whose expected bias of f ({@link #blockBiasOfF}) stays below the error
     * bars of f and D* of this run.
     */
    public double hopsPerIonNeeded() {
        Measured f = correlationFactor();
        Measured d = tracerDiffusivity();
        double fv = Math.min(1, Math.max(0, f.value()));
        double tol = Math.min(f.err(), d.err() / d.value() * f.value());
        double b0 = (1 - fv * fv) / 2;
        double n = b0 / tol;
        if (dimension <= 2) {
            // n = b0 ln(n) / tol by fixed-point iteration (converges: the map's slope b0 / (tol n) = 1 / ln n &lt; 1)
            for (int i = 0; i < 50; i++) {
                n = b0 * Math.max(1, Math.log(n)) / tol;
            }
        }
        return n;
    }

    /**
     * Relative standard error of D_sigma above which D_sigma, sigma and H_R count as unresolved (25 %). One
     * collective displacement ΔR per sample, and |ΔR|² scatters like a chi-square of 1 to 3 degrees of freedom
     * (relative spread 0.8-1.4), so 25 % means fewer than about 10-30 independent samples' worth; with a skewed
     * distribution (a few replicas or blocks carrying most of the collective motion, as on LiFePO4's channels) such
     * a standard error is itself unreliable and can be several times too small.
     */
    public static final double MAX_COLLECTIVE_RELATIVE_ERROR = 0.25;

    /**
     * Whether D_sigma (and with it sigma and H_R) is not resolved by the run: its relative standard error exceeds
     * {@link #MAX_COLLECTIVE_RELATIVE_ERROR} or is undetermined.
     */
    public boolean collectiveUnresolved() {
        Measured d = chargeDiffusivity();
        return !(d.err() / Math.abs(d.value()) <= MAX_COLLECTIVE_RELATIVE_ERROR);
    }

    /** Tracer MSD exponents below this flag sub-diffusive motion (normal diffusion gives 1, single file 1/2). */
    public static final double SUBDIFFUSIVE_EXPONENT = 0.8;

    /**
     * Log-log slope d ln MSD / d ln t of the tracer MSD over the last decade of the run (least squares over the
     * samples with t above a tenth of the longest), per replica, as the mean over replicas with its standard
     * error. Normal diffusion gives 1. Ions in channels they cannot pass each other in (single file, as in a
     * network of simple chains) give 1/2: their MSD grows as t^(1/2), D* tends to zero and a finite run's D*, f
     * and H_R depend on its length, while D_sigma does not (the collective displacement still diffuses). Deep
     * traps give a slope below 1 until the ions escape them. Small, short runs give noisy slopes, hence the error.
     */
    public Measured tracerMsdExponent() {
        return Measured.mean(replicas.stream().mapToDouble(r -> MsdExponent.fit(r.msdTimePs(), r.msdTracerA2(), 0.1))
                .filter(Double::isFinite).toArray());
    }

    /**
     * Whether the tracer MSD grows markedly slower than t at the end of the run: the exponent is below
     * {@link #SUBDIFFUSIVE_EXPONENT} by more than two standard errors (never with a single replica).
     */
    public boolean tracerSubdiffusive() {
        Measured x = tracerMsdExponent();
        return x.value() + 2 * x.err() < SUBDIFFUSIVE_EXPONENT;
    }

    /** MSD curve averaged over replicas at equal event counts: rows {t (ps), tracer MSD, collective MSD} (Å²). */
    public double[][] msdCurve() {
        int n = replicas.stream().mapToInt(r -> r.msdTimePs().length).min().orElse(0);
        double[][] out = new double[3][n];
        for (ReplicaResult r : replicas) {
            for (int i = 0; i < n; i++) {
                out[0][i] += r.msdTimePs()[i] / replicas.size();
                out[1][i] += r.msdTracerA2()[i] / replicas.size();
                out[2][i] += r.msdCollectiveA2()[i] / replicas.size();
            }
        }
        return out;
    }
}
