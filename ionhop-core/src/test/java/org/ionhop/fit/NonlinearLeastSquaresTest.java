package org.ionhop.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The least-squares engine under the CNLS fit, checked on NIST StRD certified data before it meets spectra:
 * Misra1a (https://www.itl.nist.gov/div898/strd/nls/data/misra1a.shtml, lower difficulty),
 * y = b1 (1 - exp(-b2 x)), from both NIST starting points.
 */
class NonlinearLeastSquaresTest {
    private static final double[] X = {77.6, 114.9, 141.1, 190.8, 239.9, 289.0, 332.8, 378.4, 434.8, 477.3, 536.8,
        593.1, 689.1, 760.0};
    private static final double[] Y = {10.07, 14.73, 17.94, 23.93, 29.61, 35.18, 40.02, 44.82, 50.76, 55.05, 61.01,
        66.40, 75.47, 81.78};
    // NIST certified values
    private static final double B1 = 2.3894212918E+02;
    private static final double B2 = 5.5015643181E-04;
    private static final double SD1 = 2.7070075241E+00;
    private static final double SD2 = 7.2668688436E-06;
    private static final double SSE = 1.2455138894E-01;

    private static void residuals(double[] b, double[] out) {
        for (int i = 0; i < X.length; i++) {
            out[i] = Y[i] - b[0] * (1 - Math.exp(-b[1] * X[i]));
        }
    }

    @Test
    void misra1aFromBothNistStartsMatchesCertifiedValues() {
        for (double[] start : new double[][] {{500, 1e-4}, {250, 5e-4}}) {
            NonlinearLeastSquares.Result r = NonlinearLeastSquares.minimize(NonlinearLeastSquaresTest::residuals,
                    X.length, start, 1000).orElseThrow();
            // NIST asks for 4-6 significant digits; central differences give more
            assertThat(r.point()[0]).isCloseTo(B1, within(1e-6 * B1));
            assertThat(r.point()[1]).isCloseTo(B2, within(1e-6 * B2));
            assertThat(r.chiSquare()).isCloseTo(SSE, within(1e-7 * SSE));
            assertThat(r.error(0)).isCloseTo(SD1, within(1e-4 * SD1));
            assertThat(r.error(1)).isCloseTo(SD2, within(1e-4 * SD2));
            assertThat(r.dof()).isEqualTo(12);
        }
    }

    @Test
    void undeterminedParameterGetsInfiniteError() {
        // the model depends on b0 + b1 only: the sum is determined, each part is not
        NonlinearLeastSquares.Result r = NonlinearLeastSquares.minimize((b, out) -> {
            for (int i = 0; i < X.length; i++) {
                out[i] = Y[i] - (b[0] + b[1]) * X[i] / 10;
            }
        }, X.length, new double[] {1, 1}, 100).orElseThrow();
        assertThat(r.error(0)).isInfinite();
    }

    @Test
    void tooFewResidualsIsRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NonlinearLeastSquares.minimize((b, o) -> { },
                1, new double[] {1, 2}, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
