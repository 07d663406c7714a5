package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.ionhop.io.ProgressListener;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.stats.Measured;
import org.ionhop.units.Constants;

/**
 * Field-driven mode: the conductivity from the drift velocity in a small field equals the Nernst-Einstein value
 * from D_sigma of the unbiased system (linear response). With the KRA rate law a hop along the field of length
 * a gains q F a, forward and backward rates differ by exp(+-x/2), x = q F a / k_B T, so the drift exceeds linear
 * response by sinh(x/2)/(x/2) - 1 = x^2/24, 0.17 % at x = 0.2: well below the errors compared here.
 */
class FieldDrivenTest {
    @Test
    void driftConductivityAgreesWithNernstEinstein() {
        double t = 600;
        double hop = 3.0;
        KmcSystem sys = new KmcSystem(BuiltinLattice.SQUARE.network(16, hop, 0.3, "Li"), 2);
        int n = sys.sites() / 2;
        double x = 0.2;
        double field = x * Constants.BOLTZMANN_EV_PER_K * t / hop;
        KmcParameters zero = KmcParameters.of(t, n, 800_000).withEvents(800_000, 2000, 200);
        KmcParameters driven = zero.withField(new double[] {field, 0, 0}).withEvents(1_500_000, 2000, 20);
        java.util.List<KmcResult> rs = KmcRunner.runAll(sys, java.util.List.of(zero, driven), 4, 5L, 2,
                ProgressListener.NONE);
        Measured ne = rs.get(0).conductivity();
        Measured drift = rs.get(1).fieldConductivity();
        assertThat(drift.err() / drift.value()).isLessThan(0.03);
        assertThat(Math.abs(drift.value() - ne.value())).as("%s vs %s", drift, ne)
                .isLessThan(3.5 * Math.hypot(drift.err(), ne.err()));
        assertThat(rs.get(0).driven()).isFalse();
        assertThat(rs.get(1).driftVelocity().value()).isPositive();
    }
}
