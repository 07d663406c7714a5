package org.ionhop.kmc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ionhop.io.ProgressListener;
import org.ionhop.stats.Measured;
import org.ionhop.transport.ArrheniusConvention;
import org.ionhop.transport.ArrheniusFit;

/**
 * A temperature sweep: one {@link KmcResult} per temperature (all run in parallel) and, with two or more
 * temperatures, Arrhenius fits (the shared {@link ArrheniusFit}) of the conductivity (sigma T convention) and of
 * the tracer diffusivity (plain convention), weighted by the runs' standard errors.
 *
 * @param results one result per temperature, in the order given
 */
public record KmcSweep(List<KmcResult> results) {
    /** Copies. */
    public KmcSweep {
        results = List.copyOf(results);
    }

    /** Runs the parameters at each temperature with {@code replicas} replicas each, on {@code threads} threads. */
    public static KmcSweep run(KmcSystem sys, KmcParameters p, double[] temperaturesK, int replicas, long seed,
                               int threads, ProgressListener progress) {
        List<KmcParameters> ps = new ArrayList<>();
        for (double t : temperaturesK) {
            ps.add(p.withTemperature(t));
        }
        return new KmcSweep(KmcRunner.runAll(sys, ps, replicas, seed, threads, progress));
    }

    /** Arrhenius fit of sigma T (from D_sigma), if there are at least two temperatures with finite values. */
    public Optional<ArrheniusFit> conductivityFit() {
        return fit(true);
    }

    /** Arrhenius fit of D*, if there are at least two temperatures with finite values. */
    public Optional<ArrheniusFit> tracerFit() {
        return fit(false);
    }

    private Optional<ArrheniusFit> fit(boolean conductivity) {
        if (results.size() < 2) {
            return Optional.empty();
        }
        int n = results.size();
        double[] t = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        boolean errors = true;
        for (int k = 0; k < n; k++) {
            KmcResult r = results.get(k);
            Measured est = conductivity ? r.conductivity() : r.tracerDiffusivity();
            t[k] = r.parameters().temperatureK();
            y[k] = est.value();
            e[k] = est.err();
            errors &= Double.isFinite(est.err()) && est.err() > 0;
            if (!(y[k] > 0)) {
                return Optional.empty();
            }
        }
        return Optional.of(ArrheniusFit.fit(t, y, errors ? e : null,
                conductivity ? ArrheniusConvention.TIMES_T : ArrheniusConvention.PLAIN));
    }
}
