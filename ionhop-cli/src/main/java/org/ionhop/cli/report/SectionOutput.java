package org.ionhop.cli.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jfree.chart.JFreeChart;

import org.ionhop.cli.common.Charts;
import org.ionhop.cli.common.Json;

/** Collects what a section renders: HTML fragments, key-value tables, figures, and JSON for report.json. */
public final class SectionOutput {
    private final Path dir;
    private final StringBuilder html = new StringBuilder();
    private final ObjectNode json = Json.object();
    private final List<String> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Tables, figures and data files added: a section with none analysed nothing. */
    private int results;

    SectionOutput(Path dir) {
        this.dir = dir;
    }

    /** The JSON object of this section in report.json. */
    public ObjectNode json() {
        return json;
    }

    /** Adds a paragraph of plain text (escaped). */
    public void paragraph(String text) {
        html.append("<p>").append(escape(text)).append("</p>\n");
    }

    /** Adds a note in a muted style (caveats, methods). */
    public void note(String text) {
        notes.add(text);
        html.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
    }

    /** Adds raw HTML (the caller escapes). */
    public void rawHtml(String fragment) {
        html.append(fragment).append('\n');
    }

    /** Adds a two-column table of quantity and value. */
    public void keyValues(Map<String, String> rows) {
        results++;
        html.append("<table class=\"kv\">\n");
        for (Map.Entry<String, String> e : rows.entrySet()) {
            html.append("<tr><th>").append(escape(e.getKey())).append("</th><td>").append(escape(e.getValue()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** Adds a table with a header row. */
    public void table(List<String> header, List<List<String>> rows) {
        results++;
        html.append("<table class=\"grid\">\n<tr>");
        for (String h : header) {
            html.append("<th>").append(escape(h)).append("</th>");
        }
        html.append("</tr>\n");
        for (List<String> r : rows) {
            html.append("<tr>");
            for (String c : r) {
                html.append("<td>").append(escape(c)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** Writes a chart as SVG into the report folder and shows it with a caption. */
    public void figure(JFreeChart chart, String fileName, String caption) {
        results++;
        Charts.writeSvg(chart, dir.resolve(fileName));
        figures.add(fileName);
        html.append("<figure><img src=\"").append(escape(fileName)).append("\" alt=\"").append(escape(caption))
                .append("\"><figcaption>").append(escape(caption)).append("</figcaption></figure>\n");
    }

    /** Links a data file written into the report folder. */
    public void dataFile(String fileName, String description) {
        results++;
        html.append("<p class=\"file\"><a href=\"").append(escape(fileName)).append("\">").append(escape(fileName))
                .append("</a>: ").append(escape(description)).append("</p>\n");
    }

    /** Whether the section shows any result (a table, figure or data file), not only text. */
    public boolean hasResults() {
        return results > 0;
    }

    /** The notes added, in order (the first says why a section without results has none). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The report folder (for data files a section writes itself). */
    public Path dir() {
        return dir;
    }

    String html() {
        return html.toString();
    }

    List<String> figures() {
        return figures;
    }

    /** Formats a number for tables: 4 significant digits, scientific when very small or large. */
    public static String num(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(Locale.ROOT, "%.4g", v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** A value with its standard error, e.g. "1.23e-06 ± 4.0e-08". */
    public static String withErr(double v, double err) {
        if (!Double.isFinite(err)) {
            return num(v);
        }
        return num(v) + " ± " + String.format(Locale.ROOT, "%.2g", err);
    }

    /** HTML escaping. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** An ordered map for {@link #keyValues}. */
    public static Map<String, String> rows() {
        return new LinkedHashMap<>();
    }
}
