package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ionhop.network.BuiltinLattice;
import org.ionhop.network.NetworkSupercell;
import org.ionhop.network.SiteNetwork;
import org.ionhop.network.StructureNetwork;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/** Built-in lattices, structure networks and supercells against counting rules. */
class NetworkConstructionTest {

    /** Every site has the lattice's coordination number z, there are z M / 2 hops, and bipartiteness is right. */
    @ParameterizedTest
    @CsvSource({"CHAIN, 6, 2, true", "SQUARE, 4, 4, true", "TRIANGULAR, 4, 6, false", "HONEYCOMB, 4, 3, true",
        "SIMPLE_CUBIC, 4, 6, true", "BCC, 3, 8, true", "FCC, 3, 12, false", "DIAMOND, 2, 4, true"})
    void coordinationHopCountAndBipartiteness(BuiltinLattice lattice, int size, int z, boolean bipartite) {
        SiteNetwork net = lattice.network(size, 2.5, 0.2, "Li");
        int m = lattice.basisSize() * (int) Math.pow(size, lattice.dimension());
        assertThat(net.sites()).hasSize(m);
        assertThat(net.hops()).hasSize(z * m / 2);
        KmcSystem sys = new KmcSystem(net, lattice.dimension());
        for (int s = 0; s < m; s++) {
            assertThat(sys.hopStart[s + 1] - sys.hopStart[s]).isEqualTo(z);
        }
        assertThat(sys.bipartite()).isEqualTo(bipartite);
        assertThat(sys.meanHopLengthA()).isCloseTo(2.5, org.assertj.core.data.Offset.offset(1e-9));
        // Every directed hop's reverse points back with the opposite vector.
        for (int h = 0; h < sys.directedHops(); h++) {
            int g = sys.hopReverse[h];
            assertThat(sys.hopReverse[g]).isEqualTo(h);
            assertThat(sys.hopVector[3 * g] + sys.hopVector[3 * h]).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    /** An odd square lattice is not bipartite (no staggered order on it). */
    @Test
    void oddSquareLatticeIsNotBipartite() {
        assertThat(new KmcSystem(BuiltinLattice.SQUARE.network(5, 3, 0.2, "Li"), 2).bipartite()).isFalse();
    }

    /** A Li sublattice on a simple cubic grid gives the same network as the built-in simple cubic lattice. */
    @Test
    void structureNetworkOfCubicLithiumEqualsBuiltInLattice() {
        List<Site> sites = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                for (int c = 0; c < 3; c++) {
                    sites.add(new Site(Element.Li, "Li1", new double[] {a / 3.0, b / 3.0, c / 3.0}, 1.0, Double.NaN));
                }
            }
        }
        sites.add(Site.of(Element.O, 1.0 / 6, 1.0 / 6, 1.0 / 6));
        Structure s = Structure.of(Lattice.fromParameters(9, 9, 9, 90, 90, 90), sites, "test");
        SiteNetwork net = StructureNetwork.build(s, Element.Li, 3.2, 0.25, Map.of(), Map.of());
        assertThat(net.sites()).hasSize(27);
        assertThat(net.hops()).hasSize(81);
        assertThat(net.hops().get(0).type()).isEqualTo("Li1-Li1@3.00");
        assertThat(net.kraEv(net.hops().get(0))).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-12));
        SiteNetwork typed = StructureNetwork.build(s, Element.Li, 3.2, 0.25, Map.of("Li1-Li1", 0.4), Map.of());
        assertThat(typed.kraEv(typed.hops().get(5))).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(StructureNetwork.ionsFromOccupancy(s, Element.Li)).isEqualTo(27);
        assertThatThrownBy(() -> StructureNetwork.build(s, Element.Na, 3.2, 0.25, Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A 2 x 2 x 2 supercell of the L = 2 simple cubic lattice has the sites and hops of L = 4. */
    @Test
    void supercellMatchesLargerLattice() {
        SiteNetwork small = BuiltinLattice.SIMPLE_CUBIC.network(2, 3.0, 0.3, "Li");
        SiteNetwork big = NetworkSupercell.of(small, 2);
        assertThat(big.sites()).hasSize(64);
        assertThat(big.hops()).hasSize(BuiltinLattice.SIMPLE_CUBIC.network(4, 3.0, 0.3, "Li").hops().size());
        KmcSystem sys = new KmcSystem(big, 3);
        for (int s = 0; s < 64; s++) {
            assertThat(sys.hopStart[s + 1] - sys.hopStart[s]).isEqualTo(6);
        }
        assertThat(big.lattice().volume()).isCloseTo(8 * small.lattice().volume(), org.assertj.core.data.Offset.offset(1e-6));
    }
}
