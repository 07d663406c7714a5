package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.ionhop.io.ProgressListener;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.stats.Measured;

/**
 * The short-block bias of the correlation factor (issue 18, section 3; docs/kmc.md, section 3): a block of n hops
 * per ion over-estimates f by about (1 - f^2) g(n) / 2n, g = ln n in two dimensions. Checked on the half-filled
 * square lattice by measuring f with short and with long blocks of the same dynamics, and the warning
 * ({@link KmcResult#shortBlocks}) must fire for the short blocks and not for the long ones.
 */
class BlockBiasTest {
    private static KmcResult run(long eventsPerReplica, int blocks) {
        KmcSystem sys = new KmcSystem(BuiltinLattice.SQUARE.network(16, 3.0, 0.3, "Li"), 2);
        KmcParameters p = KmcParameters.of(600, 128, eventsPerReplica).withEvents(eventsPerReplica, 20_000, blocks);
        return KmcRunner.run(sys, p, 4, 21L, ProgressListener.NONE);
    }

    @Test
    void shortBlocksAreBiasedAsPredictedAndFlagged() {
        // 10 hops per ion per block, 300 blocks per replica: small error bars, resolvable bias.
        KmcResult shortBlocks = run(128L * 10 * 300, 300);
        // 500 hops per ion per block, 15 blocks per replica.
        KmcResult longBlocks = run(128L * 500 * 15, 15);
        assertThat(shortBlocks.hopsPerIonPerBlock()).isCloseTo(10, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(longBlocks.hopsPerIonPerBlock()).isCloseTo(500, org.assertj.core.data.Offset.offset(1e-9));
        Measured fShort = shortBlocks.correlationFactor();
        Measured fLong = longBlocks.correlationFactor();
        double measured = fShort.value() - fLong.value();
        double err = Math.hypot(fShort.err(), fLong.err());
        // prediction at n = 10 minus the (small) one at n = 2000
        double predicted = shortBlocks.blockBiasOfF() - longBlocks.blockBiasOfF();
        assertThat(measured).as("bias %s +- %s, predicted %s", measured, err, predicted)
                .isGreaterThan(3 * err);
        assertThat(Math.abs(measured - predicted)).as("bias %s +- %s, predicted %s", measured, err, predicted)
                .isLessThan(4 * err + 0.3 * predicted);
        assertThat(shortBlocks.shortBlocks()).isTrue();
        assertThat(shortBlocks.hopsPerIonNeeded()).isGreaterThan(10);
        assertThat(longBlocks.shortBlocks()).isFalse();
        assertThat(longBlocks.hopsPerIonNeeded()).isLessThan(500);
    }
}
