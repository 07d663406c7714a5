package org.ionhop.cli.screen;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.ionhop.cli.common.AtomicFiles;
import org.ionhop.cli.common.Charts;
import org.ionhop.cli.report.ReportCommand;
import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenInput;
import org.ionhop.screen.ScreenInputs;
import org.ionhop.screen.ScreenRow;

/** {@code ionhop screen report}: an HTML ranking of a store. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes an HTML ranking of a results store: sortable table, barrier against predicted sigma "
                + "and against mobile-ion density, dimensionality histogram, and the failures with their reasons; "
                + "with --detail or --detail-top also the full `ionhop report` of chosen rows, linked from the table.")
public final class ScreenReportCommand implements Callable<Integer> {
    private static final List<ScreenColumn> TABLE = List.of(ScreenColumn.FILE, ScreenColumn.BLOCK, ScreenColumn.FORMULA,
            ScreenColumn.SPACE_GROUP, ScreenColumn.SPACE_GROUP_DETECTED, ScreenColumn.BARRIER_1D_EV,
            ScreenColumn.BARRIER_2D_EV, ScreenColumn.BARRIER_3D_EV,
            ScreenColumn.DIMENSIONALITY, ScreenColumn.MOBILE_ION_DENSITY_CM3, ScreenColumn.SITE_ENERGY_SPREAD_EV,
            ScreenColumn.ANION_BALANCE, ScreenColumn.SIGMA_300K_S_CM, ScreenColumn.SIGMA_300K_ERR_S_CM,
            ScreenColumn.EA_EV, ScreenColumn.EA_ERR_EV, ScreenColumn.SETTINGS_HASH);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STORE", description = "Results store (DuckDB file).")
    Path store;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("screen-report");

    @Option(names = "--detail", paramLabel = "FILE_OR_SHA",
            description = "Also write the full `ionhop report` of this row's input into DIR/detail/: the file as "
                    + "stored in the store, or 8 or more leading hex digits of its input_sha256. Repeatable.")
    List<String> detail = new ArrayList<>();

    @Option(names = "--detail-top", paramLabel = "N", defaultValue = "0",
            description = "Also write the full report of the N best-ranked rows (default: ${DEFAULT-VALUE}).")
    int detailTop;

    @Option(names = "--detail-quick", description = "Shorter runs in the detail reports (as `ionhop report --quick`).")
    boolean detailQuick;

    @Override
    public Integer call() throws Exception {
        List<ScreenRow> rows;
        try (ResultsStore db = ResultsStore.openExisting(store)) {
            rows = db.rows(null, ResultsStore.quote("barrier_1d_eV") + " ASC NULLS LAST, file, block", 0);
        }
        List<ScreenRow> ok = rows.stream().filter(r -> r.status().equals("ok")).toList();
        List<ScreenRow> failed = rows.stream().filter(r -> !r.status().equals("ok")).toList();
        Map<String, ScreenRow> chosen = chooseDetails(rows, ok);
        Map<String, String> links = new LinkedHashMap<>();
        try (AtomicFiles.StagedDirectory staged = new AtomicFiles.StagedDirectory(output)) {
            Path dir = staged.dir();
            for (Map.Entry<String, ScreenRow> e : chosen.entrySet()) {
                links.put(e.getKey(), detailReport(e.getValue(), dir));
            }
            scatter(ok, ScreenColumn.SIGMA_300K_S_CM, true, "σ(300 K), kMC estimate (S/cm)", dir.resolve("barrier-sigma.svg"));
            scatter(ok, ScreenColumn.MOBILE_ION_DENSITY_CM3, false, "mobile-ion density (1/cm³)",
                    dir.resolve("barrier-density.svg"));
            AtomicFiles.writeString(dir.resolve("index.html"), html(ok, failed, links));
            staged.commit();
        }
        spec.commandLine().getOut().printf("report of %d row(s) (%d ok, %d failed, %d detailed) written to %s%n",
                rows.size(), ok.size(), failed.size(), links.size(), output.resolve("index.html"));
        return 0;
    }

    /** Row key (content hash and block) of a row. */
    private static String key(ScreenRow r) {
        return r.text(ScreenColumn.INPUT_SHA256) + "#" + r.text(ScreenColumn.BLOCK);
    }

    /** The rows to report in full, by key, in the order asked: each --detail selector, then the top N. */
    private Map<String, ScreenRow> chooseDetails(List<ScreenRow> rows, List<ScreenRow> ok) {
        if (detailTop < 0) {
            throw new IllegalArgumentException("--detail-top: expected a count >= 0, got " + detailTop);
        }
        Map<String, ScreenRow> out = new LinkedHashMap<>();
        for (String sel : detail) {
            String hex = sel.toLowerCase(Locale.ROOT);
            boolean bySha = hex.matches("[0-9a-f]{8,64}");
            int before = out.size();
            boolean found = false;
            for (ScreenRow r : rows) {
                if (r.text(ScreenColumn.FILE).equals(sel) || (bySha && r.text(ScreenColumn.INPUT_SHA256).startsWith(hex))) {
                    out.putIfAbsent(key(r), r);
                    found = true;
                }
            }
            if (!found && out.size() == before) {
                throw new IllegalArgumentException("--detail " + sel + ": no row of " + store + " has that file or an "
                        + "input_sha256 starting with it (give the file as `screen show` lists it, or 8 or more hex digits)");
            }
        }
        ok.stream().limit(detailTop).forEach(r -> out.putIfAbsent(key(r), r));
        return out;
    }

    /**
     * Runs the normal {@code ionhop report} on the row's input (re-read and checked against the stored content hash;
     * an archive member or one block of a multi-block CIF is first written out on its own) into
     * {@code detail/<name>/} of the report folder; returns the link to it, relative to index.html.
     */
    private String detailReport(ScreenRow r, Path dir) throws Exception {
        String file = r.text(ScreenColumn.FILE);
        String sha = r.text(ScreenColumn.INPUT_SHA256);
        String block = r.text(ScreenColumn.BLOCK);
        int bang = file.indexOf('!');
        String source = Files.exists(Path.of(file)) || bang < 0 ? file : file.substring(0, bang);
        List<ScreenInput> all = ScreenInputs.list(List.of(source));
        ScreenInput in = all.stream().filter(x -> x.readable() && x.file().equals(file) && x.sha256().equals(sha)
                && x.block().equals(block)).findFirst().orElseThrow(() -> new IllegalArgumentException("--detail: "
                + file + (block.isEmpty() ? "" : " block " + block) + " is no longer readable with the content it was "
                + "screened with (input_sha256 " + sha.substring(0, 12) + "...)"));
        String name = safe(String.valueOf(Path.of(file.substring(bang + 1)).getFileName()).replaceAll("(?i)\\.(cif|gz)$", ""))
                + (all.size() > 1 ? "-" + safe(block) : "") + "-" + sha.substring(0, 8);
        Path input = Path.of(file);
        if (bang >= 0 || all.size() > 1) {
            Path inputs = Files.createDirectories(dir.resolve("detail").resolve("inputs"));
            Path extracted = inputs.resolve(in.poscar() ? name + "_POSCAR" : name + ".cif");
            AtomicFiles.writeString(extracted, in.text());
            input = extracted;
        }
        Path target = dir.resolve("detail").resolve(name);
        List<String> args = new ArrayList<>(List.of(input.toString(), "-o", target.toString(), "--ion",
                r.text(ScreenColumn.MOBILE_ION)));
        if (detailQuick) {
            args.add("--quick");
        }
        CommandLine cl = new CommandLine(new ReportCommand());
        cl.setOut(new PrintWriter(Writer.nullWriter()));
        cl.parseArgs(args.toArray(String[]::new));
        ReportCommand report = cl.getCommand();
        report.call();
        spec.commandLine().getOut().println("detail report of " + file + (block.isEmpty() ? "" : " (" + block + ")")
                + " written to " + output.resolve("detail").resolve(name).resolve("index.html"));
        return "detail/" + name + "/index.html";
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
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

    private static String html(List<ScreenRow> ok, List<ScreenRow> failed, Map<String, String> links) {
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
                .append("heading to sort.").append(links.isEmpty() ? "" : " Linked file names open the full ionhop "
                        + "report of that structure.").append("</p>\n");
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
                String text = escape(ScreenTable.cell(v));
                String link = c == ScreenColumn.FILE ? links.get(key(r)) : null;
                sb.append("<td data-v=\"").append(v instanceof Number n ? n.toString() : text).append("\">")
                        .append(link == null ? text : "<a href=\"" + escape(link) + "\" title=\"full ionhop report\">"
                                + text + "</a>").append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table>\n<h2>Failures</h2>\n");
        if (failed.isEmpty()) {
            sb.append("<p>None.</p>\n");
        } else {
            sb.append("<table><thead><tr><th>file</th><th>block</th><th>status</th><th>message</th></tr></thead><tbody>\n");
            for (ScreenRow r : failed) {
                String link = links.get(key(r));
                String file = escape(r.text(ScreenColumn.FILE));
                sb.append("<tr><td>").append(link == null ? file : "<a href=\"" + escape(link) + "\">" + file + "</a>")
                        .append("</td><td>")
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
