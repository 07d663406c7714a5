package org.ionhop.nmr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Issue 18, section 5: a rising PFG decay is refused instead of giving D* = 1e-32 +- Infinity, and fits that are not
 * fits (D* unresolved, a lineshape component far outside the spectrum, infinite errors) carry warnings, while sound
 * fits carry none.
 */
class NotAFitTest {
    private static final double[] B = {0, 1e10, 2e10, 4e10, 6e10, 8e10, 1e11};

    /** S rising with b cannot come from S0 exp(-D b) with D >= 0: bad input, one line naming the problem. */
    @Test
    void risingPfgSignalIsRefused() {
        double[] s = new double[B.length];
        for (int i = 0; i < B.length; i++) {
            s[i] = 100 * Math.exp(+2e-12 * B[i]);
        }
        assertThatThrownBy(() -> StejskalTanner.fit(B, s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rises with b");
    }

    /** A clean decay (D = 1e-11 m^2/s, falls to exp(-1)) gives D back and no warning. */
    @Test
    void soundDecayHasNoWarning() {
        double d = 1e-11;
        double[] s = new double[B.length];
        Random rnd = new Random(18);
        for (int i = 0; i < B.length; i++) {
            s[i] = 100 * Math.exp(-d * B[i]) * (1 + 1e-3 * rnd.nextGaussian());
        }
        PfgResult r = PfgResult.of(StejskalTanner.fit(B, s));
        assertThat(r.diffusivityCm2PerS().value()).isCloseTo(d * 1e4, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(r.warnings()).isEmpty();
    }

    /** A decay of 0.01 % over the data (D b_max = 1e-4) within 0.1 % noise: D* is not resolved, say so. */
    @Test
    void unresolvedDecayIsFlagged() {
        double d = 1e-15;
        double[] s = new double[B.length];
        for (int i = 0; i < B.length; i++) {
            s[i] = 100 * Math.exp(-d * B[i]) * (1 + (i % 2 == 0 ? 1e-5 : -1e-5));
        }
        PfgResult r = PfgResult.of(StejskalTanner.fit(B, s));
        assertThat(r.warnings()).anyMatch(w -> w.contains("not resolved"));
    }

    /** The reported case: 100 % of the area in a component at -9e5 ppm of a spectrum recorded from -50 to 50 ppm. */
    @Test
    void lineshapeComponentOutsideTheSpectrumIsFlagged() {
        double[] x = new double[101];
        double[] y = new double[101];
        for (int i = 0; i < x.length; i++) {
            x[i] = -50 + i;
            y[i] = LineShape.LORENTZIAN.value(x[i], 0, 5, 0);
        }
        LineshapeFit bad = new LineshapeFit(List.of(LineShape.LORENTZIAN, LineShape.GAUSSIAN),
                new double[] {1e-9, 1}, new double[] {1e-9, Double.POSITIVE_INFINITY}, new double[] {0, -9e5},
                new double[] {0.1, 1e3}, new double[] {5, 2e6}, new double[] {0.1, 1e4},
                new double[] {Double.NaN, Double.NaN}, new double[] {0, 1}, new double[] {0, 0}, 1, 95);
        List<String> w = LineshapeResult.of(x, y, bad).warnings();
        assertThat(w).anyMatch(s -> s.contains("component 2 centre") && s.contains("outside the data"));
        assertThat(w).anyMatch(s -> s.contains("component 2 width") && s.contains("ten times"));
        assertThat(w).anyMatch(s -> s.contains("component 2 area") && s.contains("Infinity"));
        assertThat(w).noneMatch(s -> s.contains("component 1"));
        LineshapeFit good = LineshapeFit.fit(x, y, List.of(LineShape.LORENTZIAN), null);
        assertThat(LineshapeResult.of(x, y, good).warnings()).isEmpty();
    }
}
