package org.ionhop.cli.kmc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;

import org.ionhop.cli.common.Charts;
import org.ionhop.kmc.KmcResult;
import org.ionhop.kmc.KmcSweep;
import org.ionhop.stats.Measured;
import org.ionhop.transport.ArrheniusFit;

/** The kinetic Monte Carlo plots: MSD against time, Arrhenius plot of the conductivity, occupancy by site type. */
final class KmcCharts {
    private KmcCharts() {
    }

    /**
     * MSD values below this fraction of the largest are round-off, not data: the collective displacement of a
     * cell whose hops cancel (a single vacancy's ions, say) is a sum of Å-sized vectors that is zero to about 1e-16
     * Å per hop, so its square reaches 1e-32 Å² and used to stretch the log axis over 30 decades.
     */
    static final double MSD_FLOOR = 1e-12;

    /**
     * Tracer and collective MSD per ion (Å²) against time (ps), log-log, one pair of curves per temperature. The
     * MSD axis spans the data: points below {@link #MSD_FLOOR} of the largest MSD are left out and the axis runs from
     * half the smallest point shown to twice the largest.
     */
    static JFreeChart msd(KmcSweep sweep) {
        List<Charts.Series> s = new ArrayList<>();
        double max = 0;
        for (KmcResult r : sweep.results()) {
            double[][] c = r.msdCurve();
            for (int k = 1; k < 3; k++) {
                for (double v : c[k]) {
                    max = Double.isFinite(v) ? Math.max(max, v) : max;
                }
            }
        }
        double floor = max * MSD_FLOOR;
        double min = Double.POSITIVE_INFINITY;
        for (KmcResult r : sweep.results()) {
            double[][] c = r.msdCurve();
            String t = String.format(Locale.ROOT, "%.0f K", r.parameters().temperatureK());
            for (int k = 1; k < 3; k++) {
                double[][] kept = above(c[0], c[k], floor);
                for (double v : kept[1]) {
                    min = Math.min(min, v);
                }
                s.add(Charts.Series.line((k == 1 ? "tracer " : "collective ") + t, kept[0], kept[1]));
            }
        }
        JFreeChart chart = Charts.xy("Mean squared displacement", "t (ps)", "MSD per ion (Å²)", true, true, s);
        if (max > 0 && min < Double.POSITIVE_INFINITY) {
            chart.getXYPlot().getRangeAxis().setRange(0.5 * min, 2 * max);
        }
        return chart;
    }

    /** The points (t, y) with t &gt; 0 and y above the floor. */
    private static double[][] above(double[] t, double[] y, double floor) {
        int n = 0;
        double[] xs = new double[t.length];
        double[] ys = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            if (t[i] > 0 && y[i] > floor && Double.isFinite(y[i])) {
                xs[n] = t[i];
                ys[n++] = y[i];
            }
        }
        return new double[][] {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)};
    }

    /** sigma T against 1000/T with error bars and the fitted line. */
    static JFreeChart arrhenius(KmcSweep sweep, ArrheniusFit fit) {
        int n = sweep.results().size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        for (int k = 0; k < n; k++) {
            KmcResult r = sweep.results().get(k);
            double t = r.parameters().temperatureK();
            Measured s = r.conductivity();
            x[k] = 1000 / t;
            y[k] = s.value() * t;
            e[k] = Double.isFinite(s.err()) ? s.err() * t : 0;
        }
        double[] fx = new double[50];
        double[] fy = new double[50];
        double lo = java.util.Arrays.stream(x).min().orElse(1);
        double hi = java.util.Arrays.stream(x).max().orElse(2);
        for (int i = 0; i < 50; i++) {
            fx[i] = lo + (hi - lo) * i / 49.0;
            double t = 1000 / fx[i];
            fy[i] = fit.valueAt(t) * t;
        }
        String label = String.format(Locale.ROOT, "fit: E_a = %.3f ± %.3f eV", fit.activationEnergyEv(),
                fit.activationEnergyErrEv());
        return Charts.arrhenius("Arrhenius plot (Nernst-Einstein from D_sigma)", "σT (S K/cm)",
                List.of(Charts.Series.points("kMC", x, y, e), Charts.Series.line(label, fx, fy)));
    }

    /** Mean occupancy (with replica error bars) against the site-type index, one series per temperature. */
    static JFreeChart occupancy(KmcSweep sweep) {
        List<Charts.Series> s = new ArrayList<>();
        for (KmcResult r : sweep.results()) {
            Map<String, Measured> occ = r.occupancyByType();
            double[] x = new double[occ.size()];
            double[] y = new double[occ.size()];
            double[] e = new double[occ.size()];
            int k = 0;
            for (Measured est : occ.values()) {
                x[k] = k;
                y[k] = est.value();
                e[k] = Double.isFinite(est.err()) ? est.err() : 0;
                k++;
            }
            s.add(Charts.Series.points(String.format(Locale.ROOT, "%.0f K", r.parameters().temperatureK()), x, y, e));
        }
        String types = String.join(", ", sweep.results().get(0).siteTypes());
        JFreeChart chart = Charts.xy("Mean site occupancy by site type", "site type (" + types + ")", "occupancy", false,
                false, s);
        Charts.tickUnit(chart.getXYPlot().getDomainAxis(), 1.0);
        return chart;
    }
}
