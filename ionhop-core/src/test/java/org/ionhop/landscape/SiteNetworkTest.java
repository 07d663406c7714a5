package org.ionhop.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.ionhop.grid.GridOrder;
import org.ionhop.grid.GridPercolation;
import org.ionhop.grid.PeriodicGrid;
import org.ionhop.network.NetworkHop;
import org.ionhop.network.NetworkSite;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;
import org.ionhop.testing.RefData;

/** Sites, saddles and the site network: known answers on a model landscape, and consistency with the grid. */
class SiteNetworkTest {

    @Test
    void eggBoxHasOneSiteAndThreeSelfHopsWithTheKnownSaddles() {
        // one minimum per cell at the origin; passes to its own images along a, b, c at 0.1, 0.2, 0.4 eV
        PeriodicGrid g = PercolationTest.grid(8, 10, 12,
                (i, j, k) -> 0.1 * PercolationTest.s2(i, 8) + 0.2 * PercolationTest.s2(j, 10) + 0.4 * PercolationTest.s2(k, 12));
        int[] order = GridOrder.ascending(g.values());
        Basins b = Basins.of(g, order, 10);
        assertThat(b.minima).containsExactly(0);
        NetworkBuilder.Built built = NetworkBuilder.build(g, b, null, 0.02, 0.5, 10, "Li", 1, "egg");
        SiteNetwork n = built.network();
        assertThat(n.sites()).hasSize(1);
        assertThat(n.hops()).hasSize(3);
        double[] saddles = n.hops().stream().mapToDouble(NetworkHop::saddleEnergyEv).sorted().toArray();
        assertThat(saddles).containsExactly(new double[] {0.1, 0.2, 0.4}, within(1e-12));
        for (NetworkHop h : n.hops()) {
            int nonzero = 0;
            for (int c = 0; c < 3; c++) {
                nonzero += Math.abs(h.image(c));
            }
            assertThat(nonzero).isEqualTo(1);
            assertThat(h.from()).isEqualTo(h.to());
        }
        assertThat(NetworkPercolation.thresholds(n)).containsExactly(new double[] {0.1, 0.2, 0.4}, within(1e-12));
    }

    @Test
    void shallowBasinsAreMergedWithinTheTolerance() {
        // two minima 0.005 eV apart in depth, separated by a 0.01 eV ripple, half a cell apart along a
        PercolationTest.F ripple = (i, j, k) -> {
            double x = 2 * Math.PI * i / 16;
            return -0.01 * Math.cos(2 * x) - 0.0025 * Math.cos(x) + PercolationTest.s2(j, 6) + PercolationTest.s2(k, 6);
        };
        // a = 3 Å: minima 1.5 Å apart, within the merge span: one site with the default 0.02 eV, two without
        PeriodicGrid g = PercolationTest.grid(org.ionhop.structure.Lattice.fromParameters(3, 5, 5, 90, 90, 90), 16, 6, 6, ripple);
        Basins b = Basins.of(g, GridOrder.ascending(g.values()), 10);
        assertThat(b.minima).hasSize(2);
        SiteNetwork merged = NetworkBuilder.build(g, b, null, 0.02, 0.0, 10, "Li", 1, "m").network();
        SiteNetwork apart = NetworkBuilder.build(g, b, null, 0.0, 0.0, 10, "Li", 1, "m").network();
        assertThat(merged.sites()).hasSize(1);
        assertThat(apart.sites()).hasSize(2);
        // both describe the same 1D threshold along a
        assertThat(NetworkPercolation.thresholds(merged)[0]).isCloseTo(NetworkPercolation.thresholds(apart)[0], within(1e-12));
        // a = 5 Å: minima 2.5 Å apart, beyond the merge span of 2 Å: two sites even though the basin is shallow
        PeriodicGrid wide = PercolationTest.grid(org.ionhop.structure.Lattice.fromParameters(5, 5, 5, 90, 90, 90), 16, 6, 6, ripple);
        Basins bw = Basins.of(wide, GridOrder.ascending(wide.values()), 10);
        assertThat(NetworkBuilder.build(wide, bw, null, 0.02, 0.0, 10, "Li", 1, "m").network().sites()).hasSize(2);
    }

    /** Runs the workflow on a reference structure and checks its network against the grid. */
    private static LandscapeResult runAndCheck(String file, double spacing) {
        Structure s = StructureReader.read(RefData.path(file));
        BvseSettings o = BvseSettings.of(Element.Li).withGridSpacingA(spacing);
        LandscapeResult r = LandscapeAnalysis.run(s, o, null);
        checkNetwork(r, o);
        return r;
    }

    @Test
    void networkOfLiFePO4ReproducesTheGridThresholdsAndIsWellFormed() {
        runAndCheck("structures/LiFePO4_pymatgen.cif", 0.2);
    }

    @Test
    void networkOfLi3NReproducesTheGridThresholdsInAllDimensions() {
        assertThat(runAndCheck("structures/Li3N_ncrystal_mp2251.cif", 0.15).barriers().dimensionality()).isEqualTo(3);
    }

    @Test
    void disorderedLgpsNetworkHasOnlyShortHopsAndTheGridThresholds() {
        // sites that refine onto a cell face (fractional -1e-12, wrapped to 0) once got a hop image off by one
        // cell (hops of 12-13 Å); every hop must join neighbouring basins
        runAndCheck("structures/Li10GeP2S12_pymatgen.cif", 0.15);
    }

    @Test
    void sitesOfACoarseGridAreNeverCloserThanTheMergingDistance() {
        // issue 18: at 0.25 Å the LiFePO4 grid split basins so that two refined sites lay 0.135 Å apart (26 sites,
        // seven pairs within 0.5 Å); refined sites closer than mergeDistanceA (0.5 Å) are now merged, keeping every
        // path: the network still reproduces the grid's thresholds (checkNetwork) and the 1D barrier of 0.05 Å
        LandscapeResult r = runAndCheck("structures/LiFePO4_pymatgen.cif", 0.25);
        SiteNetwork n = r.network();
        double closest = Double.POSITIVE_INFINITY;
        for (int a = 0; a < n.sites().size(); a++) {
            for (int b = a + 1; b < n.sites().size(); b++) {
                for (int x = -1; x <= 1; x++) {
                    for (int y = -1; y <= 1; y++) {
                        for (int z = -1; z <= 1; z++) {
                            double[] d = new double[3];
                            for (int c = 0; c < 3; c++) {
                                d[c] = n.sites().get(b).frac(c) - n.sites().get(a).frac(c) + (c == 0 ? x : c == 1 ? y : z);
                            }
                            double[] v = n.lattice().toCartesian(d);
                            closest = Math.min(closest, Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]));
                        }
                    }
                }
            }
        }
        assertThat(closest).isGreaterThanOrEqualTo(0.5);
        assertThat(n.sites()).hasSizeLessThan(26);
        assertThat(r.barriers().barrier(1)).isCloseTo(0.384, within(0.02)); // 0.05 Å: 0.384 eV (docs/bvse.md)
    }

    @Test
    void cellOfAgreesWithTheWrapConvention() {
        for (double f : new double[] {-1e-12, -0.3, 0.0, 0.5, 1.2, 1 - 1e-13, 2 - 1e-11, -1.0}) {
            double back = org.ionhop.structure.Site.wrap(f) + NetworkBuilder.cellOf(f);
            assertThat(back).as("f = %s", f).isCloseTo(f, within(1e-9));
        }
    }

    private static void checkNetwork(LandscapeResult r, BvseSettings o) {
        SiteNetwork n = r.network();
        // second route, on the grid: the basin graph of the grid (saddles left at their grid values, no model)
        // percolates exactly at the grid's thresholds
        PeriodicGrid g = r.grid();
        int[] order = GridOrder.ascending(g.values());
        double gmin = g.values()[order[0]];
        double[] grid = GridPercolation.subLevel(g, order, o.barrierCapEv()).levels();
        SiteNetwork coarse = NetworkBuilder.build(g, Basins.of(g, order, gmin + o.networkCapEv()), null,
                o.mergeEnergyEv(), o.mergeDistanceA(), gmin + o.networkCapEv(), "Li", 1, "grid").network();
        double[] coarseNet = NetworkPercolation.thresholds(coarse);
        for (int d = 1; d <= 3; d++) {
            if (!Double.isNaN(grid[d - 1]) && grid[d - 1] < o.networkCapEv()) {
                assertThat(coarseNet[d - 1]).as("%dD", d).isCloseTo(grid[d - 1], within(1e-9));
            } else {
                assertThat(coarseNet[d - 1]).as("%dD", d).isNaN();
            }
        }
        // the barriers reported are the percolation of the network with its refined saddles (same scale)
        double[] net = NetworkPercolation.thresholds(n);
        for (int d = 1; d <= 3; d++) {
            if (!Double.isNaN(net[d - 1])) {
                assertThat(r.barriers().barrier(d)).as("%dD", d).isCloseTo(net[d - 1], within(1e-12));
                // refining moves a barrier by at most the grid's discretisation error (curvature x spacing^2)
                assertThat(net[d - 1]).as("%dD", d).isCloseTo(grid[d - 1], within(0.1));
            }
        }
        double shift = g.min() - r.networkReferenceEv();
        double lowest = Double.POSITIVE_INFINITY;
        for (NetworkSite site : n.sites()) {
            lowest = Math.min(lowest, site.energyEv());
            for (int c = 0; c < 3; c++) {
                assertThat(site.frac(c)).isGreaterThanOrEqualTo(0).isLessThan(1);
            }
        }
        assertThat(lowest).isZero();
        Set<List<Integer>> seen = new HashSet<>();
        for (NetworkHop h : n.hops()) {
            List<Integer> key = List.of(h.from(), h.to(), h.image(0), h.image(1), h.image(2));
            List<Integer> rev = List.of(h.to(), h.from(), -h.image(0), -h.image(1), -h.image(2));
            assertThat(seen.add(key)).as("hop listed twice").isTrue();
            assertThat(h.from() == h.to() && key.equals(rev) || !seen.contains(rev) || key.equals(rev)).isTrue();
            assertThat(h.saddleEnergyEv()).isGreaterThanOrEqualTo(n.sites().get(h.from()).energyEv());
            assertThat(h.saddleEnergyEv()).isGreaterThanOrEqualTo(n.sites().get(h.to()).energyEv());
            // a hop joins adjacent basins: its two ends lie within a few Å of the saddle
            assertThat(n.hopLength(h)).isGreaterThan(0.3).isLessThan(6.5);
        }
        // each distinct hop type has a profile that starts and ends at its site energies
        for (HopProfile p : r.hopProfiles()) {
            NetworkHop h = n.hops().stream().filter(x -> x.type().equals(p.label())).findFirst().orElseThrow();
            double[] e = p.energyEv();
            assertThat(e[0]).isCloseTo(n.sites().get(h.from()).energyEv(), within(1e-9));
            assertThat(e[e.length - 1]).isCloseTo(n.sites().get(h.to()).energyEv(), within(1e-9));
            assertThat(p.distanceA()[e.length - 1]).isGreaterThanOrEqualTo(n.hopLength(h) - 1e-9);
        }
        // the lowest 1D path: its highest point is the 1D threshold up to the grid's discretisation
        if (r.lowestPath() != null) {
            assertThat(r.lowestPath().maxEv()).isCloseTo(net[0], within(0.05));
        }
    }
}
