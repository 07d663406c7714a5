package org.ionhop.cli.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.report.InputKind;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;
import org.ionhop.io.InputFormatException;
import org.ionhop.io.NumericalFailureException;
import org.ionhop.nmr.TracerExchange;
import org.ionhop.nmr.TracerExchangeCandidate;
import org.ionhop.nmr.TracerExchangeData;
import org.ionhop.nmr.TracerExchangePool;
import org.ionhop.nmr.TracerExchangeRate;
import org.ionhop.nmr.TracerExchangeResult;
import org.ionhop.nmr.TracerExchangeSettings;
import org.ionhop.stats.Measured;

/**
 * Report section: every 6Li/7Li tracer-exchange table (a text table whose name says {@code exchange}), fitted with
 * the default settings of {@code ionhop nmr exchange} through the same facade: the chosen model and topology, the
 * exchange rates, donor and first receiver, the BIC comparison of the candidates, and the figure. report.json holds
 * per table the keys of {@code ionhop nmr exchange --json} (without meta).
 */
public final class ExchangeSection implements ReportSection {
    @Override
    public int order() {
        return 85;
    }

    @Override
    public String id() {
        return "exchange";
    }

    @Override
    public String title() {
        return "6Li tracer exchange";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return ctx.has(InputKind.EXCHANGE);
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        TracerExchangeSettings s = TracerExchangeSettings.defaults();
        ArrayNode tables = out.json().putArray("tables");
        for (Path p : ctx.inputsOf(InputKind.EXCHANGE)) {
            String name = String.valueOf(p.getFileName());
            TracerExchangeData data;
            TracerExchangeResult r;
            try {
                // TracerExchange.run(path, s) reads the table the same way; read here to plot the data too
                data = TracerExchangeData.read(p);
                r = TracerExchange.run(data, s);
            } catch (InputFormatException | IllegalArgumentException e) {
                out.note(name + ": not analysed (" + e.getMessage() + ")");
                continue;
            } catch (NumericalFailureException e) {
                out.note(name + ": not analysed (numerical failure: " + e.getMessage() + ")");
                continue;
            }
            out.rawHtml("<h3>" + SectionOutput.escape(name) + "</h3>");
            Map<String, String> kv = SectionOutput.rows();
            kv.put("model", r.model().label() + ", best topology " + r.topology());
            kv.put("tracer donor", r.donor());
            kv.put("first receiver", r.firstReceiver());
            for (TracerExchangeRate x : r.rates()) {
                kv.put("r(" + x.poolA() + " <-> " + x.poolB() + ") (1/s)", pm(x.ratePerS()));
                kv.put("k(" + x.poolA() + " -> " + x.poolB() + ") (1/s)", pm(x.kAbPerS()));
                kv.put("k(" + x.poolB() + " -> " + x.poolA() + ") (1/s)", pm(x.kBaPerS()));
            }
            kv.put("fit", String.format(Locale.ROOT, "%d points, %d parameters, reduced chi² %.3g, BIC %.2f",
                    r.points(), r.parameters(), r.chi2Reduced(), r.bic()));
            out.keyValues(kv);
            List<List<String>> pools = new ArrayList<>();
            for (TracerExchangePool q : r.pools()) {
                pools.add(List.of(q.name(), pm(q.amountFraction()), pm(q.initialFraction()), pm(q.finalFraction()),
                        SectionOutput.num(q.riseTimeS() / 3600)));
            }
            out.table(List.of("component", "Li amount fraction", "6Li fraction at t = 0", "6Li fraction at t = ∞",
                    "rise time t10 (h)"), pools);
            List<List<String>> cands = new ArrayList<>();
            for (TracerExchangeCandidate c : r.candidates()) {
                cands.add(List.of(c.topology() + (c.topology().equals(r.topology()) ? " (chosen)" : ""),
                        Integer.toString(c.parameters()), SectionOutput.num(c.chi2Reduced()),
                        String.format(Locale.ROOT, "%.2f", c.bic())));
            }
            out.table(List.of("candidate topology", "parameters", "reduced chi²", "BIC (lowest is best)"), cands);
            out.figure(ExchangeOutput.chart(data, r), "exchange_" + safe(name) + ".svg",
                    "6Li fraction of each component against time with the fitted " + r.topology() + " model.");
            ObjectNode node = ExchangeOutput.tree(r);
            node.put("file", p.toString());
            tables.add(node);
        }
        out.note("Models, BIC and the first-receiver rule: docs/exchange.md (ionhop nmr exchange for --model,"
                + " --radius-um, --natural).");
    }

    private static String pm(Measured m) {
        return Double.isFinite(m.value()) ? SectionOutput.withErr(m.value(), m.err()) : "-";
    }

    private static String safe(String name) {
        return name.replaceAll("\\.[A-Za-z0-9]+$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
