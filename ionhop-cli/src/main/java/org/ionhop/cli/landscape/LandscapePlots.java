package org.ionhop.cli.landscape;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYDataImageAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;

import org.ionhop.cli.common.Charts;
import org.ionhop.grid.PeriodicGrid;
import org.ionhop.landscape.HopProfile;
import org.ionhop.landscape.LandscapeResult;

/** The two plots of a BVSE run: the energy profile along the lowest path, and a slice of the landscape. */
final class LandscapePlots {
    private static final String[] AXES = {"a", "b", "c"};

    private LandscapePlots() {
    }

    /** Energy along the lowest wrapping path (or along the lowest hop when nothing percolates in the network). */
    static JFreeChart profile(LandscapeResult r) {
        HopProfile p = r.lowestPath() != null ? r.lowestPath()
                : r.hopProfiles().isEmpty() ? null : r.hopProfiles().get(0);
        String title = r.lowestPath() != null ? "Energy along the lowest 1D path" : "Energy along the lowest hop";
        List<Charts.Series> series = p == null ? List.of()
                : List.of(Charts.Series.line(r.model().mobile().symbol() + " (BVSE)", p.distanceA(), p.energyEv()));
        return Charts.xy(title, "distance along path (Å)", "E − E_min (eV)", false, false, series);
    }

    /** The two axes (0, 1, 2 = a, b, c) of the slice: the 1D direction and the next axis, or a and b. */
    static int[] sliceAxes(LandscapeResult r) {
        int[][] w = r.barriers().wrapping(1);
        if (w != null) {
            int[] v = w[0];
            int nonzero = 0;
            int axis = -1;
            for (int c = 0; c < 3; c++) {
                if (v[c] != 0) {
                    nonzero++;
                    axis = c;
                }
            }
            if (nonzero == 1) {
                int other = (axis + 1) % 3;
                return axis < other ? new int[] {axis, other} : new int[] {other, axis};
            }
        }
        return new int[] {0, 1};
    }

    /** A slice through the global minimum for the default figure size. */
    static JFreeChart slice(LandscapeResult r) {
        return slice(r, Charts.WIDTH, Charts.HEIGHT);
    }

    /**
     * A slice through the global minimum, spanned by {@link #sliceAxes}, energies clipped for contrast; equal
     * aspect (one Å is as long across as up) for a figure of {@code width} x {@code height} pixels.
     */
    static JFreeChart slice(LandscapeResult r, int width, int height) {
        PeriodicGrid g = r.grid();
        int[] ax = sliceAxes(r);
        int fixed = 3 - ax[0] - ax[1];
        int[] n = {g.na(), g.nb(), g.nc()};
        int argMin = g.argMin();
        int[] idx = {argMin / (g.nb() * g.nc()), (argMin / g.nc()) % g.nb(), argMin % g.nc()};
        double[] len = {g.lattice().a(), g.lattice().b(), g.lattice().c()};
        double min = g.min();
        double b1 = r.barriers().barrier(1);
        double clip = Double.isNaN(b1) ? 2.0 : Math.min(2.0, Math.max(0.5, 2 * b1));
        int n1 = n[ax[0]];
        int n2 = n[ax[1]];
        Viridis scale = new Viridis(clip);
        // the slice as one raster image stretched over the data area (an SVG of one rectangle per grid
        // point would be megabytes and slow to draw); rows of the image run from the top (high y) down
        BufferedImage img = new BufferedImage(n1, n2, BufferedImage.TYPE_INT_RGB);
        int[] p = idx.clone();
        for (int i = 0; i < n1; i++) {
            for (int j = 0; j < n2; j++) {
                p[ax[0]] = i;
                p[ax[1]] = j;
                p[fixed] = idx[fixed];
                Color c = (Color) scale.getPaint(Math.min(clip, g.at(p[0], p[1], p[2]) - min));
                img.setRGB(i, n2 - 1 - j, c.getRGB());
            }
        }
        NumberAxis x = new NumberAxis("along " + AXES[ax[0]] + " (Å)");
        NumberAxis y = new NumberAxis("along " + AXES[ax[1]] + " (Å)");
        x.setRange(0, len[ax[0]]);
        y.setRange(0, len[ax[1]]);
        x.setAutoRange(false);
        y.setAutoRange(false);
        XYPlot plot = new XYPlot(new DefaultXYDataset(), x, y, new XYLineAndShapeRenderer(false, false));
        // the image sits in data coordinates (0..a, 0..b), so that equal aspect can widen an axis past the cell
        // without stretching the landscape
        plot.addAnnotation(new XYDataImageAnnotation(img, 0, 0, len[ax[0]], len[ax[1]]), false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        // short title (it must fit the figure) and the details as a subtitle
        String title = String.format(Locale.ROOT, "BVSE %s: %s%s slice at %s = %.3f", r.model().mobile().symbol(),
                AXES[ax[0]], AXES[ax[1]], AXES[fixed], (double) idx[fixed] / n[fixed]);
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 12), plot, false);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "E − E_min, clipped at %.2f eV", clip),
                new Font("SansSerif", Font.PLAIN, 11)));
        chart.setBackgroundPaint(Color.WHITE);
        NumberAxis legendAxis = new NumberAxis("eV");
        legendAxis.setRange(0, clip);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 4, 4);
        legend.setStripWidth(12);
        chart.addSubtitle(legend);
        x.setAutoRange(false);
        Charts.equalAspect(chart, width, height);
        return chart;
    }

    /** A viridis-like colour ramp from 0 to max (low energy dark purple, high yellow). */
    private record Viridis(double max) implements PaintScale {
        private static final int[][] STOPS = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return max;
        }

        @Override
        public Paint getPaint(double value) {
            double u = Math.max(0, Math.min(1, value / max)) * (STOPS.length - 1);
            int k = Math.min(STOPS.length - 2, (int) Math.floor(u));
            double f = u - k;
            int[] a = STOPS[k];
            int[] b = STOPS[k + 1];
            return new Color((int) Math.round(a[0] + f * (b[0] - a[0])), (int) Math.round(a[1] + f * (b[1] - a[1])),
                    (int) Math.round(a[2] + f * (b[2] - a[2])));
        }
    }
}
