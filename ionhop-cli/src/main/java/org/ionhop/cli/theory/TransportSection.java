package org.ionhop.cli.theory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.cli.report.InputKind;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.transport.ConsistencyCheck;
import org.ionhop.transport.TransportTheory;

/**
 * Report section: the transport consistency check of every input named like {@code *transport*.yaml/.yml/.json}
 * (format in docs/transport.md): implied quantities and inconsistencies beyond the error bars, through the same
 * {@link TransportTheory#check} call and renderers as {@code ionhop transport check}.
 */
public final class TransportSection implements ReportSection {
    @Override
    public int order() {
        return 60;
    }

    @Override
    public String id() {
        return "transport";
    }

    @Override
    public String title() {
        return "Transport theory";
    }

    /** Whether a file is a transport-check input (judged by its name, as the report judges every input). */
    static boolean isCheckFile(Path p) {
        String n = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
        return n.contains("transport") && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return ctx.inputsOf(InputKind.UNKNOWN).stream().anyMatch(TransportSection::isCheckFile);
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        var arr = out.json().putArray("checks");
        for (Path file : ctx.inputsOf(InputKind.UNKNOWN)) {
            if (!isCheckFile(file)) {
                continue;
            }
            ConsistencyCheck.Result r = TransportTheory.check(TransportCheckInput.read(file));
            out.rawHtml("<h3>" + SectionOutput.escape(String.valueOf(file.getFileName())) + "</h3>");
            out.paragraph(String.format(Locale.ROOT, "Nernst-Einstein, Haven ratio, random walk and Eq. 1's jump rate "
                    + "tie the numbers together at T = %.2f K; the weighted fit gives chi² = %s for %d degree(s) of "
                    + "freedom (p = %s): %s.", r.temperatureK(), SectionOutput.num(r.chiSquare()),
                    r.degreesOfFreedom(), SectionOutput.num(r.pValue()), r.consistent() ? "consistent" : "inconsistent"));
            List<List<String>> rows = new ArrayList<>();
            for (ConsistencyCheck.Estimate e : r.estimates()) {
                TransportCheckInput.Key k = TransportCheckInput.Key.of(e.quantity());
                if (!e.determined() && e.measured() == null) {
                    continue;
                }
                rows.add(List.of(k.key, e.measured() != null ? "measured (" + e.measured().source() + ")" : "implied",
                        SectionOutput.withErr(e.value() / k.toInternal, e.stdErr() / k.toInternal),
                        e.measured() == null ? "" : SectionOutput.withErr(e.measured().value() / k.toInternal,
                                e.measured().stdErr() / k.toInternal),
                        Double.isFinite(e.looZ()) ? String.format(Locale.ROOT, "%.2f", e.looZ()) : ""));
            }
            out.table(List.of("quantity", "status", "best estimate", "measured", "z vs others"), rows);
            for (String f : TransportCheck.findings(r)) {
                out.note(f);
            }
            var node = TheoryJson.body(TransportCheck.report(r));
            node.put("file", file.toString());
            arr.add(node);
        }
    }
}
