package org.ionhop.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.structure.StructureReader;
import org.ionhop.testing.RefData;

/** Defaults in one place, copies, and validation that names the settings component. */
class BvseSettingsTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        BvseSettings d = BvseSettings.defaults();
        assertThat(d.ion()).isEqualTo(Element.Li);
        assertThat(d.gridSpacingA()).isEqualTo(0.1);
        assertThat(d.cutoffA()).isEqualTo(10.0);
        assertThat(d.oxidationStates()).isEmpty();
        assertThat(d.barrierCapEv()).isEqualTo(5.0);
        assertThat(d.networkCapEv()).isEqualTo(2.0);
        assertThat(d.threads()).isZero();
        assertThat(BvseSettings.of(Element.Na)).isEqualTo(d.withIon(Element.Na));
    }

    @Test
    void userStatesAreCopied() {
        Map<Element, Integer> m = new HashMap<>(Map.of(Element.Fe, 2));
        BvseSettings s = BvseSettings.defaults().withOxidationStates(m);
        m.put(Element.Fe, 3);
        assertThat(s.oxidationStates()).containsExactly(Map.entry(Element.Fe, 2));
    }

    @Test
    void impossibleValuesNameTheirComponent() {
        BvseSettings d = BvseSettings.defaults();
        assertSetting(() -> d.withGridSpacingA(0.005), "gridSpacingA");
        assertSetting(() -> d.withGridSpacingA(2.5), "gridSpacingA");
        assertSetting(() -> d.withCutoffA(0), "cutoffA");
        assertSetting(() -> d.withBarrierCapEv(-1), "barrierCapEv");
        assertSetting(() -> d.withNetworkCapEv(Double.NaN), "networkCapEv");
        assertSetting(() -> d.withMergeEnergyEv(-0.1), "mergeEnergyEv");
        assertSetting(() -> d.withMergeDistanceA(-0.1), "mergeDistanceA");
        assertSetting(() -> d.withThreads(-1), "threads");
        assertSetting(() -> d.withIon(null), "ion");
    }

    private static void assertSetting(Runnable r, String setting) {
        assertThatThrownBy(r::run).isInstanceOf(InvalidSettingException.class)
                .satisfies(e -> assertThat(((InvalidSettingException) e).setting()).isEqualTo(setting))
                .satisfies(e -> assertThat(((InvalidSettingException) e).problem()).doesNotContain("--"));
    }

    @Test
    void oneThreadGivesTheSameLandscapeAsEveryCore() {
        // grid blocks are independent sums, so the thread count may change the speed, never a value
        Structure s = StructureReader.read(RefData.path("structures/Li2O_pymatgen.cif"));
        BvseSettings coarse = BvseSettings.defaults().withGridSpacingA(0.3);
        LandscapeResult all = LandscapeAnalysis.run(s, coarse, null);
        LandscapeResult one = LandscapeAnalysis.run(s, coarse.withThreads(1), null);
        assertThat(one.grid().values()).containsExactly(all.grid().values());
        assertThat(one.barriers().barriersEv()).containsExactly(all.barriers().barriersEv());
        assertThat(one.settings().threads()).isEqualTo(1);
    }
}
