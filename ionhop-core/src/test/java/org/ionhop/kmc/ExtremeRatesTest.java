package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionhop.io.NumericalFailureException;
import org.ionhop.io.ProgressListener;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.network.NetworkHop;
import org.ionhop.network.NetworkSite;
import org.ionhop.network.SiteNetwork;
import org.ionhop.stats.Measured;
import org.ionhop.structure.Lattice;
import org.ionhop.units.Constants;

/**
 * Rates spanning many decades (issue 18, section 5): the event selection must neither leave round-off residue in
 * the sum tree (which made an ordering gas report "no hop is possible" or pick an empty group) nor let rates
 * underflow. Checked against cases whose dynamics are known exactly: a two-site network (one ion; residence
 * times 1/k and occupancies by hand) and a four-site ring with two interacting ions (its jump chain alternates
 * between the two configuration classes, so the mean time per pair of events is exact), up to eps/k_B T = 40.
 */
class ExtremeRatesTest {
    private static final double NU_PER_PS = 10.0;

    /** A leaf that falls by 17 decades after large values: the total must be the new small sum, not residue. */
    @Test
    void sumTreeHasNoResidueAfterRatesCollapse() {
        for (int n : new int[] {1, 2, 5, 64, 1000}) {
            SumTree tree = new SumTree(n);
            for (int i = 0; i < n; i++) {
                tree.set(i, 100.0 + i);
            }
            tree.rebuild();
            for (int i = 0; i < n; i++) {
                tree.set(i, 1e-15 * (1 + i % 3));
            }
            double exact = 0;
            for (int i = 0; i < n; i++) {
                exact += 1e-15 * (1 + i % 3);
            }
            assertThat(tree.total()).as("n = %d", n).isCloseTo(exact, org.assertj.core.data.Offset.offset(
                    1e-9 * exact));
            // Every u in [0, total) must land on a leaf whose interval holds it (no empty or overshot leaf).
            double[] rem = new double[1];
            for (int k = 0; k < 200; k++) {
                double u = exact * k / 200.0;
                int c = tree.find(u, rem);
                assertThat(c).isLessThan(n);
                assertThat(tree.leaf(c)).isPositive();
                assertThat(rem[0]).isGreaterThanOrEqualTo(-1e-9 * exact).isLessThan(tree.leaf(c) * (1 + 1e-6));
            }
        }
    }

    /** Two sites joined by two bonds (a periodic chain of two sites), energies 0 and delta, one ion. */
    private static SiteNetwork twoSites(double deltaEv, double kraEv) {
        Lattice cell = Lattice.fromParameters(6, 10, 10, 90, 90, 90);
        double saddle = kraEv + deltaEv / 2;
        return new SiteNetwork(cell, "Li", 1, List.of(
                new NetworkSite(new double[] {0, 0, 0}, 0, "low"),
                new NetworkSite(new double[] {0.5, 0, 0}, deltaEv, "high")), List.of(
                new NetworkHop(0, 1, new int[] {0, 0, 0}, saddle, "h"),
                new NetworkHop(1, 0, new int[] {1, 0, 0}, saddle, "h")), "two sites");
    }

    /**
     * Exact two-site case: with delta = 40 k_B T the uphill hop is 2.4e17 times slower than the downhill one; the
     * time-averaged occupancy of the upper site is exp(-40) / (1 + exp(-40)) = 4.2e-18 and the mean time per
     * round trip is 1/k_up + 1/k_down (each site has two bonds to the other). Before the fix the single group's
     * leaf went from 20 /ps to 8.5e-17 /ps and the incremental sum left 0: "no hop is possible".
     * The second case has barriers of 212 and 252 k_B T, every rate below exp(-200) /ps: the rates are scaled
     * (RateModel) and the times come out in ps.
     */
    @Test
    void twoSiteOccupancyAndResidenceTimesAreExact() {
        check(300, 40, 0.3);
        check(50, 40, 1.0);
    }

    private static void check(double t, double deltaOverKt, double kraEv) {
        double kT = Constants.BOLTZMANN_EV_PER_K * t;
        double delta = deltaOverKt * kT;
        KmcSystem sys = new KmcSystem(twoSites(delta, kraEv), 1);
        long events = 20_000;
        KmcParameters p = KmcParameters.of(t, 1, events).withEvents(events, 100, 10);
        KmcResult r = KmcRunner.run(sys, p, 4, 7L, ProgressListener.NONE);
        double up = RateModel.barrier(kraEv, delta);
        double down = RateModel.barrier(kraEv, -delta);
        // ln of each residence time, so that exp(-252) per ps needs no special care here
        double lnTauLow = -Math.log(2 * NU_PER_PS) + up / kT;
        double lnTauHigh = -Math.log(2 * NU_PER_PS) + down / kT;
        double exactOcc = 1 / (1 + Math.exp(lnTauLow - lnTauHigh));
        Measured occ = r.occupancyByType().get("high");
        assertThat(Math.abs(occ.value() - exactOcc)).as("occupancy %s vs %s", occ, exactOcc)
                .isLessThan(4 * occ.err());
        assertThat(occ.err()).isLessThan(0.05 * exactOcc);
        // Round trips: the jump chain alternates, so the time per two events is tau_low + tau_high.
        double[] lnPerTrip = new double[r.replicas().size()];
        for (int k = 0; k < lnPerTrip.length; k++) {
            ReplicaResult rep = r.replicas().get(k);
            double time = rep.blocks().stream().mapToDouble(Block::durationPs).sum();
            lnPerTrip[k] = Math.log(time / (rep.events() / 2.0));
        }
        Measured lnTrip = Measured.mean(lnPerTrip);
        double exact = lnTauLow + Math.log1p(Math.exp(lnTauHigh - lnTauLow));
        assertThat(Math.abs(lnTrip.value() - exact)).as("ln time per trip %s vs %s", lnTrip, exact)
                .isLessThan(4 * lnTrip.err());
        assertThat(lnTrip.err()).isLessThan(0.03);
    }

    /** A ring of four sites (periodic chain), two ions with pair energy eps, E_KRA 0.3 eV. */
    private static SiteNetwork ring() {
        Lattice cell = Lattice.fromParameters(12, 10, 10, 90, 90, 90);
        List<NetworkSite> sites = new ArrayList<>();
        List<NetworkHop> hops = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sites.add(new NetworkSite(new double[] {i / 4.0, 0, 0}, 0, "s"));
            hops.add(new NetworkHop(i, (i + 1) % 4, new int[] {i == 3 ? 1 : 0, 0, 0}, 0.3, "h"));
        }
        return new SiteNetwork(cell, "Li", 1, sites, hops, "ring of 4");
    }

    /**
     * Exact four-site case. Two ions on a ring of four: the opposite pairs (energy 0, two configurations) and the
     * adjacent pairs (energy eps, four). From an opposite pair each of the 4 hops raises H by eps, from an adjacent
     * pair each of the 2 possible hops lowers it by eps, so the jump chain alternates and the mean time per pair
     * of events is 1/(4 k_up) + 1/(2 k_down), k = nu exp(-E/k_B T) with E = max(K + dH/2, dH, 0). The staggered
     * order parameter is |m| = 1 on opposite pairs and 0 on adjacent ones, so its time average is the Boltzmann
     * weight 2 / (2 + 4 exp(-eps/k_B T)) of the opposite pairs. At eps = 2 k_B T this is 0.7868; at eps = 40 k_B T
     * the order is complete to 1e-17 and the time per pair of events (dominated by 1/(4 k_up), k_up = nu exp(-40))
     * checks the rates that span 17 decades.
     */
    @Test
    void fourSiteRingMatchesItsMasterEquation() {
        KmcSystem sys = new KmcSystem(ring(), 1);
        assertThat(sys.bipartite()).isTrue();
        for (double betaEps : new double[] {2, 40}) {
            double t = 300;
            double kT = Constants.BOLTZMANN_EV_PER_K * t;
            double eps = betaEps * kT;
            long events = 40_000;
            KmcParameters p = KmcParameters.of(t, 2, events).withEnergetics(Disorder.NONE, eps)
                    .withEvents(events, 100, 10);
            KmcResult r = KmcRunner.run(sys, p, 4, 11L, ProgressListener.NONE);
            double lnTauOpp = -Math.log(4 * NU_PER_PS) + RateModel.barrier(0.3, eps) / kT;
            double lnTauAdj = -Math.log(2 * NU_PER_PS) + RateModel.barrier(0.3, -eps) / kT;
            double exactLnPair = lnTauOpp + Math.log1p(Math.exp(lnTauAdj - lnTauOpp));
            double[] lnPerPair = new double[r.replicas().size()];
            for (int k = 0; k < lnPerPair.length; k++) {
                ReplicaResult rep = r.replicas().get(k);
                lnPerPair[k] = Math.log(rep.blocks().stream().mapToDouble(Block::durationPs).sum()
                        / (rep.events() / 2.0));
            }
            Measured lnPair = Measured.mean(lnPerPair);
            assertThat(Math.abs(lnPair.value() - exactLnPair)).as("beta eps %s: ln time per pair %s vs %s", betaEps,
                    lnPair, exactLnPair).isLessThan(4 * lnPair.err());
            double exactOrder = 2 / (2 + 4 * Math.exp(-betaEps));
            Measured m = r.orderParameter();
            assertThat(Math.abs(m.value() - exactOrder)).as("beta eps %s: order %s vs %s", betaEps, m, exactOrder)
                    .isLessThan(Math.max(4 * m.err(), 1e-12));
        }
    }

    /**
     * The case of the issue: the half-filled 4x4x4 simple cubic lattice with eps = 0.2 eV at 300 K (eps / k_B T =
     * 7.7, deep in the Neel phase: k_B T_c = 1.128 eps, T_c about 2600 K) used to stop with "no hop is possible",
     * and stronger repulsion (eps / k_B T = 40) with "positive total but no possible hop". Both must run, and the
     * staggered order must be nearly complete: a defect pair costs at least 4 eps, so |m| is within a few
     * exp(-4 eps / k_B T) of 1.
     */
    @Test
    void orderedSimpleCubicRunsUpToFortyKt() {
        KmcSystem sys = new KmcSystem(BuiltinLattice.SIMPLE_CUBIC.network(4, 3.0, 0.3, "Li"), 3);
        for (double[] tEps : new double[][] {{300, 0.2}, {300, 0.5}, {58, 0.2}}) {
            double kT = Constants.BOLTZMANN_EV_PER_K * tEps[0];
            KmcParameters p = KmcParameters.of(tEps[0], 32, 200_000).withEnergetics(Disorder.NONE, tEps[1])
                    .withEvents(200_000, 20_000, 10);
            KmcResult r = KmcRunner.run(sys, p, 2, 5L, ProgressListener.NONE);
            assertThat(r.orderParameter().value()).as("T %s eps %s (eps/kT %.1f)", tEps[0], tEps[1], tEps[1] / kT)
                    .isGreaterThan(0.99);
            assertThat(r.simulatedTimePs()).isPositive().isFinite();
        }
    }

    /**
     * Rates more than 1e308 times below the fastest class underflow to zero; a run that then finds no possible
     * hop must say why (numerical failure, raise the temperature), not that the ions are blocked.
     */
    @Test
    void underflowIsReportedAsSuch() {
        double t = 300;
        double kT = Constants.BOLTZMANN_EV_PER_K * t;
        KmcSystem sys = new KmcSystem(twoSites(800 * kT, 0.3), 1);
        KmcParameters p = KmcParameters.of(t, 1, 1000).withEvents(1000, 100, 10);
        assertThatThrownBy(() -> KmcRunner.run(sys, p, 1, 3L, ProgressListener.NONE))
                .isInstanceOf(NumericalFailureException.class).hasMessageContaining("raise the temperature");
    }
}
