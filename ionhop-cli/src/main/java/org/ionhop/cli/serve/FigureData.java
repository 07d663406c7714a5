package org.ionhop.cli.serve;

import java.util.Collection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

import org.ionhop.cli.common.Json;

/**
 * The curves of a command's static figure as JSON for the interactive plots of the web app. The figure is the very
 * chart object the command draws as SVG with {@code -o} (handed over through
 * {@link org.ionhop.cli.common.OutputOptions#figures}), so the points, the axis titles (with their units) and the
 * log axes are those of the SVG by construction: nothing is computed twice.
 *
 * <p>Shape: {@code {file, title, x: {label, log}, y: {label, log}, series: [{name, lines, markers, x, y,
 * err?}], bands: [{from, to, label}]}}; {@code err} is the half-width of the error bar where the figure draws one.
 * Figures that are not x-y curves (the colour map of {@code defects}) are left out.
 */
final class FigureData {
    private FigureData() {
    }

    /** The figure as JSON, or null when it has no x-y curves to plot. */
    static ObjectNode of(String fileName, JFreeChart chart) {
        if (!(chart.getPlot() instanceof XYPlot plot)) {
            return null;
        }
        ObjectNode o = Json.object();
        o.put("file", fileName);
        o.put("title", chart.getTitle() == null ? "" : chart.getTitle().getText());
        axis(o.putObject("x"), plot.getDomainAxis());
        axis(o.putObject("y"), plot.getRangeAxis());
        ArrayNode series = o.putArray("series");
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset ds = plot.getDataset(d);
            if (ds == null) {
                continue;
            }
            if (ds instanceof XYZDataset) {
                return null;  // a colour map, not curves
            }
            XYItemRenderer r = plot.getRenderer(d);
            for (int s = 0; s < ds.getSeriesCount(); s++) {
                series.add(series(ds, s, r));
            }
        }
        ArrayNode bands = o.putArray("bands");
        bands(bands, plot.getDomainMarkers(Layer.BACKGROUND));
        bands(bands, plot.getDomainMarkers(Layer.FOREGROUND));
        return series.isEmpty() ? null : o;
    }

    private static void axis(ObjectNode o, ValueAxis a) {
        o.put("label", a.getLabel());
        o.put("log", a instanceof LogAxis);
    }

    private static ObjectNode series(XYDataset ds, int s, XYItemRenderer r) {
        ObjectNode o = Json.object();
        o.put("name", String.valueOf(ds.getSeriesKey(s)));
        boolean lines = true;
        boolean markers = false;
        if (r instanceof XYLineAndShapeRenderer lr) {
            lines = lr.getSeriesLinesVisible(s) != null ? lr.getSeriesLinesVisible(s) : lr.getDefaultLinesVisible();
            markers = lr.getSeriesShapesVisible(s) != null ? lr.getSeriesShapesVisible(s)
                    : lr.getDefaultShapesVisible();
        }
        boolean errors = ds instanceof IntervalXYDataset;
        o.put("lines", lines);
        o.put("markers", markers);
        ArrayNode x = o.putArray("x");
        ArrayNode y = o.putArray("y");
        ArrayNode err = errors ? o.putArray("err") : null;
        for (int i = 0; i < ds.getItemCount(s); i++) {
            x.add(ds.getXValue(s, i));
            double yi = ds.getYValue(s, i);
            y.add(yi);
            if (err != null) {
                // the figure's bar is [y - err, y + err]; the upper end is exact (the lower one is clipped on log axes)
                err.add(((IntervalXYDataset) ds).getEndYValue(s, i) - yi);
            }
        }
        return o;
    }

    private static void bands(ArrayNode out, Collection<?> markers) {
        if (markers == null) {
            return;
        }
        for (Object m : markers) {
            if (m instanceof IntervalMarker im) {
                ObjectNode b = out.addObject();
                b.put("from", im.getStartValue());
                b.put("to", im.getEndValue());
                b.put("label", im.getLabel() == null ? "" : im.getLabel());
            }
        }
    }
}
