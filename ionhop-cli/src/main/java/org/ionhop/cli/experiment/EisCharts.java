package org.ionhop.cli.experiment;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;

import org.ionhop.cli.common.Charts;
import org.ionhop.impedance.Circuit;
import org.ionhop.impedance.CircuitFitResult;
import org.ionhop.impedance.Drt;
import org.ionhop.impedance.FittedSpectrum;
import org.ionhop.impedance.LinKK;
import org.ionhop.impedance.Spectrum;
import org.ionhop.impedance.TemperatureSeries;
import org.ionhop.transport.ArrheniusFit;

/** The EIS figures: Nyquist (equal axes, -Z'' up) with the fit, Bode, residuals, DRT and Arrhenius. */
final class EisCharts {
    private EisCharts() {
    }

    /** A smooth model curve: 20 points per decade over the data's range. */
    private static Spectrum dense(CircuitFitResult r) {
        Spectrum s = r.spectrum();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < s.size(); i++) {
            lo = Math.min(lo, s.frequency(i));
            hi = Math.max(hi, s.frequency(i));
        }
        int n = Math.max(2, (int) Math.ceil(20 * Math.log10(hi / lo)) + 1);
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = hi * Math.pow(lo / hi, i / (n - 1.0));
        }
        Circuit c = r.circuit();
        return c.simulate(f, r.parameters());
    }

    private static double[] neg(double[] v) {
        double[] o = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            o[i] = -v[i];
        }
        return o;
    }

    static JFreeChart nyquist(FittedSpectrum f) {
        Spectrum s = f.fit().spectrum();
        Spectrum m = dense(f.fit());
        JFreeChart c = Charts.xy("Nyquist: " + name(s), "Z' (Ohm)", "-Z'' (Ohm)", false, false, List.of(
                Charts.Series.points("data", s.realOhm(), neg(s.imagOhm()), null),
                Charts.Series.line("fit " + f.fit().circuit().text(), m.realOhm(), neg(m.imagOhm()))));
        Charts.equalAspect(c, Charts.WIDTH, Charts.HEIGHT);
        return c;
    }

    static JFreeChart bodeModulus(FittedSpectrum f) {
        Spectrum s = f.fit().spectrum();
        Spectrum m = dense(f.fit());
        return Charts.xy("Bode |Z|: " + name(s), "f (Hz)", "|Z| (Ohm)", true, true, List.of(
                Charts.Series.points("data", s.frequencyHz(), modulus(s), null),
                Charts.Series.line("fit", m.frequencyHz(), modulus(m))));
    }

    static JFreeChart bodePhase(FittedSpectrum f) {
        Spectrum s = f.fit().spectrum();
        Spectrum m = dense(f.fit());
        return Charts.xy("Bode phase: " + name(s), "f (Hz)", "-phase (degrees)", true, false, List.of(
                Charts.Series.points("data", s.frequencyHz(), phase(s), null),
                Charts.Series.line("fit", m.frequencyHz(), phase(m))));
    }

    static JFreeChart residuals(FittedSpectrum f, LinKK kk) {
        Spectrum s = f.fit().spectrum();
        Spectrum m = f.fit().model();
        double[] rr = new double[s.size()];
        double[] ri = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            rr[i] = 100 * (s.re(i) - m.re(i)) / s.modulus(i);
            ri[i] = 100 * (s.im(i) - m.im(i)) / s.modulus(i);
        }
        return Charts.xy("Residuals: " + name(s), "f (Hz)", "(Z - Z_model) / |Z| (%)", true, false, List.of(
                Charts.Series.points("fit, real", s.frequencyHz(), rr, null),
                Charts.Series.points("fit, imaginary", s.frequencyHz(), ri, null),
                Charts.Series.line("Lin-KK, real", s.frequencyHz(), scale(kk.residualsReal(), 100)),
                Charts.Series.line("Lin-KK, imaginary", s.frequencyHz(), scale(kk.residualsImag(), 100))));
    }

    static JFreeChart drt(Spectrum s, Drt d) {
        return Charts.xy("DRT: " + name(s), "tau (s)", "gamma (Ohm)", true, false, List.of(
                Charts.Series.line("gamma (lambda = " + String.format(java.util.Locale.ROOT, "%.2g", d.lambda()) + ")",
                        d.tauS(), d.gammaOhm())));
    }

    /** sigma (or conductance) against 1000/T with the three fitted laws. */
    static JFreeChart arrhenius(TemperatureSeries ts, boolean conductance) {
        List<Charts.Series> series = new ArrayList<>();
        addLaw(series, ts, "bulk", ts.bulk());
        addLaw(series, ts, "grain_boundary", ts.grainBoundary());
        addLaw(series, ts, "total", ts.total());
        // plot the quantity whose slope is E_a: sigma T when the fits are of sigma T (the default), else sigma
        boolean timesT = timesT(ts);
        String y = conductance ? (timesT ? "conductance x T, T/R (S K)" : "conductance 1/R (S)")
                : (timesT ? "sigma T (S K/cm)" : "sigma (S/cm)");
        return Charts.arrhenius("Arrhenius (" + (timesT ? "E_a from sigma T" : "E_a from sigma") + ")", y, series);
    }

    private static boolean timesT(TemperatureSeries ts) {
        for (ArrheniusFit f : new ArrheniusFit[] {ts.bulk(), ts.grainBoundary(), ts.total()}) {
            if (f != null) {
                return f.convention() == org.ionhop.transport.ArrheniusConvention.TIMES_T;
            }
        }
        return false;
    }

    private static void addLaw(List<Charts.Series> out, TemperatureSeries ts, String which, ArrheniusFit fit) {
        if (fit == null) {
            return;
        }
        int n = ts.points().size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] e = new double[n];
        double[] line = new double[n];
        for (int i = 0; i < n; i++) {
            FittedSpectrum f = ts.points().get(i);
            double r = which.equals("total") ? f.totalResistanceOhm() : f.arc(which).resistanceOhm();
            double re = which.equals("total") ? f.totalResistanceErrOhm() : f.arc(which).resistanceErrOhm();
            x[i] = 1000 / f.temperatureK();
            double scale = fit.convention() == org.ionhop.transport.ArrheniusConvention.TIMES_T ? f.temperatureK() : 1;
            y[i] = scale * (f.geometry() == null ? 1 / r : f.conductivitySPerCm(r));
            e[i] = y[i] * re / r;
            line[i] = scale * fit.valueAt(f.temperatureK());
        }
        out.add(Charts.Series.points(which + String.format(java.util.Locale.ROOT, " (Ea = %.3f +/- %.3f eV)",
                fit.activationEnergyEv(), fit.activationEnergyErrEv()), x, y, e));
        out.add(Charts.Series.line(which + " fit", x, line));
    }

    private static double[] modulus(Spectrum s) {
        double[] m = new double[s.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = s.modulus(i);
        }
        return m;
    }

    private static double[] phase(Spectrum s) {
        double[] m = new double[s.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = -Math.toDegrees(Math.atan2(s.im(i), s.re(i)));
        }
        return m;
    }

    private static double[] scale(double[] v, double k) {
        double[] o = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            o[i] = v[i] * k;
        }
        return o;
    }

    /** The file name of a spectrum's source, for titles and figure names. */
    static String name(Spectrum s) {
        String src = s.source();
        int slash = Math.max(src.lastIndexOf('/'), src.lastIndexOf('\\'));
        return src.substring(slash + 1);
    }

    /** A file-name-safe stem. */
    static String stem(Spectrum s) {
        return name(s).replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
