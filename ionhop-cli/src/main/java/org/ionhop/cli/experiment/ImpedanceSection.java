package org.ionhop.cli.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionhop.cli.report.InputKind;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.impedance.ImpedanceAnalysis;
import org.ionhop.impedance.ImpedanceResult;
import org.ionhop.impedance.ImpedanceSettings;
import org.ionhop.impedance.Spectrum;
import org.ionhop.impedance.SpectrumReader;
import org.ionhop.impedance.SpectrumResult;
import org.ionhop.io.InputFormatException;
import org.ionhop.io.ProgressListener;
import org.ionhop.stats.Measured;
import org.ionhop.transport.ArrheniusFit;

/**
 * Report section: impedance spectroscopy. Applies to impedance inputs (.mpt, .DTA, .z, names with "eis") and to
 * other text tables that read as spectra. The circuit is chosen among common solid-electrolyte models by the
 * Bayesian information criterion on the first spectrum; no geometry is known here, so resistances and the
 * conductance Arrhenius law (same E_a as sigma) are reported.
 */
public final class ImpedanceSection implements ReportSection {
    @Override
    public int order() {
        return 70;
    }

    @Override
    public String id() {
        return "impedance";
    }

    @Override
    public String title() {
        return "Impedance spectroscopy";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return !spectra(ctx).isEmpty();
    }

    /** Impedance inputs, and unknown text tables that parse as spectra. */
    static List<Path> spectra(ReportContext ctx) {
        List<Path> out = new ArrayList<>();
        for (Path p : ctx.inputsOf(InputKind.IMPEDANCE)) {
            // named as impedance data: what is not a spectrum is bad input, said in one line
            String why = notASpectrum(SpectrumReader.read(p));
            if (why != null) {
                throw new InputFormatException(p.toString(), 0, "expected an impedance spectrum: " + why);
            }
            out.add(p);
        }
        for (Path p : ctx.inputsOf(InputKind.UNKNOWN)) {
            String n = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
            if (n.endsWith(".txt") || n.endsWith(".csv") || n.endsWith(".dat")) {
                try {
                    if (notASpectrum(SpectrumReader.read(p)) == null) {
                        out.add(p);
                    }
                } catch (InputFormatException | IllegalArgumentException e) {
                    // not a spectrum: another section may want it
                }
            }
        }
        return out;
    }

    /** Fewest decades of frequency a spectrum spans (a frequency sweep covers several; 2 is generous). */
    static final double MIN_DECADES = 2;
    /** Fewest points of a spectrum. */
    static final int MIN_POINTS = 5;

    /**
     * Why a table that parsed as (f, Z', Z'') is not an impedance spectrum, or null when it is one: a spectrum is a
     * frequency sweep, so its first column is positive, runs monotonically (up or down) and spans at least
     * {@value #MIN_DECADES} decades; a temperature/diffusivity table (300-1000 K, half a decade) or any other
     * three-column table fails.
     */
    static String notASpectrum(Spectrum s) {
        double[] f = s.frequencyHz();
        if (f.length < MIN_POINTS) {
            return "at least " + MIN_POINTS + " frequencies, found " + f.length;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        int up = 0;
        int down = 0;
        for (int i = 0; i < f.length; i++) {
            if (!(f[i] > 0) || !Double.isFinite(f[i])) {
                return "positive frequencies in the first column, found " + f[i];
            }
            lo = Math.min(lo, f[i]);
            hi = Math.max(hi, f[i]);
            if (i > 0) {
                up += f[i] > f[i - 1] ? 1 : 0;
                down += f[i] < f[i - 1] ? 1 : 0;
            }
        }
        if (up > 0 && down > 0) {
            return "a frequency sweep (first column rising or falling throughout), found it going both ways";
        }
        double decades = Math.log10(hi / lo);
        if (decades < MIN_DECADES) {
            return String.format(Locale.ROOT, "frequencies over at least %.0f decades, found %.4g to %.4g (%.2f "
                    + "decades): not a frequency sweep", MIN_DECADES, lo, hi, decades);
        }
        return null;
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        List<Path> files = spectra(ctx);
        ImpedanceSettings settings = ImpedanceSettings.of(files);
        if (ctx.temperatures().size() == files.size()) {
            settings = settings.withTemperatureK(ctx.temperatures());
        }
        ImpedanceResult a = ImpedanceAnalysis.run(settings, ProgressListener.NONE);
        out.paragraph("Circuit " + a.circuit().text() + (a.circuitChosen() ? " (chosen by BIC among "
                + String.join(", ", settings.candidates()) + " on " + EisCharts.name(a.fits().get(0).spectrum())
                + " as read)" : "") + ", modulus weighting, automatic starting values."
                + " Arcs are labelled by effective capacitance C = (R^(1-n) Q)^(1/n): bulk smallest, 0.1 uF and above"
                + " electrode.");
        out.json().setAll(ExperimentJson.withMeta(a, "report", files, ExperimentJson.eisUnits(), settings));
        table(a, out);
        for (int i = 0; i < a.fits().size(); i++) {
            SpectrumResult f = a.fits().get(i);
            String stem = EisCharts.stem(f.spectrum());
            out.figure(EisCharts.nyquist(f.fitted()), "eis_nyquist_" + stem + ".svg",
                    "Nyquist plot (equal axes) with the fit: " + EisCharts.name(f.spectrum()));
            if (!ctx.quick() || i == 0) {
                out.figure(EisCharts.bodeModulus(f.fitted()), "eis_bode_" + stem + ".svg", "Bode |Z|");
                out.figure(EisCharts.residuals(f.fitted(), f.linKK().test()), "eis_residuals_" + stem + ".svg",
                        "Relative residuals of the fit and of the Lin-KK test");
                out.figure(EisCharts.drt(f.spectrum(), f.drt()), "eis_drt_" + stem + ".svg",
                        "Distribution of relaxation times (Tikhonov NNLS, lambda by GCV)");
            }
        }
        if (a.series() != null) {
            out.figure(EisCharts.arrhenius(a.series(), true), "eis_arrhenius.svg",
                    "Arrhenius plot of the conductances 1/R (no geometry given; E_a as for sigma)");
            Map<String, String> kv = new LinkedHashMap<>();
            put(kv, "bulk", a.arrhenius().bulk());
            put(kv, "grain boundary", a.arrhenius().grainBoundary());
            put(kv, "total", a.arrhenius().total());
            out.keyValues(kv);
        }
        out.note("Conductivities need the pellet geometry: run ionhop eis FILE... --circuit ... --thickness-cm L"
                + " --diameter-cm D (or --area-cm2 A).");
    }

    private static void put(Map<String, String> kv, String label, ArrheniusFit f) {
        if (f != null) {
            kv.put("E_a " + label + " (eV)", String.format(Locale.ROOT, "%.4f +/- %.4f", f.activationEnergyEv(),
                    f.activationEnergyErrEv()));
        }
    }

    private static String pm(Measured m) {
        return Double.isNaN(m.value()) ? "n/a" : SectionOutput.num(m.value()) + " +/- " + SectionOutput.num(m.err());
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "n/a" : SectionOutput.num(v);
    }

    private static void table(ImpedanceResult a, SectionOutput out) {
        List<List<String>> rows = new ArrayList<>();
        for (SpectrumResult f : a.fits()) {
            rows.add(List.of(EisCharts.name(f.spectrum()), SectionOutput.num(f.temperatureK()),
                    pm(f.bulkResistanceOhm()), num(f.bulkCapacitanceF()), pm(f.grainBoundaryResistanceOhm()),
                    num(f.grainBoundaryCapacitanceF()), SectionOutput.num(f.chiSquare()),
                    f.linKK().passes() ? "valid" : "not valid"));
        }
        out.table(List.of("spectrum", "T (K)", "R bulk (Ohm)", "C bulk (F)", "R gb (Ohm)", "C gb (F)", "chi2",
                "Lin-KK (2 %)"), rows);
    }
}
