package org.ionhop.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The fast number parser against Double.parseDouble, bit for bit. */
class TokensTest {
    @Test
    void fastPathIsCorrectlyRounded() {
        SplittableRandom r = new SplittableRandom(1);
        double[] out = new double[3];
        for (int k = 0; k < 200_000; k++) {
            String a = String.format(java.util.Locale.ROOT, "%.8f", r.nextDouble());
            String b = String.format(java.util.Locale.ROOT, "%.12f", (r.nextDouble() - 0.5) * 2000);
            String c = Double.toString((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-30, 30)));
            String line = "  " + a + "\t" + b + "   " + c + " ";
            assertThat(Tokens.parseNumbers(line, 3, out)).isEqualTo(3);
            assertThat(Double.doubleToLongBits(out[0])).isEqualTo(Double.doubleToLongBits(Double.parseDouble(a)));
            assertThat(Double.doubleToLongBits(out[1])).isEqualTo(Double.doubleToLongBits(Double.parseDouble(b)));
            assertThat(Double.doubleToLongBits(out[2])).isEqualTo(Double.doubleToLongBits(Double.parseDouble(c)));
        }
    }

    @Test
    void reportsShortLinesAndBadTokens() {
        double[] out = new double[3];
        assertThat(Tokens.parseNumbers(" 0.1 0.2", 3, out)).isEqualTo(2);
        assertThat(Tokens.parseNumbers(" 0.1 abc 0.3", 3, out)).isEqualTo(-2);
        assertThat(Tokens.parseNumbers("-0.5 +1.25 1e-3", 3, out)).isEqualTo(3);
        assertThat(out).containsExactly(-0.5, 1.25, 1e-3);
    }
}
