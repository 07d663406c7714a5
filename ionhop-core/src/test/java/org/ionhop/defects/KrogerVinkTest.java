package org.ionhop.defects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KrogerVinkTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "V_Li';V;Li;-1;V_Li'",
        "Li_i^.;Li;i;1;Li_i^.",
        "V_S^..;V;S;2;V_S^..",
        "Al_Li^..;Al;Li;2;Al_Li^..",
        "Al_Li^.;Al;Li;1;Al_Li^.",
        "Li_Li^x;Li;Li;0;Li_Li^x",
        "O_i'';O;i;-2;O_i''",
        "Li_i•;Li;i;1;Li_i^.",
        "V_{Li}′;V;Li;-1;V_Li'",
        "Cl_S.;Cl;S;1;Cl_S^.",
        "Mg_Li×;Mg;Li;0;Mg_Li^x",
    })
    void parsesChargeSiteAndPrintsCanonically(String text, String species, String site, int charge, String printed) {
        KrogerVink kv = KrogerVink.parse(text);
        assertThat(kv.species()).isEqualTo(species);
        assertThat(kv.site()).isEqualTo(site);
        assertThat(kv.charge()).isEqualTo(charge);
        assertThat(kv).hasToString(printed);
        // The printed form parses back to the same defect.
        assertThat(KrogerVink.parse(kv.toString())).isEqualTo(kv);
    }

    @Test
    void electronsAndHoles() {
        assertThat(KrogerVink.parse("e'")).isEqualTo(KrogerVink.ELECTRON);
        assertThat(KrogerVink.parse("h^.")).isEqualTo(KrogerVink.HOLE);
        assertThat(KrogerVink.ELECTRON.isElectronic()).isTrue();
        assertThat(KrogerVink.parse("V_Li'").isVacancy()).isTrue();
        assertThat(KrogerVink.parse("Li_i^.").isInterstitial()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"V_Li", "V_Li'.", "Li_i^xx", "vLi'", "V_Li^.x", "e^.", "h'", "_Li'", "''"})
    void rejectsMalformedSymbols(String text) {
        assertThatThrownBy(() -> KrogerVink.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }
}
