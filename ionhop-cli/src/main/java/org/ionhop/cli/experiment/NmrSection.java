package org.ionhop.cli.experiment;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.ionhop.cli.report.InputKind;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.io.InputFormatException;
import org.ionhop.io.NumericalFailureException;
import org.ionhop.nmr.LineshapeResult;
import org.ionhop.nmr.LineshapeSettings;
import org.ionhop.nmr.NmrAnalysis;
import org.ionhop.nmr.NumericTable;
import org.ionhop.nmr.PfgResult;
import org.ionhop.nmr.PfgSettings;
import org.ionhop.nmr.RelaxationResult;
import org.ionhop.nmr.T1Settings;
import org.ionhop.stats.Measured;

/**
 * Report section: NMR. Each NMR table states what it is in its comment lines ({@code # kind = t1 | t1rho | pfg |
 * lineshape}, or the file name says t1/t1rho/pfg) with the settings the analysis needs ({@code # larmor_mhz},
 * {@code # lock_khz}, {@code # nucleus}, {@code # delta_ms}, {@code # big_delta_ms}, {@code # components}); see
 * docs/nmr.md.
 */
public final class NmrSection implements ReportSection {
    @Override
    public int order() {
        return 80;
    }

    @Override
    public String id() {
        return "nmr";
    }

    @Override
    public String title() {
        return "NMR relaxometry and diffusion";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return ctx.has(InputKind.NMR);
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        for (Path p : ctx.inputsOf(InputKind.NMR)) {
            String name = String.valueOf(p.getFileName());
            try {
                NumericTable t = NumericTable.read(p);
                switch (NmrAnalysis.kindOf(t)) {
                    case T1, T1RHO -> relaxation(NmrAnalysis.t1(t, T1Settings.defaults()
                            .withT1rho(NmrAnalysis.kindOf(t) == NmrAnalysis.Kind.T1RHO)), name, out);
                    case PFG -> pfg(NmrAnalysis.pfg(t, PfgSettings.defaults()), name, out);
                    case LINESHAPE -> lineshape(NmrAnalysis.lineshape(t, LineshapeSettings.defaults()), name, out);
                    default -> out.note(name + ": state '# kind = t1, t1rho, pfg or lineshape' to analyse it");
                }
            } catch (InputFormatException | IllegalArgumentException e) {
                out.note(name + ": not analysed (" + e.getMessage() + ")");
            } catch (NumericalFailureException e) {
                out.note(name + ": not analysed (numerical failure: " + e.getMessage() + ")");
            }
        }
    }

    private static void relaxation(RelaxationResult f, String name, SectionOutput out) {
        out.json().set(name, ExperimentJson.tree(f));
        Map<String, String> kv = new LinkedHashMap<>();
        kv.put("model", f.asymmetric() ? "asymmetric spectral density" : "BPP");
        kv.put("E_a (eV)", pm(f.activationEnergyEv()));
        kv.put("E_a,low (eV)", pm(f.lowFlankEaEv()));
        kv.put("tau_0 (s)", SectionOutput.num(f.tau0S().value()) + " +/- " + SectionOutput.num(f.tau0S().err()));
        kv.put("rate peak T (K)", SectionOutput.num(f.peakTemperatureK()));
        kv.put("jump rate at the peak (1/s)", SectionOutput.num(f.jumpRateAtPeakPerS()));
        out.paragraph(name + ": relaxation rates against temperature");
        out.keyValues(kv);
        out.figure(NmrCharts.bppChart(f.fit()), "nmr_t1_" + safe(name) + ".svg",
                "Relaxation rate against 1000/T with the fit");
    }

    private static String pm(Measured m) {
        return String.format(Locale.ROOT, "%.4f +/- %.4f", m.value(), m.err());
    }

    private static void pfg(PfgResult st, String name, SectionOutput out) {
        out.json().set(name, ExperimentJson.tree(st));
        out.paragraph(String.format(Locale.ROOT, "%s: D* = %.4g +/- %.2g cm^2/s (Stejskal-Tanner)", name,
                st.diffusivityCm2PerS().value(), st.diffusivityCm2PerS().err()));
        out.figure(NmrCharts.pfgChart(st.fit()), "nmr_pfg_" + safe(name) + ".svg",
                "PFG-NMR echo attenuation with the fit");
    }

    private static void lineshape(LineshapeResult f, String name, SectionOutput out) {
        out.json().set(name, ExperimentJson.tree(f));
        out.paragraph(name + ": lineshape components and area fractions");
        out.figure(NmrCharts.lineshapeChart(f), "nmr_lineshape_" + safe(name) + ".svg", "Line and its components");
    }

    private static String safe(String name) {
        return name.replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
