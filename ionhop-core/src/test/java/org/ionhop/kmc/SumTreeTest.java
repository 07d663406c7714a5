package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.junit.jupiter.api.Test;

/** The Fenwick sum tree against a linear prefix scan (the second algorithm). */
class SumTreeTest {
    @Test
    void findAgreesWithLinearScanAfterRandomUpdates() {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(1);
        for (int n : new int[] {1, 2, 3, 7, 64, 1000}) {
            SumTree tree = new SumTree(n);
            double[] leaf = new double[n];
            for (int step = 0; step < 3000; step++) {
                int i = rng.nextInt(n);
                leaf[i] = rng.nextDouble() < 0.2 ? 0 : rng.nextDouble();
                tree.set(i, leaf[i]);
                double total = 0;
                for (double v : leaf) {
                    total += v;
                }
                assertThat(tree.total()).isCloseTo(total, org.assertj.core.data.Offset.offset(1e-9));
                if (total == 0) {
                    continue;
                }
                double u = rng.nextDouble() * total;
                double[] rem = new double[1];
                int found = tree.find(u, rem);
                int expected = 0;
                double acc = 0;
                while (expected < n && acc + leaf[expected] <= u) {
                    acc += leaf[expected++];
                }
                // Away from interval boundaries (rounding), both must choose the same leaf.
                if (Math.abs(acc - u) > 1e-9 && Math.abs(acc + (expected < n ? leaf[expected] : 0) - u) > 1e-9) {
                    assertThat(found).isEqualTo(expected);
                    assertThat(rem[0]).isCloseTo(u - acc, org.assertj.core.data.Offset.offset(1e-9));
                }
            }
            tree.rebuild();
            double total = 0;
            for (double v : leaf) {
                total += v;
            }
            assertThat(tree.total()).isCloseTo(total, org.assertj.core.data.Offset.offset(1e-12));
        }
    }
}
