package org.ionhop.cli.disorder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;
import org.ionhop.cli.report.ReportContext;
import org.ionhop.cli.report.ReportInput;
import org.ionhop.cli.report.ReportSection;
import org.ionhop.cli.report.SectionOutput;

/**
 * Report section: a disorder series. Every input that holds the JSON of {@code ionhop disorder variant ... --screen}
 * (the file {@code --json} printed, or the {@code -o} folder with its {@code variant.json}) is one ensemble at one
 * disorder fraction; the section draws each ensemble descriptor against the fraction with standard-error bars (the
 * standard error over the orderings, as the command computed it) and tabulates fraction, orderings and mean &plusmn;
 * SE. The fraction is that of the operation the inputs vary (the first substitution, exchange or vacancy whose
 * fraction differs between them). Nothing is recomputed: the numbers are the command's.
 */
public final class DisorderSection implements ReportSection {
    @Override
    public int order() {
        return 97;
    }

    @Override
    public String id() {
        return "disorder";
    }

    @Override
    public String title() {
        return "Disorder series";
    }

    @Override
    public boolean appliesTo(ReportContext ctx) {
        return ctx.inputs().stream().map(ReportInput::path).anyMatch(DisorderSeries::matches);
    }

    @Override
    public void render(ReportContext ctx, SectionOutput out) {
        List<DisorderSeries.Ensemble> es = new ArrayList<>();
        for (ReportInput in : ctx.inputs()) {
            DisorderSeries.read(in.path()).ifPresent(es::add);
        }
        Optional<String> key = DisorderSeries.abscissa(es);
        if (key.isEmpty()) {
            out.note("The disorder ensembles share no substitution, exchange or vacancy whose fraction could be the "
                    + "abscissa; run them with the same operation at different fractions.");
            return;
        }
        String x = key.get();
        List<DisorderSeries.Ensemble> sorted = new ArrayList<>(es);
        sorted.sort(Comparator.comparingDouble(e -> e.fractions().get(x)));
        // descriptors in the order of the first ensemble, then any that only later ones have
        List<String> names = new ArrayList<>();
        for (DisorderSeries.Ensemble e : sorted) {
            e.descriptors().keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
        }
        out.paragraph(sorted.size() + " ensemble(s) of variants of " + String.join(", ", sorted.stream()
                .map(DisorderSeries.Ensemble::formula).distinct().toList()) + " against the " + x
                + " fraction. Error bars and ± are the standard error of the mean over the orderings (sd/sqrt(n)); "
                + "an ensemble of one ordering has none.");

        List<String> header = new ArrayList<>(List.of("fraction", "orderings"));
        names.forEach(n -> header.add(n + " (mean ± SE)"));
        List<List<String>> rows = new ArrayList<>();
        ObjectNode json = out.json();
        ObjectNode abscissa = json.putObject("abscissa");
        int space = x.indexOf(' ');
        abscissa.put("operation", x.substring(0, space));
        abscissa.put("sites", x.substring(space + 1));
        ArrayNode points = json.putArray("points");
        for (DisorderSeries.Ensemble e : sorted) {
            List<String> row = new ArrayList<>();
            row.add(SectionOutput.num(e.fractions().get(x)));
            row.add(String.valueOf(e.orderings()));
            ObjectNode p = points.addObject();
            p.put("file", e.file().toString());
            p.put("fraction", e.fractions().get(x));
            p.put("orderings", e.orderings());
            ArrayNode ds = p.putArray("descriptors");
            for (String n : names) {
                DisorderSeries.Stat s = e.descriptors().get(n);
                row.add(s == null ? "-" : SectionOutput.withErr(s.mean(), s.se()));
                if (s != null) {
                    ObjectNode d = ds.addObject();
                    d.put("name", n);
                    Json.putFinite(d, "mean", s.mean());
                    Json.putFinite(d, "se", s.se());
                    Json.putFinite(d, "sd", s.sd());
                    d.put("n", s.n());
                }
            }
            rows.add(row);
        }
        out.table(header, rows);

        for (String n : names) {
            List<double[]> pts = new ArrayList<>();
            for (DisorderSeries.Ensemble e : sorted) {
                DisorderSeries.Stat s = e.descriptors().get(n);
                if (s != null && Double.isFinite(s.mean())) {
                    // one ordering has no standard error: a point without a bar, not a missing point
                    pts.add(new double[] {e.fractions().get(x), s.mean(), Double.isFinite(s.se()) ? s.se() : 0});
                }
            }
            if (pts.isEmpty()) {
                continue;
            }
            double[] fx = pts.stream().mapToDouble(a -> a[0]).toArray();
            double[] fy = pts.stream().mapToDouble(a -> a[1]).toArray();
            double[] fe = pts.stream().mapToDouble(a -> a[2]).toArray();
            var chart = Charts.xy(n + " against disorder", x + " fraction", n, false, false,
                    List.of(new Charts.Series(n, fx, fy, fe, Charts.Style.LINE_AND_POINTS)));
            out.figure(chart, "disorder_" + n.replaceAll("[^A-Za-z0-9._-]", "_") + ".svg",
                    n + " against the " + x + " fraction: mean over the orderings with its standard error.");
        }

        String data = "disorder_series.json";
        ObjectNode file = Json.object();
        List<Path> files = sorted.stream().map(DisorderSeries.Ensemble::file).toList();
        file.set("meta", Json.meta("report disorder", files, null, DisorderJson.units()));
        file.set("abscissa", abscissa.deepCopy());
        file.set("points", points.deepCopy());
        Json.writeFile(out.dir().resolve(data), file);
        out.dataFile(data, "the series: per fraction the orderings and each descriptor's mean, SE, sd and n (as "
                + "ionhop disorder variant --screen --json wrote them)");
        Map<String, String> notes = new LinkedHashMap<>();
        for (DisorderSeries.Ensemble e : sorted) {
            notes.put(e.file().toString(), e.fractions().toString());
        }
        if (sorted.stream().map(e -> e.fractions().keySet()).distinct().count() > 1) {
            out.note("The ensembles differ in their operations, not only in the fraction: " + notes);
        }
        out.note("Descriptors, definitions and the static model's limits: docs/disorder.md (ionhop disorder).");
    }
}
