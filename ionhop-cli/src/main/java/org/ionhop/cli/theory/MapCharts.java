package org.ionhop.cli.theory;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import org.ionhop.cli.common.Charts;
import org.ionhop.defects.BrouwerDiagram;
import org.ionhop.defects.MechanismMap;

/**
 * The two figures of defect chemistry that {@link Charts} has no builder for: regime bands on a Brouwer diagram, and
 * the mechanism map drawn as bands (one horizontal band per temperature, coloured by the dominant carrier) so that
 * the SVG stays small.
 */
final class MapCharts {
    private static final Color[] BANDS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b)};

    private MapCharts() {
    }

    /** Alternate shading of the Brouwer regimes, boundaries as dashed lines, each labelled by its condition. */
    static void markRegimes(JFreeChart chart, List<BrouwerDiagram.Regime> regimes) {
        XYPlot plot = chart.getXYPlot();
        for (int i = 0; i < regimes.size(); i++) {
            BrouwerDiagram.Regime r = regimes.get(i);
            Color fill = i % 2 == 0 ? new Color(0x1f, 0x77, 0xb4, 30) : new Color(255, 255, 255, 0);
            IntervalMarker m = new IntervalMarker(Math.min(r.from(), r.to()), Math.max(r.from(), r.to()), fill);
            m.setLabel(r.condition());
            m.setLabelFont(new Font("SansSerif", Font.PLAIN, 10));
            m.setLabelAnchor(i % 2 == 0 ? RectangleAnchor.TOP : RectangleAnchor.BOTTOM);
            m.setLabelTextAnchor(i % 2 == 0 ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER);
            plot.addDomainMarker(m, Layer.BACKGROUND);
            if (i > 0) {
                ValueMarker b = new ValueMarker(r.from(), Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
                plot.addDomainMarker(b, Layer.FOREGROUND);
            }
        }
    }

    /** The mechanism map as bands plus the refined switch points. */
    static JFreeChart mechanismMap(String title, String xLabel, MechanismMap map) {
        JFreeChart chart = Charts.xy(title, xLabel, "T (K)", false, false,
                List.of(Charts.Series.line("", new double[0], new double[0])));
        XYPlot plot = chart.getXYPlot();
        double[] t = map.temperaturesK();
        double rowPx = 300.0 / Math.max(t.length, 1);
        int ds = 0;
        for (int c = 0; c < map.carriers().size(); c++) {
            XYSeriesCollection runs = new XYSeriesCollection();
            for (int it = 0; it < t.length; it++) {
                int ix = 0;
                while (ix < map.x().length) {
                    if (map.dominant()[it][ix] != c) {
                        ix++;
                        continue;
                    }
                    int start = ix;
                    while (ix < map.x().length && map.dominant()[it][ix] == c) {
                        ix++;
                    }
                    XYSeries s = new XYSeries(map.carriers().get(c) + " dominates#" + it + "_" + start, false, true);
                    s.add(edge(map.x(), start, true), t[it]);
                    s.add(edge(map.x(), ix - 1, false), t[it]);
                    runs.addSeries(s);
                }
            }
            if (runs.getSeriesCount() == 0) {
                continue;
            }
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            r.setDefaultPaint(BANDS[c % BANDS.length]);
            r.setAutoPopulateSeriesPaint(false);
            r.setDefaultStroke(new BasicStroke((float) Math.max(2, 0.9 * rowPx), BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER));
            r.setAutoPopulateSeriesStroke(false);
            r.setDefaultSeriesVisibleInLegend(false);
            r.setSeriesVisibleInLegend(0, true);
            r.setLegendTextFont(0, new Font("SansSerif", Font.PLAIN, 12));
            plot.setDataset(ds, renamedFirst(runs, map.carriers().get(c) + " dominates"));
            plot.setRenderer(ds, r);
            ds++;
        }
        if (!map.switches().isEmpty()) {
            XYSeries sw = new XYSeries("switch points (sigma_a = sigma_b)", false, true);
            map.switches().forEach(s -> sw.add(s.x(), s.temperatureK()));
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
            r.setSeriesPaint(0, Color.BLACK);
            r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            plot.setDataset(ds, new XYSeriesCollection(sw));
            plot.setRenderer(ds, r);
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(legend);
        double dx = 0.5 * Math.abs(map.x()[1] - map.x()[0]);
        plot.getDomainAxis().setRange(Math.min(map.x()[0], map.x()[map.x().length - 1]) - dx,
                Math.max(map.x()[0], map.x()[map.x().length - 1]) + dx);
        double dt = t.length > 1 ? 0.5 * (t[1] - t[0]) : 10;
        plot.getRangeAxis().setRange(t[0] - dt, t[t.length - 1] + dt);
        return chart;
    }

    /** Half-way to the neighbouring grid point, so that adjacent bands meet. */
    private static double edge(double[] x, int i, boolean left) {
        int j = left ? i - 1 : i + 1;
        if (j < 0 || j >= x.length) {
            return x[i] + (left ? -0.5 : 0.5) * (x[1] - x[0]);
        }
        return 0.5 * (x[i] + x[j]);
    }

    /** Gives the first series the legend name (series keys must be unique, so the rest keep their suffix). */
    private static XYSeriesCollection renamedFirst(XYSeriesCollection runs, String legend) {
        XYSeriesCollection out = new XYSeriesCollection();
        for (int i = 0; i < runs.getSeriesCount(); i++) {
            XYSeries s = runs.getSeries(i);
            if (i == 0) {
                XYSeries first = new XYSeries(legend, false, true);
                for (int k = 0; k < s.getItemCount(); k++) {
                    first.add(s.getDataItem(k));
                }
                out.addSeries(first);
            } else {
                out.addSeries(s);
            }
        }
        return out;
    }
}
