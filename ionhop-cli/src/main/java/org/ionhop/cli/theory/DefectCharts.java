package org.ionhop.cli.theory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;

import org.ionhop.cli.common.Charts;
import org.ionhop.defects.BrouwerDiagram;
import org.ionhop.defects.DefectStudyResult;
import org.ionhop.defects.MechanismMap;

/** The figures of a defect study (SVG), shared by {@code ionhop defects} and the report section. */
final class DefectCharts {
    private DefectCharts() {
    }

    /** Figure file names for an input stem. */
    static List<String> figureNames(String stem, boolean withMap) {
        List<String> names = new ArrayList<>(List.of(stem + "-brouwer.svg"));
        if (withMap) {
            names.add(stem + "-mechanism-map.svg");
            names.add(stem + "-conductivity.svg");
            names.add(stem + "-activation.svg");
        }
        return names;
    }

    /** The Brouwer diagram, regimes shaded and labelled with their neutrality condition. */
    static JFreeChart brouwer(DefectStudyResult r) {
        BrouwerDiagram b = r.brouwer();
        List<Charts.Series> series = new ArrayList<>();
        for (int k = 0; k < b.names().size(); k++) {
            series.add(Charts.Series.line(b.names().get(k).toString(), b.x(), b.log10PerCm3()[k]));
        }
        JFreeChart chart = Charts.xy(String.format(Locale.ROOT, "Brouwer diagram, T = %.0f K", r.temperatureK()),
                r.scan().label(), "log10 concentration (cm^-3)", false, false, series);
        MapCharts.markRegimes(chart, b.regimes());
        return chart;
    }

    /** The mechanism map: scan value against T, a band per temperature coloured by the dominant carrier. */
    static JFreeChart map(DefectStudyResult r) {
        return MapCharts.mechanismMap("Mechanism map (dominant carrier)", r.scan().label(), r.mechanismMap());
    }

    /** log10 of each carrier's conductivity along the scan at the reference temperature. */
    static JFreeChart conductivity(DefectStudyResult r) {
        MechanismMap p = r.profile();
        List<Charts.Series> series = new ArrayList<>();
        for (int c = 0; c < p.carriers().size(); c++) {
            series.add(Charts.Series.line("sigma(" + p.carriers().get(c) + ")", p.x(), p.log10Sigma()[0][c]));
        }
        return Charts.xy(String.format(Locale.ROOT, "Partial ionic conductivities (Eq. 1), T = %.0f K",
                r.temperatureK()), r.scan().label(), "log10 sigma (S/cm)", false, false, series);
    }

    /** E_a (sigma T convention) along the scan at the reference temperature. */
    static JFreeChart activation(DefectStudyResult r) {
        return Charts.xy(String.format(Locale.ROOT, "Activation energy of sigma T, T = %.0f K", r.temperatureK()),
                r.scan().label(), "E_a (eV)", false, false,
                List.of(Charts.Series.line("E_a", r.profile().x(), r.profile().activationEv()[0])));
    }

    /** Writes the figures into a folder; returns their file names. */
    static List<String> write(DefectStudyResult r, Path dir, String stem) {
        List<String> names = figureNames(stem, r.hasCarriers());
        Charts.writeSvg(brouwer(r), dir.resolve(names.get(0)));
        if (r.hasCarriers()) {
            Charts.writeSvg(map(r), dir.resolve(names.get(1)));
            Charts.writeSvg(conductivity(r), dir.resolve(names.get(2)));
            Charts.writeSvg(activation(r), dir.resolve(names.get(3)));
        }
        return names;
    }

    /** One-line summaries of the regimes for text output. */
    static List<String> regimeLines(BrouwerDiagram b) {
        List<String> out = new ArrayList<>();
        for (BrouwerDiagram.Regime g : b.regimes()) {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%8.3f .. %8.3f  %-28s slopes:",
                    g.from(), g.to(), g.condition()));
            g.rationalSlopes().forEach((kv, v) -> s.append(' ').append(kv).append(' ').append(v.fraction()));
            out.add(s.toString());
        }
        return out;
    }

    /** How the Fermi level was set, for text and the report. */
    static String fermiLevelOrigin(DefectStudyResult r) {
        if (r.fermiLevelFixed()) {
            return "fixed by a reservoir";
        }
        return r.settings().model().bandEdges() == null
                ? "the multiplier of charge neutrality: without band edges only mu_i - q mu_e matters"
                : "from charge neutrality";
    }
}
