package org.ionhop.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cheap SVG route of {@link Charts#writeSvg} (issue 18): physical fonts resolved once per font instead of per
 * string must give the very file VectorGraphics2D's own route gives, and log-axis labels are text, not outlines.
 */
class ChartsSvgTest {
    @TempDir
    Path tmp;

    private static List<Charts.Series> series() {
        double[] x = {1, 2, 3, 4, 5};
        return List.of(Charts.Series.points("data (Å², σ)", x, new double[] {2, 3, 5, 4, 6}, null),
                Charts.Series.line("fit", x, new double[] {2.2, 3.1, 4.0, 4.9, 5.8}));
    }

    /** The chart written the way Charts did before: plain VectorGraphics2D, whose processor resolves each font. */
    private static String plainRoute(JFreeChart chart) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        chart.draw(g, new Rectangle2D.Double(0, 0, Charts.WIDTH, Charts.HEIGHT));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, Charts.WIDTH, Charts.HEIGHT)).writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void linearChartComesOutByteForByteAsOnTheLibrarysOwnRoute() throws IOException {
        JFreeChart chart = Charts.xy("Title with Å", "x (Å)", "y (eV)", false, false, series());
        String expected = plainRoute(chart);
        Path f = tmp.resolve("c.svg");
        Charts.writeSvg(chart, f);
        assertThat(Files.readString(f)).isEqualTo(Charts.withDefaultFont(expected));
        assertThat(expected).contains("font-family:").contains(">Title with Å</text>");
    }

    /**
     * Text in the default font carries no size of its own in the SVG; the root must state the 12 px JFreeChart laid
     * it out with, or a browser draws it at 16 px and the legend entries run into each other (issue 18).
     */
    @Test
    void textWithoutItsOwnSizeInheritsTheSizeItWasLaidOutWith() throws IOException {
        JFreeChart chart = Charts.xy("T", "lag time (ps)", "MSD", false, false, series());
        Path f = tmp.resolve("font.svg");
        Charts.writeSvg(chart, f);
        String svg = Files.readString(f);
        Matcher root = Pattern.compile("<svg [^>]*style=\"([^\"]*)\"").matcher(svg);
        assertThat(root.find()).isTrue();
        assertThat(root.group(1)).contains("font-size:12px").contains("font-family:");
        Matcher legend = Pattern.compile("<text style=\"([^\"]*)\"[^>]*>fit</text>").matcher(svg);
        assertThat(legend.find()).isTrue();
        assertThat(legend.group(1)).doesNotContain("font-size"); // so it is the root's 12 px that applies
    }

    @Test
    void logAxisTickLabelsAreTextElements() throws IOException {
        JFreeChart chart = Charts.xy("log", "x", "y", false, true, List.of(Charts.Series.line("y",
                new double[] {1, 2, 3, 4}, new double[] {1e-3, 1e-2, 1e-1, 1})));
        Path f = tmp.resolve("log.svg");
        Charts.writeSvg(chart, f);
        String svg = Files.readString(f);
        Matcher m = Pattern.compile("<text[^>]*>1E-?\\d</text>").matcher(svg);
        int labels = 0;
        while (m.find()) {
            labels++;
        }
        // decades 1E-3 ... 1E0 are labelled; drawn as outlines they would be paths with no text at all
        assertThat(labels).isGreaterThanOrEqualTo(3);
        assertThat(plainRoute(chart)).as("the same chart on the library's route").contains("<text");
    }
}
