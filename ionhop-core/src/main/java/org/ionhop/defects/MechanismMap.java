package org.ionhop.defects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;

import org.ionhop.io.ProgressListener;
import org.ionhop.transport.HoppingConductivity;
import org.ionhop.units.Units;

/**
 * Which carrier dominates the ionic conductivity as a function of a {@link Scan} variable (chemical potential,
 * partial pressure or dopant level) and temperature, and the resulting activation energy.
 *
 * <p>Each carrier j (a species with a migration barrier) contributes the seeds' Eq. 1 with its own concentration,
 * charge, jump distance, attempt frequency, f/H_R and barrier E_m:
 * sigma_j = (f/H_R)_j c_j q_j^2 a_j^2 nu_j exp(-E_m,j / k_B T) / (6 k_B T). The dominant carrier has the largest
 * sigma_j. The activation energy is that of sigma T (the convention in which Eq. 1 is exactly Arrhenius) at a fixed
 * scan value: E_a = -d ln(sigma T) / d(1/k_B T), by central differences on full solutions. It reduces to
 * E_f + E_m against a reservoir (fixed mu_i and mu_e), H_F/2 + E_m for intrinsic Frenkel disorder, H_S/2 + E_m for
 * Schottky disorder in a 1:1 compound, H_S/3 + E_m in Li2S, and E_m in the extrinsic regime (docs/physics.md, "Defects
 * and activation energy"); the tests check each limit. Electrons and holes enter neutrality only; their
 * conductivity is not modelled.
 *
 * @param scan          the scan along x
 * @param x             scan values
 * @param temperaturesK temperatures (rows)
 * @param carriers      carrier names in the order of the arrays
 * @param log10Sigma    [T][carrier][x] log10 of sigma_j in S/cm
 * @param dominant      [T][x] index of the dominant carrier
 * @param activationEv  [T][x] E_a of the total ionic conductivity (sigma T convention) in eV
 * @param switches      where the dominant carrier changes along x, per temperature
 */
public record MechanismMap(Scan scan, double[] x, double[] temperaturesK, List<KrogerVink> carriers,
                           double[][][] log10Sigma, int[][] dominant, double[][] activationEv, List<Switch> switches) {

    /** Relative step in T for the activation-energy derivative. */
    private static final double DT_REL = 1e-4;

    /**
     * A change of the dominant carrier along the scan at one temperature.
     *
     * @param temperatureK T
     * @param x            the scan value where sigma_from = sigma_to (refined by root finding)
     * @param from         dominant below x (in scan order)
     * @param to           dominant above x
     */
    public record Switch(double temperatureK, double x, KrogerVink from, KrogerVink to) {
    }

    /** The dominant carrier per temperature (rows) and scan value, by name. */
    public List<List<KrogerVink>> dominantCarriers() {
        List<List<KrogerVink>> out = new ArrayList<>();
        for (int[] row : dominant) {
            List<KrogerVink> names = new ArrayList<>(row.length);
            for (int d : row) {
                names.add(carriers.get(d));
            }
            out.add(names);
        }
        return out;
    }

    /** log10 sigma_j (S/cm) per carrier, each as [T][x]. */
    public Map<KrogerVink, double[][]> log10SigmaByCarrier() {
        Map<KrogerVink, double[][]> out = new LinkedHashMap<>();
        for (int c = 0; c < carriers.size(); c++) {
            double[][] rows = new double[temperaturesK.length][];
            for (int it = 0; it < temperaturesK.length; it++) {
                rows[it] = log10Sigma[it][c].clone();
            }
            out.put(carriers.get(c), rows);
        }
        return out;
    }

    /** Computes the map on the scan grid and the given temperatures. */
    public static MechanismMap compute(DefectModel model, Scan scan, double[] temperaturesK) {
        return compute(model, scan, temperaturesK, ProgressListener.NONE);
    }

    /** Computes the map, reporting progress in temperature rows (from worker threads, serialised here). */
    public static MechanismMap compute(DefectModel model, Scan scan, double[] temperaturesK,
                                       ProgressListener progress) {
        List<DefectSpecies> carriers = model.carriers();
        if (carriers.isEmpty()) {
            throw new IllegalArgumentException("model " + model.name() + " has no carrier: give migration_barrier_eV "
                    + "(with jump distance and attempt frequency) for at least one species");
        }
        double[] xs = scan.grid();
        int nt = temperaturesK.length;
        double[][][] logSigma = new double[nt][carriers.size()][xs.length];
        int[][] dom = new int[nt][xs.length];
        double[][] ea = new double[nt][xs.length];
        AtomicLong rowsDone = new AtomicLong();
        // Temperatures are independent: rows in parallel, switches gathered per row so their order is fixed.
        List<List<Switch>> perRow = java.util.stream.IntStream.range(0, nt).parallel().mapToObj(it -> {
            double t = temperaturesK[it];
            for (int ix = 0; ix < xs.length; ix++) {
                double[] s = partialSigma(model, scan, xs[ix], t);
                for (int c = 0; c < s.length; c++) {
                    logSigma[it][c][ix] = Math.log10(s[c]);
                }
                dom[it][ix] = argmax(s);
                ea[it][ix] = activationEnergy(model, scan, xs[ix], t);
            }
            List<Switch> row = new ArrayList<>();
            for (int ix = 1; ix < xs.length; ix++) {
                if (dom[it][ix] != dom[it][ix - 1]) {
                    row.add(refine(model, scan, t, xs[ix - 1], xs[ix], dom[it][ix - 1], dom[it][ix], carriers));
                }
            }
            long done = rowsDone.incrementAndGet();
            synchronized (progress) {
                progress.progress(done, nt);
            }
            return row;
        }).toList();
        List<Switch> switches = perRow.stream().flatMap(List::stream).toList();
        List<KrogerVink> names = carriers.stream().map(DefectSpecies::name).toList();
        return new MechanismMap(scan, xs, temperaturesK.clone(), names, logSigma, dom, ea, List.copyOf(switches));
    }

    /** sigma_j in S/cm of every carrier at scan value x and temperature T. */
    public static double[] partialSigma(DefectModel model, Scan scan, double x, double temperatureK) {
        return partialSigma(DefectEquilibrium.solve(scan.apply(model, x, temperatureK), temperatureK), temperatureK);
    }

    /** sigma_j in S/cm of every carrier in a solved state (Eq. 1 per carrier). */
    public static double[] partialSigma(DefectState state, double temperatureK) {
        List<DefectSpecies> all = state.species();
        double[] perA3 = state.perA3();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            DefectSpecies s = all.get(i);
            if (s.isCarrier()) {
                HoppingConductivity eq1 = new HoppingConductivity(s.correlationFactor(), 1, perA3[i],
                        s.name().charge(), s.jumpDistanceA(), s.attemptFrequencyThz(), 0, s.migrationBarrierEv(), 3);
                out.add(eq1.conductivitySPerCm(temperatureK));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** E_a = -d ln(sigma_total T) / d(1/k_B T) at fixed scan value, in eV. */
    public static double activationEnergy(DefectModel model, Scan scan, double x, double temperatureK) {
        double tLo = temperatureK * (1 - DT_REL);
        double tHi = temperatureK * (1 + DT_REL);
        double lnLo = Math.log(sum(partialSigma(model, scan, x, tLo)) * tLo);
        double lnHi = Math.log(sum(partialSigma(model, scan, x, tHi)) * tHi);
        return -(lnHi - lnLo) / (1 / Units.kT(tHi) - 1 / Units.kT(tLo));
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static Switch refine(DefectModel model, Scan scan, double t, double x0, double x1, int a, int b,
                                 List<DefectSpecies> carriers) {
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-12, 1e-10, 5);
        double x = solver.solve(200, xx -> {
            double[] s = partialSigma(model, scan, xx, t);
            return Math.log(s[a]) - Math.log(s[b]);
        }, x0, x1, AllowedSolution.ANY_SIDE);
        return new Switch(t, x, carriers.get(a).name(), carriers.get(b).name());
    }
}
