package org.ionhop.kmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.io.ProgressListener;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.network.SiteNetwork;
import org.ionhop.stats.Measured;
import org.ionhop.units.Units;

/** The facade resolves every open default once and runs exactly what the lower-level classes run. */
class KmcStudyTest {
    private static KmcSettings small() {
        return KmcSettings.of(KmcSource.Lattice.of(BuiltinLattice.SIMPLE_CUBIC).withSize(4)).withVacancies(1)
                .withTemperaturesK(List.of(600.0, 800.0)).withSteps(40_000).withReplicas(2).withThreads(1);
    }

    @Test
    void aLatticeStudyIsTheDirectRunBitForBit() {
        KmcStudyResult study = KmcStudy.run(small(), ProgressListener.NONE);
        // the same run assembled by hand: 0.3 eV lattice, 63 ions, 1e13 Hz, 20000 events per replica, equilibration
        // max(10 x 64, 20000 / 5) = 4000
        SiteNetwork net = BuiltinLattice.SIMPLE_CUBIC.network(4, 3.0, 0.3, "Li");
        KmcSystem sys = new KmcSystem(net, 3);
        KmcParameters p = KmcParameters.of(600, 63, 20_000).withEvents(20_000, 4_000, 10)
                .withIsotopes(List.of(), org.ionhop.structure.Element.Li.massAmu());
        KmcSweep direct = KmcSweep.run(sys, p, new double[] {600, 800}, 2, 1L, 1, ProgressListener.NONE);
        for (int k = 0; k < 2; k++) {
            KmcResult d = direct.results().get(k);
            KmcEstimates e = study.temperatures().get(k);
            assertThat(e.tracerDiffusivityCm2PerS().value())
                    .isEqualTo(Units.a2PerPsToCm2PerS(d.tracerDiffusivity().value()));
            assertThat(e.chargeDiffusivityCm2PerS().err()).isEqualTo(Units.a2PerPsToCm2PerS(d.chargeDiffusivity().err()));
            assertThat(e.correlationFactor()).isEqualTo(d.correlationFactor());
            assertThat(e.equilibrationEvents()).isEqualTo(2 * 4_000);
        }
        assertThat(study.sites()).isEqualTo(64);
        assertThat(study.hops()).isEqualTo(3 * 64);
        assertThat(study.ions()).isEqualTo(63);
        assertThat(study.dimension()).isEqualTo(3);
        assertThat(study.conductivityFit()).isPresent();
        assertThat(study.first().drift()).isNull();
        assertThat(study.first().order()).isNotNull(); // simple cubic with even L is bipartite
    }

    @Test
    void aSmallNetworkIsRepeatedToTheMinimumAndItsIonCountScales() {
        // square lattice of 2 x 2 = 4 sites; at least 64 sites: n = ceil(cbrt(16)) = 3, 4 x 27 = 108 sites
        SiteNetwork net = BuiltinLattice.SQUARE.network(2, 3.0, 0.3, "Li");
        KmcSettings s = KmcSettings.of(KmcSource.Network.of(net).withMinSites(64).withIonsPerCell(1)).withSteps(2_000)
                .withReplicas(1).withBlocks(2).withThreads(1);
        KmcStudyResult r = KmcStudy.run(s, ProgressListener.NONE);
        assertThat(r.sites()).isEqualTo(108);
        assertThat(r.supercell()).isEqualTo(3);
        assertThat(r.ions()).isEqualTo(27);
        assertThat(r.dimension()).isEqualTo(3);
        // a count that fills every site leaves one vacancy; an unknown count gives half filling
        assertThat(KmcStudy.run(s.withSource(KmcSource.Network.of(net).withMinSites(64).withIonsPerCell(4)),
                ProgressListener.NONE).ions()).isEqualTo(107);
        assertThat(KmcStudy.run(s.withSource(KmcSource.Network.of(net).withMinSites(64)), ProgressListener.NONE).ions())
                .isEqualTo(54);
    }

    @Test
    void impossibleCompositionsNameTheirSetting() {
        assertThatThrownBy(() -> KmcStudy.run(small().withVacancies(100), ProgressListener.NONE))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.setting()).isEqualTo("vacancies");
                    assertThat(e.problem()).isEqualTo("expected between 1 and 63 on the 64 sites, got 100");
                });
        assertThatThrownBy(() -> KmcStudy.run(small().withVacancies(null).withIons(64), ProgressListener.NONE))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.setting()).isEqualTo("ions"));
    }

    @Test
    void settingsRejectImpossibleValuesByName() {
        assertSetting(() -> small().withIons(3), "vacancies");
        assertSetting(() -> small().withSteps(19), "steps");
        assertSetting(() -> small().withFieldDirection(List.of(0.0, 0.0, 0.0)), "fieldDirection");
        assertSetting(() -> small().withTemperaturesK(List.of(300.0, -5.0)), "temperaturesK");
        assertSetting(() -> small().withAttemptFrequencyHz(0), "attemptFrequencyHz");
        assertSetting(() -> KmcSource.Lattice.of(BuiltinLattice.SQUARE).withSize(1), "size");
        assertSetting(() -> KmcSource.Network.of(BuiltinLattice.SQUARE.network(2, 3.0, 0.3, "Li")).withSupercell(0),
                "supercell");
    }

    @Test
    void theFieldVectorIsTheStrengthAlongTheNormalisedDirection() {
        double[] f = small().withFieldVPerA(0.01).withFieldDirection(List.of(3.0, 4.0, 0.0)).fieldVectorVPerA();
        assertThat(f).containsExactly(0.01 * 3 / 5, 0.01 * 4 / 5, 0.0);
    }

    /**
     * The library example given for the README: one vacancy in simple cubic, whose tracer correlation factor is
     * Compaan and Haven's 0.6531 (Trans. Faraday Soc. 52, 786 (1956)); tolerance four standard errors plus the
     * finite-size shift of an 8^3 cell (below 0.005, docs/kmc.md 4.1).
     */
    @Test
    void theReadmeExampleGivesTheCompaanHavenFactor() {
        KmcSettings ks = KmcSettings.of(KmcSource.Lattice.of(BuiltinLattice.SIMPLE_CUBIC).withHopDistanceA(2.5))
                .withVacancies(1).withTemperaturesK(List.of(600.0)).withSteps(2_000_000).withSeed(42);
        KmcStudyResult kmc = KmcStudy.run(ks, ProgressListener.NONE);
        Measured f = kmc.first().correlationFactor(); // one vacancy: Compaan and Haven's 0.6531
        assertThat(kmc.sites()).isEqualTo(512);
        assertThat(f.value()).isCloseTo(0.6531, org.assertj.core.api.Assertions.within(4 * f.err() + 0.005));
    }

    private static void assertSetting(Runnable r, String setting) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidSettingException.class,
                e -> assertThat(e.setting()).isEqualTo(setting));
    }
}
