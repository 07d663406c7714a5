package org.ionhop.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.ionhop.io.TextSource;

/**
 * Site merging conserves each site's declared multiplicity x occupancy (issue 12), checked against the count
 * written in the file by hand: 6 (Li1 on 6b) + 36 x 0.0370 (Li2 on 36f) = 7.332 Li per cell.
 */
class SiteMergingTest {
    private static String fixture() throws IOException {
        try (InputStream in = SiteMergingTest.class.getResourceAsStream("r3c_li_near_special.cif")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Structure read(String text) {
        return CifReader.read(TextSource.fromString("r3c.cif", text), CifReader.DEFAULT_MERGE_TOLERANCE_A);
    }

    @Test
    void generalPositionNearASpecialOneKeepsItsDeclaredCount() throws IOException {
        Structure s = read(fixture());
        // 36 images pair up 0.04 Å apart: 18 atoms of 2 x 0.037, at the centroid, i.e. on the 18d position.
        assertThat(s.composition().get(Element.Li)).isCloseTo(6 + 36 * 0.0370, within(1e-9));
        assertThat(s.sites().stream().filter(x -> x.label().equals("Li2"))).hasSize(18)
                .allSatisfy(x -> {
                    assertThat(x.occupancy()).isCloseTo(2 * 0.0370, within(1e-12));
                    // 18d: z = 0 or 1/2 modulo the R centring's thirds; 6 z-values times 3 = multiples of 1/6.
                    assertThat(x.frac(2) * 6 - Math.rint(x.frac(2) * 6)).isCloseTo(0, within(1e-9));
                });
        assertThat(s.composition().get(Element.P)).isEqualTo(18.0);
        assertThat(s.composition().get(Element.O)).isEqualTo(72.0);
        assertThat(s.warnings()).hasSize(1);
        assertThat(s.warnings().get(0)).contains("Li2").contains("36 x 0.037 = 1.332");
    }

    @Test
    void theOldRuleLosesHalfTheSiteAndTheFormulaCheckSaysSo() throws IOException {
        // The same site written exactly on 18d means multiplicity 18: 18 x 0.037 = 0.666, and the file's formula
        // (7.332 Li per cell) no longer matches, which the reader reports.
        Structure s = read(fixture().replace("Li2 Li 0.5 0 0.0009 0.0370", "Li2 Li 0.5 0 0 0.0370"));
        assertThat(s.composition().get(Element.Li)).isCloseTo(6 + 18 * 0.0370, within(1e-9));
        assertThat(s.warnings()).singleElement().asString().contains("_chemical_formula_sum")
                .contains("Li 6.666 (formula 7.332)");
    }

    @Test
    void declaredMultiplicityDecides() throws IOException {
        String withMultiplicity = fixture().replace("_atom_site_occupancy\n", "_atom_site_occupancy\n"
                + "_atom_site_symmetry_multiplicity\n").replace("0 0 0 1\n", "0 0 0 1 6\n")
                .replace("0.0009 0.0370\n", "0.0009 0.0370 36\n").replace("0 0.25 1\n", "0 0.25 1 18\n")
                .replace("0.1950 1\n", "0.1950 1 36\n").replace("0.0900 1\n", "0.0900 1 36\n");
        Structure general = read(withMultiplicity);
        assertThat(general.composition().get(Element.Li)).isCloseTo(6 + 36 * 0.0370, within(1e-9));
        // A file that calls the same site 18d (multiplicity 18) means 18 x 0.037 Li, whatever the coordinates.
        Structure special = read(withMultiplicity.replace("0.0370 36", "0.0370 18"));
        assertThat(special.composition().get(Element.Li)).isCloseTo(6 + 18 * 0.0370, within(1e-9));
    }

    @Test
    void roundedSpecialPositionsAreNotSummed() throws IOException {
        // Li1 written as (1/3, 2/3, 1/6) with three decimals is the same 6b orbit: 6 Li of occupancy 1, no warning
        // (summing its images would give occupancy 6 per position).
        Structure s = read(fixture().replace("Li1 Li 0 0 0 1", "Li1 Li 0.333 0.667 0.167 1"));
        assertThat(s.sites().stream().filter(x -> x.label().equals("Li1"))).hasSize(6)
                .allSatisfy(x -> assertThat(x.occupancy()).isEqualTo(1.0));
        assertThat(s.warnings()).singleElement().asString().contains("Li2");
    }

    @Test
    void summedOccupancyAboveOneIsCappedWithAWarning() throws IOException {
        Structure s = read(fixture().replace("0.0009 0.0370", "0.0009 0.7000").replace("'Li1.222 P3 O12'",
                "'Li5.2 P3 O12'"));
        // 2 x 0.7 = 1.4 per merged position, capped at 1: 18 Li instead of 25.2.
        assertThat(s.composition().get(Element.Li)).isCloseTo(6 + 18, within(1e-9));
        assertThat(s.warnings()).anySatisfy(w -> assertThat(w).contains("capped at 1"))
                .anySatisfy(w -> assertThat(w).contains("Li 24 (formula 31.2)"));
    }

    @Test
    void aFileWithoutSymmetryIsP1WithAWarning() throws IOException {
        String noSymmetry = fixture().replace("_space_group_name_H-M_alt 'R -3 c'\n", "")
                .replace("_space_group_IT_number 167\n", "").replace("_chemical_formula_sum 'Li1.222 P3 O12'\n", "");
        Structure s = read(noSymmetry);
        assertThat(s.numSites()).isEqualTo(5);
        assertThat(s.symmetryOpsUsed()).isEqualTo(1);
        assertThat(s.warnings()).singleElement().asString().contains("no symmetry").contains("P1");
    }
}
