package org.ionhop.cli.experiment;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionhop.cli.report.InputKind;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.io.InputFormatException;
import org.ionhop.nmr.BppFit;
import org.ionhop.nmr.LineshapeFit;
import org.ionhop.nmr.NumericTable;
import org.ionhop.nmr.RelaxationData;
import org.ionhop.nmr.RelaxationKind;
import org.ionhop.nmr.StejskalTanner;

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
            String name = p.getFileName().toString();
            try {
                NumericTable t = NumericTable.read(p);
                String kind = kind(t, name);
                switch (kind) {
                    case "t1", "t1rho" -> relaxation(t, kind.equals("t1rho"), name, out);
                    case "pfg" -> pfg(t, name, out);
                    case "lineshape" -> lineshape(t, name, out);
                    default -> out.note(name + ": state '# kind = t1, t1rho, pfg or lineshape' to analyse it");
                }
            } catch (InputFormatException | IllegalArgumentException e) {
                out.note(name + ": not analysed (" + e.getMessage() + ")");
            }
        }
    }

    private static String kind(NumericTable t, String name) {
        String k = t.metadata().get("kind");
        if (k != null) {
            return k.toLowerCase(Locale.ROOT);
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("pfg") ? "pfg" : n.contains("t1rho") ? "t1rho" : n.contains("t1") ? "t1" : "unknown";
    }

    private static void relaxation(NumericTable t, boolean rho, String name, SectionOutput out) {
        double larmor = t.number("larmor_mhz");
        if (Double.isNaN(larmor)) {
            throw new IllegalArgumentException("needs '# larmor_mhz = ...'");
        }
        RelaxationData d = NmrRuns.relaxation(t, rho ? RelaxationKind.T1RHO : RelaxationKind.T1, larmor * 1e6,
                rho ? t.number("lock_khz") * 1e3 : Double.NaN, "t1".equalsIgnoreCase(t.metadata().get("values")),
                false);
        boolean asym = "asymmetric".equalsIgnoreCase(t.metadata().getOrDefault("model", ""));
        BppFit f = asym ? BppFit.asymmetric(d) : BppFit.symmetric(d);
        out.json().set(name, NmrRuns.bppJson(f));
        Map<String, String> kv = new LinkedHashMap<>();
        kv.put("model", f.asymmetric() ? "asymmetric spectral density" : "BPP");
        kv.put("E_a (eV)", String.format(Locale.ROOT, "%.4f +/- %.4f", f.eaEv(), f.eaErrEv()));
        kv.put("E_a,low (eV)", String.format(Locale.ROOT, "%.4f +/- %.4f", f.eaLowEv(), f.eaLowErrEv()));
        kv.put("tau_0 (s)", SectionOutput.num(f.tau0S()) + " +/- " + SectionOutput.num(f.tau0ErrS()));
        kv.put("rate peak T (K)", SectionOutput.num(f.peakTemperatureK()));
        kv.put("jump rate at the peak (1/s)", SectionOutput.num(f.jumpRateAtPeakPerS()));
        out.paragraph(name + ": relaxation rates against temperature");
        out.keyValues(kv);
        out.figure(NmrRuns.bppChart(f), "nmr_t1_" + safe(name) + ".svg", "Relaxation rate against 1000/T with the fit");
    }

    private static void pfg(NumericTable t, String name, SectionOutput out) {
        StejskalTanner st = NmrPfgCommand.fit(t, null, null, null, false, false);
        out.json().set(name, NmrRuns.pfgJson(st));
        out.paragraph(String.format(Locale.ROOT, "%s: D* = %.4g +/- %.2g cm^2/s (Stejskal-Tanner)", name,
                st.diffusivityCm2PerS(), st.diffusivityErrCm2PerS()));
        out.figure(NmrRuns.pfgChart(st), "nmr_pfg_" + safe(name) + ".svg", "PFG-NMR echo attenuation with the fit");
    }

    private static void lineshape(NumericTable t, String name, SectionOutput out) {
        String comps = t.metadata().get("components");
        if (comps == null) {
            throw new IllegalArgumentException("needs '# components = lorentzian,gaussian' (one shape per component)");
        }
        double[] x = t.column(0);
        double[] y = t.column(1);
        LineshapeFit f = LineshapeFit.fit(x, y, NmrRuns.shapes(List.of(comps.split(","))), null);
        out.json().set(name, NmrRuns.lineshapeJson(f));
        out.paragraph(name + ": lineshape components and area fractions");
        out.figure(NmrRuns.lineshapeChart(x, y, f), "nmr_lineshape_" + safe(name) + ".svg", "Line and its components");
    }

    private static String safe(String name) {
        return name.replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
