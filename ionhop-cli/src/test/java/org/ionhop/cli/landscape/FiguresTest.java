package org.ionhop.cli.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;
import org.ionhop.cli.common.Charts;
import org.ionhop.io.ProgressListener;
import org.ionhop.landscape.BvseSettings;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.landscape.LandscapeResult;
import org.ionhop.structure.Element;
import org.ionhop.structure.StructureReader;

/**
 * Issue 18, figures: the BVSE slice is equal-aspect with a title that fits; legends sit outside the data area; md and
 * eis write distinct Arrhenius files into one folder; the EIS Arrhenius axis shows the fitted sigma T.
 */
class FiguresTest {
    @TempDir
    Path tmp;

    private static Rectangle2D draw(JFreeChart chart, int w, int h, ChartRenderingInfo info) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h), info);
        g.dispose();
        return info.getPlotInfo().getDataArea();
    }

    /** One Å is as many pixels across as up (to 1 %), and the title is narrower than the figure. */
    @Test
    void sliceIsEqualAspect() {
        LandscapeResult r = LandscapeAnalysis.run(StructureReader.read(Path.of("../examples/LiFePO4_pymatgen.cif")),
                BvseSettings.of(Element.Li).withGridSpacingA(0.5), ProgressListener.NONE);
        for (int[] size : new int[][] {{640, 560}, {Charts.WIDTH, Charts.HEIGHT}}) {
            JFreeChart c = LandscapePlots.slice(r, size[0], size[1]);
            ChartRenderingInfo info = new ChartRenderingInfo();
            Rectangle2D area = draw(c, size[0], size[1], info);
            XYPlot p = c.getXYPlot();
            double ux = p.getDomainAxis().getRange().getLength() / area.getWidth();
            double uy = p.getRangeAxis().getRange().getLength() / area.getHeight();
            assertThat(ux / uy).isCloseTo(1.0, within(0.01));
            var fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                    .getFontMetrics(c.getTitle().getFont());
            assertThat(fm.stringWidth(c.getTitle().getText())).isLessThan(size[0] - 40);
        }
    }

    /** The shared line/points chart keeps its legend outside the data area. */
    @Test
    void legendOutsideTheDataArea() {
        double[] x = {1, 2, 3, 4};
        JFreeChart c = Charts.xy("t", "x", "y", false, false, List.of(Charts.Series.line("first curve", x, x),
                Charts.Series.points("second data set", x, new double[] {4, 3, 2, 1}, null)));
        ChartRenderingInfo info = new ChartRenderingInfo();
        Rectangle2D area = draw(c, Charts.WIDTH, Charts.HEIGHT, info);
        int items = 0;
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof org.jfree.chart.entity.LegendItemEntity e) {
                Rectangle2D box = e.getArea().getBounds2D();
                assertThat(box.intersects(area)).as("legend item " + box + " vs data " + area).isFalse();
                items++;
            }
        }
        assertThat(items).isEqualTo(2);
    }

    /** md and eis in one folder: md_arrhenius.svg and eis_arrhenius.svg, the latter plotting sigma T. */
    @Test
    void arrheniusFilesAreDistinct() throws Exception {
        Path out = tmp.resolve("out");
        CliRun md = CliRun.of("md", "../examples/md/randomwalk_600K_vasprun.xml.gz",
                "../examples/md/randomwalk_800K_vasprun.xml.gz", "--ion", "Li", "-o", out.toString());
        assertThat(md.exitCode()).as(md.err()).isZero();
        CliRun eis = CliRun.of("eis", "../examples/eis/s04147-140deg.txt", "../examples/eis/s04147-180deg.txt",
                "--temperature-c", "140,180", "--circuit", "p(R1,CPE1)-p(R2,CPE2)-CPE3", "--thickness-cm", "0.21",
                "--diameter-cm", "0.8", "-o", out.toString());
        assertThat(eis.exitCode()).as(eis.err()).isZero();
        assertThat(out.resolve("md_arrhenius.svg")).exists();
        assertThat(out.resolve("eis_arrhenius.svg")).exists();
        assertThat(out.resolve("arrhenius.svg")).doesNotExist();
        assertThat(Files.readString(out.resolve("eis_arrhenius.svg"))).contains("sigma T (S K/cm)");
    }
}
