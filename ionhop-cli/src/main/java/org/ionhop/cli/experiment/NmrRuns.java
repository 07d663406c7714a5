package org.ionhop.cli.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.nmr.BppFit;
import org.ionhop.nmr.LineShape;
import org.ionhop.nmr.LineshapeFit;
import org.ionhop.nmr.NumericTable;
import org.ionhop.nmr.RelaxationData;
import org.ionhop.nmr.RelaxationKind;
import org.ionhop.nmr.StejskalTanner;
import org.ionhop.units.Units;
import org.jfree.chart.JFreeChart;

/** The NMR analyses on tables, their JSON and figures, shared by {@code ionhop nmr} and the report. */
final class NmrRuns {
    private NmrRuns() {
    }

    /**
     * Relaxation data from a table: T (K, or °C), rate in 1/s (or T1 in s), optional error.
     *
     * @param times     the second column holds T1 (T1rho) in s, not the rate
     * @param celsius   the first column is in °C
     */
    static RelaxationData relaxation(NumericTable t, RelaxationKind kind, double larmorHz, double lockHz, boolean times,
                                     boolean celsius) {
        double[] temp = t.column(0);
        double[] v = t.column(1);
        double[] err = t.columns().length > 2 ? t.column(2) : null;
        for (int i = 0; i < temp.length; i++) {
            if (celsius) {
                temp[i] = Units.celsiusToKelvin(temp[i]);
            }
            if (times) {
                // rate = 1/T1, s_rate = s_T1 / T1^2
                if (err != null) {
                    err[i] = err[i] / (v[i] * v[i]);
                }
                v[i] = 1 / v[i];
            }
        }
        return new RelaxationData(kind, temp, v, err, larmorHz, lockHz);
    }

    static Map<String, String> units() {
        Map<String, String> u = new LinkedHashMap<>();
        u.put("temperature", "K");
        u.put("rate", "1/s");
        u.put("tau", "s");
        u.put("activation_energy", "eV");
        u.put("diffusivity", "cm^2/s");
        u.put("b_value", "s/m^2");
        u.put("carrier_density", "1/A^3");
        u.put("conductivity", "S/cm");
        return u;
    }

    static ObjectNode bppJson(BppFit f) {
        ObjectNode o = Json.object();
        o.put("kind", f.data().kind().name());
        o.put("model", f.asymmetric() ? "asymmetric (beta free)" : "BPP");
        Json.putFinite(o, "larmor_Hz", f.data().larmorHz());
        Json.putFinite(o, "lock_Hz", f.data().lockingHz());
        Json.putFinite(o, "Ea_eV", f.eaEv());
        Json.putFinite(o, "Ea_err_eV", f.eaErrEv());
        Json.putFinite(o, "Ea_low_eV", f.eaLowEv());
        Json.putFinite(o, "Ea_low_err_eV", f.eaLowErrEv());
        Json.putFinite(o, "beta", f.beta());
        Json.putFinite(o, "beta_err", f.betaErr());
        Json.putFinite(o, "tau0_s", f.tau0S());
        Json.putFinite(o, "tau0_err_s", f.tau0ErrS());
        Json.putFinite(o, "prefactor_C_per_s2", f.prefactor());
        Json.putFinite(o, "prefactor_err_per_s2", f.prefactorErr());
        Json.putFinite(o, "peak_temperature_K", f.peakTemperatureK());
        Json.putFinite(o, "peak_omega_tau", f.peakOmegaTau());
        Json.putFinite(o, "jump_rate_at_peak_per_s", f.jumpRateAtPeakPerS());
        Json.putFinite(o, "chi2", f.chiSquare());
        o.put("dof", f.dof());
        o.put("points", f.data().size());
        return o;
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

    static ObjectNode pfgJson(StejskalTanner st) {
        ObjectNode o = Json.object();
        Json.putFinite(o, "D_star_cm2_s", st.diffusivityCm2PerS());
        Json.putFinite(o, "D_star_err_cm2_s", st.diffusivityErrCm2PerS());
        Json.putFinite(o, "S0", st.s0());
        Json.putFinite(o, "S0_err", st.s0Err());
        o.put("points", st.bValues().length);
        o.put("dof", st.dof());
        return o;
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

    static ObjectNode lineshapeJson(LineshapeFit f) {
        ObjectNode o = Json.object();
        ArrayNode arr = o.putArray("components");
        for (int k = 0; k < f.shapes().size(); k++) {
            ObjectNode c = arr.addObject();
            c.put("shape", f.shapes().get(k).name().toLowerCase(Locale.ROOT));
            Json.putFinite(c, "centre", f.centres()[k]);
            Json.putFinite(c, "centre_err", f.centreErrs()[k]);
            Json.putFinite(c, "fwhm", f.widths()[k]);
            Json.putFinite(c, "fwhm_err", f.widthErrs()[k]);
            Json.putFinite(c, "eta", f.etas()[k]);
            Json.putFinite(c, "area", f.areas()[k]);
            Json.putFinite(c, "area_err", f.areaErrs()[k]);
            Json.putFinite(c, "fraction", f.fractions()[k]);
            Json.putFinite(c, "fraction_err", f.fractionErrs()[k]);
        }
        Json.putFinite(o, "chi2", f.chiSquare());
        o.put("dof", f.dof());
        return o;
    }

    static JFreeChart lineshapeChart(double[] x, double[] y, LineshapeFit f) {
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
        return file.getFileName().toString().replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static List<LineShape> shapes(List<String> names) {
        List<LineShape> out = new ArrayList<>();
        for (String n : names) {
            out.add(LineShape.parse(n));
        }
        return out;
    }
}
