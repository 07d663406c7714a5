package org.ionhop.cli.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;

import org.ionhop.cli.common.Charts;
import org.ionhop.nmr.BppFit;
import org.ionhop.nmr.LineshapeFit;
import org.ionhop.nmr.LineshapeResult;
import org.ionhop.nmr.RelaxationKind;
import org.ionhop.nmr.StejskalTanner;

/** The NMR figures, shared by {@code ionhop nmr} and the report: rates against 1000/T, echo decay, lineshape. */
final class NmrCharts {
    private NmrCharts() {
    }

    /** Rate against 1000/T with the model curve. */
    static JFreeChart bppChart(BppFit f) {
        double[] t = f.data().temperatureK();
        double[] r = f.data().ratePerS();
        double[] x = new double[t.length];
        double tmin = Double.POSITIVE_INFINITY;
        double tmax = 0;
        for (int i = 0; i < t.length; i++) {
            x[i] = 1000 / t[i];
            tmin = Math.min(tmin, t[i]);
            tmax = Math.max(tmax, t[i]);
        }
        int n = 200;
        double[] mx = new double[n];
        double[] my = new double[n];
        for (int i = 0; i < n; i++) {
            double tt = tmin + (tmax - tmin) * i / (n - 1);
            mx[i] = 1000 / tt;
            my[i] = f.rateAt(tt);
        }
        String label = f.data().kind() == RelaxationKind.T1 ? "1/T1 (1/s)" : "1/T1rho (1/s)";
        return Charts.arrhenius(f.data().kind() == RelaxationKind.T1 ? "T1 relaxation rate" : "T1rho relaxation rate",
                label, List.of(Charts.Series.points("data", x, r, f.data().rateErrPerS()),
                        Charts.Series.line(String.format(Locale.ROOT, "%s: Ea = %.3f eV, tau0 = %.2g s",
                                f.asymmetric() ? "asymmetric" : "BPP", f.eaEv(), f.tau0S()), mx, my)));
    }

    static JFreeChart pfgChart(StejskalTanner st) {
        double[] b = st.bValues();
        double[] s = st.signal();
        double[] y = new double[b.length];
        double[] m = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            y[i] = s[i] / st.s0();
            m[i] = st.signalAt(b[i]) / st.s0();
        }
        return Charts.xy("PFG-NMR echo attenuation", "b = gamma^2 g^2 delta^2 (Delta - delta/3) (s/m^2)", "S / S0",
                false, true, List.of(Charts.Series.points("data", b, y, null), Charts.Series.line(
                        String.format(Locale.ROOT, "D* = %.3g +/- %.1g cm^2/s", st.diffusivityCm2PerS(),
                                st.diffusivityErrCm2PerS()), b, m)));
    }

    static JFreeChart lineshapeChart(LineshapeResult r) {
        double[] x = r.shift();
        double[] y = r.intensity();
        LineshapeFit f = r.fit();
        List<Charts.Series> s = new ArrayList<>();
        s.add(Charts.Series.points("data", x, y, null));
        double[] sum = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            sum[i] = f.valueAt(x[i]);
        }
        s.add(Charts.Series.line("fit", x, sum));
        for (int k = 0; k < f.shapes().size(); k++) {
            double[] c = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                c[i] = f.componentAt(k, x[i]);
            }
            s.add(Charts.Series.line(String.format(Locale.ROOT, "%s %.1f %%", f.shapes().get(k).name().toLowerCase(
                    Locale.ROOT), 100 * f.fractions()[k]), x, c));
        }
        return Charts.xy("Lineshape deconvolution", "shift", "intensity", false, false, s);
    }

    /** A file-name-safe stem of an input file. */
    static String stem(java.nio.file.Path file) {
        return String.valueOf(file.getFileName()).replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
