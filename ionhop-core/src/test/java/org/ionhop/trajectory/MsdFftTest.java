package org.ionhop.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The FFT MSD against the naive O(N^2) sum over all time origins. */
class MsdFftTest {
    @Test
    void fftMatchesNaiveSumEvenFarFromTheOrigin() {
        // A walk offset by 1e4 Å: without centring, S1 and 2 S2 (each ~1e8 Å^2) would cancel at small lags.
        double[][] p = Walks.brownian(1, 1001, 0.5, 0.1, 11);
        double[] x = new double[p.length];
        double meanSquare = 0;
        for (int f = 0; f < p.length; f++) {
            x[f] = p[f][0] + 1e4;
            meanSquare += x[f] * x[f] / p.length;
        }
        double[] fft = new double[x.length];
        new MsdFft(x.length).accumulate(x, 1.0, fft);
        double[] naive = Walks.naiveMsd(x);
        // Bound: double rounding of sums of N terms of size <x^2>: a few ulps of <x^2> times log N.
        double bound = 1e-13 * meanSquare;
        for (int m = 1; m < x.length; m++) {
            assertThat(Math.abs(fft[m] - naive[m])).as("lag %d", m).isLessThan(bound);
        }
    }

    @Test
    void calculatorTracerAndCollectiveMatchNaive() {
        int ions = 4;
        int frames = 300;
        double[][] p = Walks.brownian(ions, frames, 0.2, 0.1, 5);
        try (Displacements d = Displacements.fromPositions(p, Walks.species("Li", ions), Walks.cube(20), 0.1, 300)) {
            Msd msd = MsdCalculator.compute(d, Map.of("Li", 1.0));
            double[] naiveTracerX = new double[frames];
            double[] sumX = new double[frames];
            for (int i = 0; i < ions; i++) {
                double[] x = new double[frames];
                for (int f = 0; f < frames; f++) {
                    x[f] = p[f][3 * i];
                    sumX[f] += x[f];
                }
                double[] n = Walks.naiveMsd(x);
                for (int m = 0; m < frames; m++) {
                    naiveTracerX[m] += n[m] / ions;
                }
            }
            double[] naiveColl = Walks.naiveMsd(sumX);
            for (int m = 1; m < frames; m++) {
                assertThat(msd.tracer()[0][0][m]).isCloseTo(naiveTracerX[m], org.assertj.core.data.Offset.offset(1e-9));
                assertThat(msd.collective()[0][0][m]).isCloseTo(naiveColl[m] / ions,
                        org.assertj.core.data.Offset.offset(1e-9));
                assertThat(msd.charge()[0][m]).isCloseTo(naiveColl[m] / ions, org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }
}
