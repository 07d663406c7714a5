package org.ionhop.cli.mesoscale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;

import org.ionhop.cli.common.Charts;
import org.ionhop.mesoscale.CompositeData;
import org.ionhop.mesoscale.CompositePoint;
import org.ionhop.mesoscale.CompositeResult;
import org.ionhop.mesoscale.FractionType;
import org.ionhop.mesoscale.NetworkPoint;

/** Figures of the composite analysis, drawn with the shared {@link Charts} builders. */
final class CompositeCharts {
    private CompositeCharts() {
    }

    private static String axis(CompositeResult r) {
        return r.settings().fractionType() == FractionType.WEIGHT ? "filler weight fraction"
                : "filler volume fraction";
    }

    /** sigma against filler fraction on a log axis: the model curve, the measured points and the network. */
    static JFreeChart sigma(CompositeResult r, CompositeData data, List<CompositePoint> fitted,
                            List<NetworkPoint> network) {
        List<Charts.Series> series = new ArrayList<>();
        List<CompositePoint> curve = r.curve();
        double[] x = new double[curve.size()];
        double[] y = new double[curve.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = curve.get(i).fraction();
            y[i] = curve.get(i).sigmaSCm();
        }
        series.add(Charts.Series.line(r.settings().model().label(), x, y));
        if (fitted != null) {
            double[] fx = new double[fitted.size()];
            double[] fy = new double[fitted.size()];
            for (int i = 0; i < fx.length; i++) {
                fx[i] = fitted.get(i).fraction();
                fy[i] = fitted.get(i).sigmaSCm();
            }
            series.add(Charts.Series.line("fitted shell", fx, fy));
        }
        if (data != null) {
            series.add(Charts.Series.points("measured", data.fractions(), data.sigmaSCm(), data.sigmaErrSCm()));
        }
        if (network != null) {
            double[] nx = new double[network.size()];
            double[] ny = new double[network.size()];
            double[] ne = new double[network.size()];
            for (int i = 0; i < nx.length; i++) {
                nx[i] = network.get(i).fraction();
                ny[i] = network.get(i).sigmaSCm().value();
                ne[i] = network.get(i).sigmaSCm().err();
            }
            series.add(Charts.Series.points("resistor network", nx, ny, ne));
        }
        JFreeChart chart = Charts.xy(String.format(Locale.ROOT, "Composite conductivity at %.0f K",
                r.settings().referenceTemperatureK()), axis(r), "sigma (S/cm)", false, true, series);
        Charts.markRange(chart, r.maximum().fraction() - 0.002, r.maximum().fraction() + 0.002, "maximum");
        return chart;
    }

    /** Apparent activation energy against filler fraction, one line per temperature. */
    static JFreeChart activation(CompositeResult r) {
        List<Charts.Series> series = new ArrayList<>();
        List<CompositePoint> curve = r.curve();
        int nt = r.settings().temperaturesK().size();
        for (int t = 0; t < nt; t++) {
            double[] x = new double[curve.size()];
            double[] y = new double[curve.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = curve.get(i).fraction();
                y[i] = curve.get(i).sigmaT().get(t).eaEv();
            }
            series.add(Charts.Series.line(String.format(Locale.ROOT, "%.0f K", r.settings().temperaturesK().get(t)),
                    x, y));
        }
        return Charts.xy("Apparent activation energy", axis(r), "E_a (eV)", false, false, series);
    }
}
