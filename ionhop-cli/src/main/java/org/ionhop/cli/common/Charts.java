package org.ionhop.cli.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Publication-style plots with JFreeChart, written as SVG (through VectorGraphics2D) or PNG, atomically.
 * The builders cover what ionhop draws: x-y curves on linear or log axes with optional error bars,
 * Arrhenius plots against 1000/T with the temperature on a top axis, and equal-aspect Nyquist plots.
 */
public final class Charts {
    /** Default figure size in pixels (points in SVG). */
    public static final int WIDTH = 640;
    /** Default figure height. */
    public static final int HEIGHT = 440;

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};

    /** Guards VectorGraphics2D's shared number format (see {@link #writeSvg(JFreeChart, Path, int, int)}). */
    private static final Object SVG_PROCESSOR_LOCK = new Object();

    static {
        // JFreeChart draws rotated text (the y-axis titles) through a TextLayout by default, a workaround for a
        // Java 1.4 bug; VectorGraphics2D can write a TextLayout only as glyph outlines. Drawn as a string under the
        // rotation it is written as a <text> element, cheaper and searchable. The setting is JFreeChart's one
        // process-wide switch and ionhop sets it here only.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Charts() {
    }

    /** How a series is drawn. */
    public enum Style { LINE, POINTS, LINE_AND_POINTS }

    /**
     * One data series.
     *
     * @param name  legend entry
     * @param x     abscissae
     * @param y     ordinates
     * @param yErr  standard errors of y (drawn as bars), or null
     * @param style how to draw it
     */
    public record Series(String name, double[] x, double[] y, double[] yErr, Style style) {
        /** A line without error bars. */
        public static Series line(String name, double[] x, double[] y) {
            return new Series(name, x, y, null, Style.LINE);
        }

        /** Points, with error bars when yErr is not null. */
        public static Series points(String name, double[] x, double[] y, double[] yErr) {
            return new Series(name, x, y, yErr, Style.POINTS);
        }
    }

    /** An x-y chart; log axes skip non-positive values. */
    public static JFreeChart xy(String title, String xLabel, String yLabel, boolean logX, boolean logY,
                                List<Series> series) {
        ValueAxis xAxis = axis(xLabel, logX);
        ValueAxis yAxis = axis(yLabel, logY);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(xAxis);
        plot.setRangeAxis(yAxis);
        for (int i = 0; i < series.size(); i++) {
            addSeries(plot, i, series.get(i), logX, logY);
        }
        return finish(title, plot, series.size() > 1);
    }

    private static void addSeries(XYPlot plot, int i, Series s, boolean logX, boolean logY) {
        Color color = PALETTE[i % PALETTE.length];
        if (s.yErr() != null) {
            YIntervalSeries ys = new YIntervalSeries(s.name());
            for (int k = 0; k < s.x().length; k++) {
                double lo = s.y()[k] - s.yErr()[k];
                double hi = s.y()[k] + s.yErr()[k];
                if (ok(s.x()[k], logX) && ok(s.y()[k], logY)) {
                    ys.add(s.x()[k], s.y()[k], logY && lo <= 0 ? s.y()[k] * 1e-3 : lo, hi);
                }
            }
            YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
            ds.addSeries(ys);
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setDefaultLinesVisible(s.style() != Style.POINTS);
            r.setSeriesPaint(0, color);
            r.setErrorPaint(color);
            r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            plot.setDataset(i, ds);
            plot.setRenderer(i, r);
        } else {
            XYSeries xs = new XYSeries(s.name(), false, true);
            for (int k = 0; k < s.x().length; k++) {
                if (ok(s.x()[k], logX) && ok(s.y()[k], logY)) {
                    xs.add(s.x()[k], s.y()[k]);
                }
            }
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(s.style() != Style.POINTS,
                    s.style() != Style.LINE);
            r.setSeriesPaint(0, color);
            r.setSeriesStroke(0, new BasicStroke(1.6f));
            r.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
            plot.setDataset(i, new XYSeriesCollection(xs));
            plot.setRenderer(i, r);
        }
    }

    private static boolean ok(double v, boolean log) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    private static ValueAxis axis(String label, boolean log) {
        if (log) {
            LogAxis a = new TextLabelLogAxis(label);
            a.setBase(10);
            a.setSmallestValue(1e-300);
            // Ticks on whole decades only (1E-3, 1E-2 ...): labels at 3.98E-3 and the like are unreadable.
            org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
            for (int step : new int[] {1, 2, 3, 4, 5, 10, 20, 50}) {
                units.add(new NumberTickUnit(step, new java.text.DecimalFormat("0E0")));
            }
            a.setStandardTickUnits(units);
            a.setMinorTickCount(9);
            a.setMinorTickMarksVisible(true);
            a.setNumberFormatOverride(new java.text.DecimalFormat("0E0"));
            return a;
        }
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    /**
     * A log axis whose tick labels are plain strings. JFreeChart's {@link LogAxis} draws its labels as attributed
     * strings through {@code TextLayout}, which VectorGraphics2D can only write as glyph outlines: a path of some
     * hundred coordinates per label instead of a {@code <text>} element. The labels here carry no superscripts (the
     * format is "0E0"), so the same text and font drawn as a string looks the same and is written as text.
     */
    private static final class TextLabelLogAxis extends LogAxis {
        private static final long serialVersionUID = 1L;

        TextLabelLogAxis(String label) {
            super(label);
        }

        @Override
        @SuppressWarnings("rawtypes") // JFreeChart declares the raw List it overrides
        public java.util.List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
                                           Rectangle2D dataArea, org.jfree.chart.ui.RectangleEdge edge) {
            java.util.List<org.jfree.chart.axis.ValueTick> out = new java.util.ArrayList<>();
            for (Object o : super.refreshTicks(g2, state, dataArea, edge)) {
                if (o instanceof org.jfree.chart.axis.LogTick t) {
                    out.add(new org.jfree.chart.axis.NumberTick(t.getTickType(), t.getValue(),
                            plain(t.getAttributedLabel()), t.getTextAnchor(), t.getRotationAnchor(), t.getAngle()));
                } else {
                    out.add((org.jfree.chart.axis.ValueTick) o);
                }
            }
            return out;
        }

        private static String plain(java.text.AttributedString s) {
            if (s == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            java.text.AttributedCharacterIterator it = s.getIterator();
            for (char c = it.first(); c != java.text.CharacterIterator.DONE; c = it.next()) {
                sb.append(c);
            }
            return sb.toString();
        }
    }

    private static JFreeChart finish(String title, XYPlot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlinePaint(Color.DARK_GRAY);
        JFreeChart chart = new JFreeChart(title, new Font("SansSerif", Font.BOLD, 14), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Shades an x range (e.g. the fitted window of an MSD) on a chart built by {@link #xy}. */
    public static void markRange(JFreeChart chart, double from, double to, String label) {
        IntervalMarker m = new IntervalMarker(from, to, new Color(0x1f, 0x77, 0xb4, 40));
        m.setLabel(label);
        m.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        chart.getXYPlot().addDomainMarker(m, Layer.BACKGROUND);
    }

    /**
     * An Arrhenius plot: y (log scale) against 1000/T (1/K), with the temperature in K on a top axis.
     * The series' x values must already be 1000/T.
     */
    public static JFreeChart arrhenius(String title, String yLabel, List<Series> series) {
        JFreeChart chart = xy(title, "1000 / T (1/K)", yLabel, false, true, series);
        XYPlot plot = chart.getXYPlot();
        NumberAxis bottom = (NumberAxis) plot.getDomainAxis();
        NumberAxis top = new NumberAxis("T (K)") {
            private static final long serialVersionUID = 1L;

            @Override
            @SuppressWarnings("rawtypes") // JFreeChart declares the raw List it overrides
            public java.util.List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
                                               Rectangle2D dataArea, org.jfree.chart.ui.RectangleEdge edge) {
                java.util.List<org.jfree.chart.axis.NumberTick> ticks = new java.util.ArrayList<>();
                double lo = getLowerBound();
                double hi = getUpperBound();
                double tMin = 1000 / hi;
                double tMax = 1000 / lo;
                double step = niceStep((tMax - tMin) / 6);
                for (double t = Math.ceil(tMin / step) * step; t <= tMax; t += step) {
                    double x = 1000 / t;
                    if (x >= lo && x <= hi) {
                        ticks.add(new org.jfree.chart.axis.NumberTick(x, String.format(Locale.ROOT, "%.0f", t),
                                org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER, org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER,
                                0.0));
                    }
                }
                return ticks;
            }
        };
        top.setRange(bottom.getRange());
        plot.setDomainAxis(1, top);
        plot.setDomainAxisLocation(1, AxisLocation.TOP_OR_LEFT);
        bottom.addChangeListener(e -> top.setRange(bottom.getRange()));
        return chart;
    }

    private static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 100;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        double nice = f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10;
        return nice * p;
    }

    /**
     * Makes both axes show the same data units per pixel (Nyquist plots must not distort arcs): renders
     * once to find the data area, then widens the range of the axis that is too compressed.
     */
    public static void equalAspect(JFreeChart chart, int width, int height) {
        XYPlot plot = chart.getXYPlot();
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        g.dispose();
        Rectangle2D area = info.getPlotInfo().getDataArea();
        ValueAxis x = plot.getDomainAxis();
        ValueAxis y = plot.getRangeAxis();
        double ux = x.getRange().getLength() / area.getWidth();
        double uy = y.getRange().getLength() / area.getHeight();
        double u = Math.max(ux, uy);
        double cx = x.getRange().getCentralValue();
        double cy = y.getRange().getCentralValue();
        x.setRange(cx - u * area.getWidth() / 2, cx + u * area.getWidth() / 2);
        y.setRange(cy - u * area.getHeight() / 2, cy + u * area.getHeight() / 2);
    }

    /** A fixed tick unit for a linear axis (for example equal ticks on Nyquist axes). */
    public static void tickUnit(ValueAxis axis, double unit) {
        if (axis instanceof NumberAxis n) {
            n.setTickUnit(new NumberTickUnit(unit));
        }
    }

    /** Writes a chart as SVG, atomically. */
    public static void writeSvg(JFreeChart chart, Path target, int width, int height) {
        VectorGraphics2D g = new PhysicalFontGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        Document doc;
        // VectorGraphics2D formats every coordinate with one static DecimalFormat, which is not thread-safe, and
        // commands draw their figures in parallel: one document at a time.
        synchronized (SVG_PROCESSOR_LOCK) {
            doc = new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width, height));
        }
        java.io.ByteArrayOutputStream svg = new java.io.ByteArrayOutputStream();
        try {
            doc.writeTo(svg);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] bytes = withDefaultFont(svg.toString(java.nio.charset.StandardCharsets.UTF_8))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> out.write(bytes));
    }

    /**
     * States the default font on the root element. VectorGraphics2D writes no family or size for text in the
     * default font (Dialog 12), so a browser drew it in its own default (16 px): wider than the 12 px JFreeChart
     * measured, and the legend entries, laid out side by side with those widths, ran into each other (issue 18).
     */
    static String withDefaultFont(String svg) {
        Font dialog = PhysicalFonts.of(new Font(Font.DIALOG, Font.PLAIN, DEFAULT_FONT_PX));
        String style = " style=\"font-family:&quot;" + dialog.getFamily(Locale.ROOT) + "&quot;,sans-serif;font-size:"
                + DEFAULT_FONT_PX + "px\"";
        int root = svg.indexOf("<svg ");
        return root < 0 ? svg : svg.substring(0, root + 4) + style + svg.substring(root + 4);
    }

    /** The size of VectorGraphics2D's default font, which it leaves unstated in the SVG. */
    private static final int DEFAULT_FONT_PX = 12;

    /** Writes a chart as SVG at the default size. */
    public static void writeSvg(JFreeChart chart, Path target) {
        writeSvg(chart, target, WIDTH, HEIGHT);
    }

    /**
     * VectorGraphics2D that hands every text a physical font family (for example "DejaVu Sans" for "SansSerif").
     *
     * <p>Why: VectorGraphics2D's SVG processor names a font family in the file for each drawn string, and for a
     * logical family (Dialog, SansSerif, Serif, Monospaced) it searches for the physical font with the same metrics
     * by laying the string "Falsches Üben ..." out in every font installed on the machine
     * ({@code GraphicsUtils.getPhysicalFont}). That search, repeated for each of the hundred-odd strings of a chart,
     * was most of the time of a figure (profile of issue 18). Here it runs once per font through
     * {@link PhysicalFonts}; the SVG names the same family as before and the metrics JFreeChart measures with are
     * those of the font that was chosen anyway. The default font (Dialog 12) is left as it is: the processor writes no
     * family for it and so never searches.
     */
    private static final class PhysicalFontGraphics extends VectorGraphics2D {
        @Override
        public void setFont(Font font) {
            super.setFont(font == null ? null : PhysicalFonts.of(font));
        }
    }

    /** Writes a chart as PNG, atomically. */
    public static void writePng(JFreeChart chart, Path target, int width, int height) {
        AtomicFiles.write(target, out -> org.jfree.chart.ChartUtils.writeChartAsPNG(out, chart, width, height));
    }
}
