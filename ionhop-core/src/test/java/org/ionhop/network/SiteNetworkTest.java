package org.ionhop.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionhop.structure.Lattice;

class SiteNetworkTest {
    /** A skewed monoclinic cell, so that a wrong image or a Cartesian slip changes the length. */
    private static final Lattice CELL = Lattice.fromParameters(5.0, 6.0, 7.0, 90, 110, 90);

    private static SiteNetwork network(NetworkHop... hops) {
        return new SiteNetwork(CELL, "Li", 1, List.of(
                new NetworkSite(new double[] {0.05, 0.5, 0.5}, -0.20, "A"),
                new NetworkSite(new double[] {0.95, 0.5, 0.5}, 0.10, "B")), List.of(hops), "test");
    }

    /**
     * The hop across the a face (image -1 along a) is the short one: its vector must equal the exact minimum-image
     * vector of the two sites (a second route, Lattice.minimumImageVector), and the in-cell hop is the long one.
     */
    @Test
    void hopVectorFollowsTheImageAndMatchesTheMinimumImage() {
        NetworkHop across = new NetworkHop(0, 1, new int[] {-1, 0, 0}, 0.5, "t");
        NetworkHop inCell = new NetworkHop(0, 1, new int[] {0, 0, 0}, 0.9, "t");
        SiteNetwork n = network(across, inCell);
        double[] mi = new double[3];
        double d2 = CELL.minimumImageVector(new double[] {0.05, 0.5, 0.5}, new double[] {0.95, 0.5, 0.5}, mi);
        assertThat(n.hopVector(across)).containsExactly(mi, within(1e-12));
        assertThat(n.hopLength(across)).isCloseTo(Math.sqrt(d2), within(1e-12)).isCloseTo(0.1 * 5.0, within(1e-12));
        assertThat(n.hopLength(inCell)).isCloseTo(0.9 * 5.0, within(1e-12));
    }

    /** E_KRA = E_saddle - (E_i + E_j)/2, so the barriers i->j and j->i differ by E_j - E_i (detailed balance). */
    @Test
    void kraIsTheSaddleAboveTheMeanOfTheEnds() {
        NetworkHop h = new NetworkHop(0, 1, new int[] {-1, 0, 0}, 0.5, "t");
        SiteNetwork n = network(h);
        assertThat(n.kraEv(h)).isCloseTo(0.5 - (-0.20 + 0.10) / 2, within(1e-15));
        double forward = n.kraEv(h) + (0.10 - -0.20) / 2;
        double backward = n.kraEv(h) + (-0.20 - 0.10) / 2;
        assertThat(forward).isCloseTo(0.5 - -0.20, within(1e-15));
        assertThat(backward).isCloseTo(0.5 - 0.10, within(1e-15));
    }

    @Test
    void rejectsBrokenNetworks() {
        assertThatThrownBy(() -> network(new NetworkHop(0, 2, new int[] {0, 0, 0}, 0.5, "t")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond");
        assertThatThrownBy(() -> new NetworkHop(1, 1, new int[] {0, 0, 0}, 0.5, "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itself");
        assertThatThrownBy(() -> new NetworkHop(0, 1, new int[] {0, 0}, 0.5, "t"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NetworkHop(0, 1, new int[] {0, 0, 0}, Double.NaN, "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite saddle");
        assertThatThrownBy(() -> new NetworkSite(new double[] {0, Double.NaN, 0}, 0, "A"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NetworkSite(new double[] {0, 0, 0}, Double.POSITIVE_INFINITY, "A"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite energy");
        // The records copy their arrays: changing the caller's array or the returned copy changes nothing.
        double[] f = {0.1, 0.2, 0.3};
        NetworkSite s = new NetworkSite(f, 0, "A");
        f[0] = 0.9;
        s.frac()[1] = 0.9;
        assertThat(s.frac()).containsExactly(0.1, 0.2, 0.3);
    }
}
