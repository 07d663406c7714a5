package org.ionhop.cli.screen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.AtomicFiles;
import org.ionhop.cli.common.Charts;
import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenRow;

/** {@code ionhop screen report}: an HTML ranking of a store. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes an HTML ranking of a results store: sortable table, barrier against predicted sigma "
                + "and against mobile-ion density, dimensionality histogram, and the failures with their reasons.")
public final class ScreenReportCommand implements Callable<Integer> {
    private static final List<ScreenColumn> TABLE = List.of(ScreenColumn.FILE, ScreenColumn.BLOCK, ScreenColumn.FORMULA,
            ScreenColumn.SPACE_GROUP, ScreenColumn.BARRIER_1D_EV, ScreenColumn.BARRIER_2D_EV, ScreenColumn.BARRIER_3D_EV,
            ScreenColumn.DIMENSIONALITY, ScreenColumn.MOBILE_ION_DENSITY_CM3, ScreenColumn.SITE_ENERGY_SPREAD_EV,
            ScreenColumn.ANION_BALANCE, ScreenColumn.SIGMA_300K_S_CM, ScreenColumn.SIGMA_300K_ERR_S_CM,
            ScreenColumn.EA_EV, ScreenColumn.EA_ERR_EV, ScreenColumn.SETTINGS_HASH);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", description = "Results store (DuckDB file).")
    Path store;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("screen-report");

    @Override
    public Integer call() {
        List<ScreenRow> rows;
        try (ResultsStore db = ResultsStore.openExisting(store)) {
            rows = db.rows(null, ResultsStore.quote("barrier_1d_eV") + " ASC NULLS LAST, file, block", 0);
        }
        List<ScreenRow> ok = rows.stream().filter(r -> r.status().equals("ok")).toList();
        List<ScreenRow> failed = rows.stream().filter(r -> !r.status().equals("ok")).toList();
        try (AtomicFiles.StagedDirectory staged = new AtomicFiles.StagedDirectory(output)) {
            Path dir = staged.dir();
            scatter(ok, ScreenColumn.SIGMA_300K_S_CM, true, "σ(300 K), kMC estimate (S/cm)", dir.resolve("barrier-sigma.svg"));
            scatter(ok, ScreenColumn.MOBILE_ION_DENSITY_CM3, false, "mobile-ion density (1/cm³)",
                    dir.resolve("barrier-density.svg"));
            AtomicFiles.writeString(dir.resolve("index.html"), html(ok, failed));
            staged.commit();
        }
        spec.commandLine().getOut().printf("report of %d row(s) (%d ok, %d failed) written to %s%n", rows.size(),
                ok.size(), failed.size(), output.resolve("index.html"));
        return 0;
    }

    private static void scatter(List<ScreenRow> ok, ScreenColumn y, boolean logY, String yLabel, Path target) {
        List<double[]> pts = new ArrayList<>();
        for (ScreenRow r : ok) {
            double bx = r.number(ScreenColumn.BARRIER_1D_EV);
            double by = r.number(y);
            if (Double.isFinite(bx) && Double.isFinite(by) && (!logY || by > 0)) {
                pts.add(new double[] {bx, by});
            }
        }
        double[] x = pts.stream().mapToDouble(p -> p[0]).toArray();
        double[] v = pts.stream().mapToDouble(p -> p[1]).toArray();
        Charts.writeSvg(Charts.xy("", "1D percolation barrier (eV)", yLabel, false, logY,
                List.of(Charts.Series.points("structures", x, v, null))), target);
    }

    private static String html(List<ScreenRow> ok, List<ScreenRow> failed) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ionhop screen</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse;")
                .append("font-size:0.85em}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}")
                .append("th{cursor:pointer;background:#eee}td:first-child{text-align:left}.bar{background:#4a7;")
                .append("height:1em;display:inline-block}</style></head><body>\n<h1>Screen ranking</h1>\n")
                .append("<p>").append(ok.size()).append(" structure(s) analysed, ").append(failed.size())
                .append(" failed. Ranked by the 1D percolation barrier of the bond-valence landscape (eV above the ")
                .append("lowest site); σ(300 K) and E<sub>a</sub> are kinetic Monte Carlo estimates on that landscape's ")
                .append("site network, extrapolated from the simulated temperatures. Both come from a static empirical ")
                .append("force field: use them to rank, and confirm the few best by DFT or experiment. Click a column ")
                .append("heading to sort.</p>\n");
        sb.append("<h2>Barrier against predicted conductivity and mobile-ion density</h2>\n")
                .append("<img src=\"barrier-sigma.svg\" alt=\"barrier against sigma\" width=\"560\">")
                .append("<img src=\"barrier-density.svg\" alt=\"barrier against density\" width=\"560\">\n");
        sb.append("<h2>Conduction dimensionality</h2>\n").append(histogram(ok));
        sb.append("<h2>Ranking</h2>\n<table id=\"rank\"><thead><tr>");
        for (ScreenColumn c : TABLE) {
            sb.append("<th title=\"").append(escape(c.description())).append("\">").append(c.columnName()).append("</th>");
        }
        sb.append("</tr></thead><tbody>\n");
        for (ScreenRow r : ok) {
            sb.append("<tr>");
            for (ScreenColumn c : TABLE) {
                Object v = r.get(c);
                sb.append("<td data-v=\"").append(v instanceof Number n ? n.toString() : escape(ScreenTable.cell(v)))
                        .append("\">").append(escape(ScreenTable.cell(v))).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table>\n<h2>Failures</h2>\n");
        if (failed.isEmpty()) {
            sb.append("<p>None.</p>\n");
        } else {
            sb.append("<table><thead><tr><th>file</th><th>block</th><th>status</th><th>message</th></tr></thead><tbody>\n");
            for (ScreenRow r : failed) {
                sb.append("<tr><td>").append(escape(r.text(ScreenColumn.FILE))).append("</td><td>")
                        .append(escape(r.text(ScreenColumn.BLOCK))).append("</td><td>").append(r.status())
                        .append("</td><td style=\"text-align:left\">").append(escape(r.text(ScreenColumn.MESSAGE)))
                        .append("</td></tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
        sb.append("<script>\n")
                .append("document.querySelectorAll('#rank th').forEach((th,i)=>th.onclick=()=>{")
                .append("const tb=th.closest('table').tBodies[0];const rows=[...tb.rows];")
                .append("const asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';")
                .append("const val=r=>{const v=r.cells[i].dataset.v;const x=parseFloat(v);")
                .append("return isNaN(x)?v:x;};")
                .append("rows.sort((a,b)=>{const x=val(a),y=val(b);if(x===y)return 0;")
                .append("if(x==='-')return 1;if(y==='-')return -1;return (x<y?-1:1)*(asc?1:-1);});")
                .append("rows.forEach(r=>tb.appendChild(r));});\n</script>\n</body></html>\n");
        return sb.toString();
    }

    private static String histogram(List<ScreenRow> ok) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ScreenRow r : ok) {
            double d = r.number(ScreenColumn.DIMENSIONALITY);
            counts.merge(Double.isFinite(d) ? String.format(Locale.ROOT, "%dD", (int) d) : "none", 1, Integer::sum);
        }
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        StringBuilder sb = new StringBuilder("<table>");
        counts.forEach((k, v) -> sb.append("<tr><td>").append(k).append("</td><td style=\"text-align:left\">")
                .append("<span class=\"bar\" style=\"width:").append(Math.max(1, 300 * v / max)).append("px\"></span> ")
                .append(v).append("</td></tr>"));
        return sb.append("</table>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
