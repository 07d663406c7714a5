package org.ionhop.cli.disorder;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ionhop.disorder.EnsembleResult;
import org.ionhop.disorder.Ordering;
import org.ionhop.disorder.Variant;
import org.ionhop.disorder.VariantResult;

/** The text summary of {@code ionhop disorder variant}. */
final class DisorderText {
    private DisorderText() {
    }

    static void print(PrintWriter out, VariantResult r, List<String> files, Path manifest, EnsembleResult e) {
        Variant v = r.variant();
        out.printf(Locale.ROOT, "variant of %s: %s, supercell %s, Z = %d, net charge %+.3f e%n", r.parentFormula(),
                r.formula(), v.supercell(), v.formulaUnits(), v.netChargeE());
        for (Variant.Sublattice s : v.sublattices()) {
            if (s.disordered()) {
                StringBuilder c = new StringBuilder();
                s.counts().forEach((k, n) -> c.append(c.length() == 0 ? "" : ", ").append(k.symbol()).append(' ')
                        .append(n));
                out.printf(Locale.ROOT, "  sublattice %-12s %4d sites: %s%n", s.name(), s.contents().size(), c);
            }
        }
        out.printf(Locale.ROOT, "config entropy  %.4f k_B per formula unit (ideal), %.4f (exact counts, ln W / Z)%n",
                r.configEntropyKbPerFormulaUnit(), r.ensembleEntropyKbPerFormulaUnit());
        out.printf(Locale.ROOT, "symmetry        %s%s%n", r.symmetry().note(),
                r.symmetry().counted() ? ": " + r.symmetry().distinct() + " distinct" : "");
        for (int i = 0; i < r.orderings().size(); i++) {
            Ordering o = r.orderings().get(i);
            out.printf(Locale.ROOT, "  %-40s E_Ewald %.4f eV (%.4f eV per f.u.)%n", files.get(i), o.ewaldEnergyEv(),
                    o.ewaldEnergyPerFormulaUnitEv());
        }
        out.println("manifest        " + manifest + " (ionhop screen " + manifest + ")");
        if (e != null) {
            out.println("ensemble (mean +- standard error over the orderings; sd = spread between orderings):");
            for (EnsembleResult.DescriptorStats d : e.descriptors()) {
                out.printf(Locale.ROOT, "  %-24s %10.4f +- %.4f  (sd %.4f, n = %d)%n", d.name(), d.mean(), d.se(),
                        d.sd(), d.n());
            }
            EnsembleResult.HopBarriers h = e.hopBarriers();
            out.printf(Locale.ROOT, "  hop barriers             %d directed hops: mean %.3f, sd %.3f, p10 %.3f, median "
                    + "%.3f, p90 %.3f eV%n", h.count(), h.meanEv(), h.sdEv(), h.p10Ev(), h.p50Ev(), h.p90Ev());
            EnsembleResult.Control c = e.control();
            out.printf(Locale.ROOT, "  control (parent network) log10 sigma300 %.3f +- %.3f; with %.3f eV site disorder "
                    + "%.3f +- %.3f; parent 1D barrier %.3f eV%n", c.log10SigmaParent(), c.log10SigmaParentErr(),
                    c.disorderSigmaEv(), c.log10SigmaParentDisordered(), c.log10SigmaParentDisorderedErr(),
                    c.parentBarrier1dEv());
        }
    }
}
