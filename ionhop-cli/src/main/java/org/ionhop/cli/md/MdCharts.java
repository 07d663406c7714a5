package org.ionhop.cli.md;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;

import org.ionhop.cli.common.Charts;
import org.ionhop.trajectory.ArrheniusAnalysis;
import org.ionhop.trajectory.DiffusionFit;
import org.ionhop.trajectory.Msd;
import org.ionhop.trajectory.TransportResult;
import org.ionhop.units.Units;

/** Figures and tables of {@code ionhop md}: MSD on log-log axes with the fitted window, and the Arrhenius plot. */
final class MdCharts {
    private MdCharts() {
    }

    /** Tracer and charge MSD (Å²) against lag time (ps), log-log, with the fitted lines and the window shaded. */
    static JFreeChart msd(TransportResult r) {
        Msd m = r.msd();
        int si = m.indexOf(r.ion());
        double[] tracer = m.tracerTotal(si);
        double[] charge = m.chargeTotal();
        int n = tracer.length;
        double[] t = new double[n - 1];
        double[] yt = new double[n - 1];
        double[] yc = new double[n - 1];
        for (int k = 1; k < n; k++) {
            t[k - 1] = m.timePs(k);
            yt[k - 1] = tracer[k];
            yc[k - 1] = charge[k];
        }
        List<Charts.Series> s = new ArrayList<>();
        s.add(Charts.Series.line("tracer MSD (" + r.ion() + ")", t, yt));
        s.add(Charts.Series.line("charge MSD per ion", t, yc));
        s.add(fitLine("fit D* = " + fmt(r.tracerCm2PerS().value()) + " cm²/s", r.tracer()));
        s.add(fitLine("fit D_sigma = " + fmt(r.chargeCm2PerS().value()) + " cm²/s", r.charge()));
        JFreeChart c = Charts.xy("Mean squared displacement, " + String.format(Locale.ROOT, "%.0f K", r.temperatureK()),
                "lag time (ps)", "MSD (Å²)", true, true, s);
        Charts.markRange(c, r.regime().startLag() * r.frameIntervalPs(), r.regime().endLag() * r.frameIntervalPs(),
                "fitted");
        return c;
    }

    private static Charts.Series fitLine(String name, DiffusionFit f) {
        int k = 24;
        double[] x = new double[k];
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            x[i] = f.startPs() * Math.pow(f.endPs() / f.startPs(), i / (double) (k - 1));
            y[i] = 2 * f.dims() * f.diffusivityA2PerPs() * x[i] + f.interceptA2();
        }
        return Charts.Series.line(name, x, y);
    }

    /** Arrhenius plot of D* (cm²/s) with error bars and the fitted line. */
    static JFreeChart arrhenius(List<TransportResult> runs, ArrheniusAnalysis a) {
        int n = runs.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        double tMin = Double.MAX_VALUE;
        double tMax = 0;
        for (int i = 0; i < n; i++) {
            TransportResult r = runs.get(i);
            x[i] = 1000 / r.temperatureK();
            y[i] = r.tracerCm2PerS().value();
            e[i] = r.tracerCm2PerS().err();
            tMin = Math.min(tMin, r.temperatureK());
            tMax = Math.max(tMax, r.temperatureK());
        }
        tMin = Math.min(tMin, a.targetK());
        int k = 20;
        double[] fx = new double[k];
        double[] fy = new double[k];
        for (int i = 0; i < k; i++) {
            double inv = 1000 / tMax + (1000 / tMin - 1000 / tMax) * i / (k - 1);
            fx[i] = inv;
            fy[i] = Units.a2PerPsToCm2PerS(a.fit().valueAt(1000 / inv));
        }
        List<Charts.Series> s = List.of(Charts.Series.points("D* (MD)", x, y, e),
                Charts.Series.line(String.format(Locale.ROOT, "E_a = %.3f ± %.3f eV", a.fit().activationEnergyEv(),
                        a.fit().activationEnergyErrEv()), fx, fy));
        return Charts.arrhenius("Tracer diffusivity", "D* (cm²/s)", s);
    }

    /** The MSDs as CSV: lag time and tracer/charge MSD per axis. */
    static String msdTable(TransportResult r) {
        Msd m = r.msd();
        int si = m.indexOf(r.ion());
        StringBuilder b = new StringBuilder("# ionhop md: MSD of ").append(r.ion()).append(" from ").append(r.source())
                .append("; lag in ps, MSD in Å^2; charge MSD = MSD(sum z_i r_i) / sum z_i^2\n")
                .append("lag_ps,tracer_x,tracer_y,tracer_z,tracer,charge_x,charge_y,charge_z,charge\n");
        double[][] tr = m.tracer()[si];
        double[][] ch = m.charge();
        for (int k = 0; k < m.lags(); k++) {
            b.append(String.format(Locale.ROOT, "%.6g,%.8g,%.8g,%.8g,%.8g,%.8g,%.8g,%.8g,%.8g%n", m.timePs(k), tr[0][k],
                    tr[1][k], tr[2][k], tr[0][k] + tr[1][k] + tr[2][k], ch[0][k], ch[1][k], ch[2][k],
                    ch[0][k] + ch[1][k] + ch[2][k]));
        }
        return b.toString();
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
