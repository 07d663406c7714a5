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
import org.ionhop.impedance.Arc;
import org.ionhop.impedance.ArcAssignment;
import org.ionhop.impedance.Circuit;
import org.ionhop.impedance.CircuitFitResult;
import org.ionhop.impedance.CircuitFitter;
import org.ionhop.impedance.FitOptions;
import org.ionhop.impedance.FittedSpectrum;
import org.ionhop.impedance.Spectrum;
import org.ionhop.impedance.SpectrumReader;
import org.ionhop.io.InputFormatException;
import org.ionhop.transport.ArrheniusConvention;
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

    static final List<String> CANDIDATES = List.of("R0-p(R1,CPE1)", "R0-p(R1,CPE1)-CPE2", "p(R1,CPE1)-p(R2,CPE2)-CPE3",
            "R0-p(R1,CPE1)-p(R2,CPE2)-CPE3");

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
        List<Path> out = new ArrayList<>(ctx.inputsOf(InputKind.IMPEDANCE));
        for (Path p : ctx.inputsOf(InputKind.UNKNOWN)) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".txt") || n.endsWith(".csv") || n.endsWith(".dat")) {
                try {
                    SpectrumReader.read(p);
                    out.add(p);
                } catch (InputFormatException | IllegalArgumentException e) {
                    // not a spectrum: another section may want it
                }
            }
        }
        return out;
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        List<Path> files = spectra(ctx);
        List<Spectrum> spectra = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Spectrum s = SpectrumReader.read(files.get(i));
            if (ctx.temperatures().size() == files.size()) {
                s = s.withTemperature(ctx.temperatures().get(i));
            }
            spectra.add(s);
        }
        Circuit circuit = choose(spectra.get(0));
        out.paragraph("Circuit " + circuit.text() + " (chosen by BIC among " + String.join(", ", CANDIDATES)
                + " on " + EisCharts.name(spectra.get(0)) + "), modulus weighting, automatic starting values."
                + " Arcs are labelled by effective capacitance C = (R^(1-n) Q)^(1/n): bulk smallest.");
        EisAnalysis a = EisAnalysis.run(spectra, circuit, FitOptions.DEFAULT, null, ArcAssignment.Order.CAPACITANCE,
                ArrheniusConvention.TIMES_T, 0.02, (d, t) -> { });
        out.json().setAll(a.toJson("report", files));
        table(a, out);
        for (int i = 0; i < a.fits().size(); i++) {
            FittedSpectrum f = a.fits().get(i);
            String stem = EisCharts.stem(f.fit().spectrum());
            out.figure(EisCharts.nyquist(f), "eis_nyquist_" + stem + ".svg", "Nyquist plot (equal axes) with the fit: "
                    + EisCharts.name(f.fit().spectrum()));
            if (!ctx.quick() || i == 0) {
                out.figure(EisCharts.bodeModulus(f), "eis_bode_" + stem + ".svg", "Bode |Z|");
                out.figure(EisCharts.residuals(f, a.linKK().get(i)), "eis_residuals_" + stem + ".svg",
                        "Relative residuals of the fit and of the Lin-KK test");
                out.figure(EisCharts.drt(f.fit().spectrum(), a.drt().get(i)), "eis_drt_" + stem + ".svg",
                        "Distribution of relaxation times (Tikhonov NNLS, lambda by GCV)");
            }
        }
        if (a.series() != null) {
            out.figure(EisCharts.arrhenius(a.series(), true), "eis_arrhenius.svg",
                    "Arrhenius plot of the conductances 1/R (no geometry given; E_a as for sigma)");
            Map<String, String> kv = new LinkedHashMap<>();
            put(kv, "bulk", a.series().bulk());
            put(kv, "grain boundary", a.series().grainBoundary());
            put(kv, "total", a.series().total());
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

    private static void table(EisAnalysis a, SectionOutput out) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < a.fits().size(); i++) {
            FittedSpectrum f = a.fits().get(i);
            Arc b = f.bulk();
            Arc g = f.grainBoundary();
            rows.add(List.of(EisCharts.name(f.fit().spectrum()), SectionOutput.num(f.temperatureK()),
                    b == null ? "n/a" : SectionOutput.num(b.resistanceOhm()) + " +/- " + SectionOutput.num(b.resistanceErrOhm()),
                    b == null ? "n/a" : SectionOutput.num(b.capacitanceF()),
                    g == null ? "n/a" : SectionOutput.num(g.resistanceOhm()) + " +/- " + SectionOutput.num(g.resistanceErrOhm()),
                    g == null ? "n/a" : SectionOutput.num(g.capacitanceF()),
                    SectionOutput.num(f.fit().chiSquare()),
                    a.linKK().get(i).passes(a.kkTolerance()) ? "valid" : "not valid"));
        }
        out.table(List.of("spectrum", "T (K)", "R bulk (Ohm)", "C bulk (F)", "R gb (Ohm)", "C gb (F)", "chi2",
                "Lin-KK (2 %)"), rows);
    }

    /** The candidate with the lowest BIC = m ln(chi2/m) + p ln m (m = 2N residuals). */
    static Circuit choose(Spectrum s) {
        Circuit best = null;
        double bestBic = Double.POSITIVE_INFINITY;
        for (String text : CANDIDATES) {
            Circuit c = Circuit.parse(text);
            if (2 * s.size() <= c.parameterCount() + 1) {
                continue;
            }
            try {
                CircuitFitResult r = CircuitFitter.fit(s, c, FitOptions.DEFAULT.withMultiStarts(4));
                int m = 2 * s.size();
                double bic = m * Math.log(r.chiSquare() / m) + c.parameterCount() * Math.log(m);
                if (bic < bestBic) {
                    bestBic = bic;
                    best = c;
                }
            } catch (IllegalArgumentException e) {
                // this candidate did not converge; try the next
            }
        }
        if (best == null) {
            throw new IllegalArgumentException(s.source() + ": no candidate circuit could be fitted");
        }
        return best;
    }
}
