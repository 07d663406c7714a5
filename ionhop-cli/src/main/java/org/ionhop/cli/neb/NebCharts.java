package org.ionhop.cli.neb;

import java.util.List;

import org.jfree.chart.JFreeChart;

import org.ionhop.cli.common.Charts;
import org.ionhop.neb.NebResult;

/** The NEB figure, shared by {@code ionhop neb} and the report's NEB section. */
final class NebCharts {
    private NebCharts() {
    }

    /** Energy against reaction coordinate: the images and the cubic Hermite profile through them. */
    static JFreeChart profile(NebResult r) {
        double[] s = new double[r.images().size()];
        double[] e = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = r.images().get(i).reactionCoordinateA();
            e[i] = r.images().get(i).energyEv();
        }
        return Charts.xy("NEB energy profile", "reaction coordinate (Å)", "E - E(image 0) (eV)", false, false,
                List.of(Charts.Series.line("cubic Hermite spline (tangent forces)", r.splineS(), r.splineE()),
                        Charts.Series.points("images", s, e, null)));
    }
}
