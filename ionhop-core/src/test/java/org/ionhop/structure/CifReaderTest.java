package org.ionhop.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;
import org.ionhop.units.Constants;

class CifReaderTest {
    private static Structure read(String text) {
        return CifReader.read(TextSource.fromString("test.cif", text), CifReader.DEFAULT_MERGE_TOLERANCE_A);
    }

    private static final String NACL_HEAD = """
            data_NaCl
            _cell_length_a 5.6402(3)
            _cell_length_b 5.6402(3)
            _cell_length_c 5.6402(3)
            _cell_angle_alpha 90
            _cell_angle_beta 90.0
            _cell_angle_gamma 90.
            """;

    private static final String NACL_SITES = """
            loop_
            _atom_site_label
            _atom_site_type_symbol
            _atom_site_fract_x
            _atom_site_fract_y
            _atom_site_fract_z
            Na1 Na1+ 0 0 0
            Cl1 Cl1- 0.5 0.5 0.5
            """;

    @Test
    void rockSaltFromTheHermannMauguinSymbolAlone() {
        Structure s = read(NACL_HEAD + "_symmetry_space_group_name_H-M 'F m -3 m'\n" + NACL_SITES);
        // Wyckoff 4a + 4b of Fm-3m: 8 atoms, Z = 4.
        assertThat(s.numSites()).isEqualTo(8);
        assertThat(s.symmetryOpsUsed()).isEqualTo(192);
        assertThat(s.composition()).containsEntry(Element.Na, 4.0).containsEntry(Element.Cl, 4.0);
        // Z M / (N_A V) with M(NaCl) = 22.990 + 35.45 g/mol.
        double rho = 4 * (22.990 + 35.45) / (Constants.AVOGADRO_PER_MOL * Math.pow(5.6402e-8, 3));
        assertThat(s.densityGPerCm3()).isCloseTo(rho, within(1e-9));
        assertThat(s.oxidationSource()).isEqualTo(OxidationSource.GIVEN);
        assertThat(s.sitesOf(Element.Cl).get(0).oxidationState()).isEqualTo(-1.0);
        // The four Na are the fcc lattice points.
        assertThat(s.sitesOf(Element.Na)).extracting(site -> site.frac(0) + site.frac(1) + site.frac(2))
                .containsExactlyInAnyOrder(0.0, 1.0, 1.0, 1.0);
    }

    @Test
    void numberAloneAndExplicitOperationsGiveTheSameCell() {
        Structure byNumber = read(NACL_HEAD + "_space_group_IT_number 225\n" + NACL_SITES);
        StringBuilder ops = new StringBuilder("loop_\n_space_group_symop.operation_xyz\n");
        for (SymmetryOperation op : SpaceGroupTable.get().byNumber(225).orElseThrow().operations()) {
            ops.append('\'').append(op.toXyz()).append("'\n");
        }
        Structure explicit = read(NACL_HEAD + ops + NACL_SITES);
        assertThat(byNumber.numSites()).isEqualTo(8);
        assertThat(explicit.numSites()).isEqualTo(8);
        assertThat(explicit.formula()).isEqualTo(byNumber.formula());
    }

    @Test
    void tokenizerHandlesQuotesTextFieldsCommentsAndMissingValues() {
        Structure s = read("""
                # a comment line
                data_test   # trailing comment
                _publ_section_title
                ;
                 A title with 'quotes', a # hash and
                 _a_tag_inside_text
                ;
                _journal_name_full 'Acta Cryst. isn't it'
                _chemical_name_common "a "b"c"
                _cell_length_a 4.0
                _cell_length_b 4.0 _cell_length_c 4.0
                _cell_angle_alpha 90 _cell_angle_beta 90 _cell_angle_gamma 90
                _symmetry_space_group_name_H-M ?
                loop_
                _atom_site_label
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                _atom_site_occupancy
                _atom_site_U_iso_or_equiv
                Li1 0 0 0 ? .
                O1 0.5 0.5 0.5 . 0.01(2)
                """);
        assertThat(s.numSites()).isEqualTo(2);
        assertThat(s.sites()).allMatch(site -> site.occupancy() == 1.0);
        assertThat(s.spaceGroup()).isEmpty();
        assertThat(s.oxidationSource()).isEqualTo(OxidationSource.NONE);
    }

    @Test
    void readsCif2SyntaxAndDdlmNames() {
        Structure s = read("""
                #\\#CIF_2.0
                data_cif2
                _audit.block_doi '''a triple-quoted
                value over two lines'''
                _cell.length_a 3.0 _cell.length_b 3.0 _cell.length_c 3.0
                _cell.angle_alpha 90 _cell.angle_beta 90 _cell.angle_gamma 90
                _space_group.name_H-M_alt 'I m -3 m'
                _some.list [1 2 [3 4]]
                _some.table {'a':1 'b':2}
                loop_
                _atom_site.label
                _atom_site.type_symbol
                _atom_site.fract_x
                _atom_site.fract_y
                _atom_site.fract_z
                W1 W 0 0 0
                """);
        // bcc: Wyckoff 2a of Im-3m.
        assertThat(s.numSites()).isEqualTo(2);
        assertThat(s.formula()).isEqualTo("W2");
    }

    @Test
    void keepsMixedAndPartialSitesAndReadsChargesFromTypeSymbols() {
        Structure s = read(NACL_HEAD + """
                _space_group_name_H-M_alt 'P m -3 m'
                loop_
                _atom_site_label
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                _atom_site_occupancy
                Ge1 Ge4+ 0 0 0 0.515(3)
                P1 P5+ 0 0 0 0.485(3)
                Li1 Li+ 0.5 0 0 0.691
                S1 S2- 0.5 0.5 0.5 1
                """);
        // Pm-3m: 1a (mixed Ge/P), 3c (Li, 0.691 each), 1b (S).
        assertThat(s.numSites()).isEqualTo(1 + 1 + 3 + 1);
        Map<Element, Double> c = s.composition();
        assertThat(c.get(Element.Ge)).isCloseTo(0.515, within(1e-12));
        assertThat(c.get(Element.P)).isCloseTo(0.485, within(1e-12));
        assertThat(c.get(Element.Li)).isCloseTo(3 * 0.691, within(1e-12));
        assertThat(s.partialSites()).hasSize(5);
        assertThat(s.sitesOf(Element.Ge).get(0).oxidationState()).isEqualTo(4.0);
        assertThat(s.sitesOf(Element.Li).get(0).oxidationState()).isEqualTo(1.0);
        assertThat(s.sitesOf(Element.S).get(0).oxidationState()).isEqualTo(-2.0);
    }

    @Test
    void mergesImagesOfSpecialPositionsGivenWithFewDecimals() {
        // Li3N-type P6/mmm with 1/3, 2/3 written as 0.333, 0.667: Wyckoff 2c must stay 2 atoms, not 6 or 12.
        Structure s = read("""
                data_li3n
                _cell_length_a 3.6507 _cell_length_b 3.6507 _cell_length_c 3.8886
                _cell_angle_alpha 90 _cell_angle_beta 90 _cell_angle_gamma 120
                _symmetry_Int_Tables_number 191
                loop_
                _atom_site_label _atom_site_fract_x _atom_site_fract_y _atom_site_fract_z
                N1 0 0 0
                Li1 0 0 0.5
                Li2 0.333 0.667 0
                """);
        assertThat(s.numSites()).isEqualTo(1 + 1 + 2);
        assertThat(s.reducedFormula()).isEqualTo("Li3N");
    }

    @Test
    void choosesRhombohedralAxesForARhombohedralCell() {
        // Corundum-type R-3c in the rhombohedral cell: Al on 4c, 10 atoms per rhombohedral cell (Al4O6).
        Structure s = read("""
                data_al2o3
                _cell_length_a 5.128 _cell_length_b 5.128 _cell_length_c 5.128
                _cell_angle_alpha 55.28 _cell_angle_beta 55.28 _cell_angle_gamma 55.28
                _space_group_IT_number 167
                loop_
                _atom_site_label _atom_site_fract_x _atom_site_fract_y _atom_site_fract_z
                Al1 0.352 0.352 0.352
                O1 0.556 -0.056 0.25
                """);
        assertThat(s.symmetryOpsUsed()).isEqualTo(12);
        assertThat(s.composition()).containsEntry(Element.Al, 4.0).containsEntry(Element.O, 6.0);
    }

    @Test
    void labelOnlySitesTakeTheStateOfTheirElementFromTheTypeTable() {
        Structure s = read(NACL_HEAD + """
                loop_
                _atom_type_symbol _atom_type_oxidation_number
                Na+ 1
                Cl- -1
                loop_
                _atom_site_label _atom_site_fract_x _atom_site_fract_y _atom_site_fract_z
                Na1 0 0 0
                Cl1 0.5 0.5 0.5
                """);
        assertThat(s.oxidationSource()).isEqualTo(OxidationSource.GIVEN);
        assertThat(s.sitesOf(Element.Cl).get(0).oxidationState()).isEqualTo(-1.0);
    }

    @Test
    void allZeroOxidationNumbersMeanNone() {
        Structure s = read(NACL_HEAD + """
                loop_
                _atom_type_symbol _atom_type_oxidation_number
                Na0+ 0.0
                Cl0+ 0.0
                loop_
                _atom_site_type_symbol _atom_site_label _atom_site_fract_x _atom_site_fract_y _atom_site_fract_z
                Na0+ Na1 0 0 0
                Cl0+ Cl1 0.5 0.5 0.5
                """);
        assertThat(s.oxidationSource()).isEqualTo(OxidationSource.NONE);
        assertThat(s.sites()).noneMatch(Site::hasOxidationState);
    }

    @Test
    void badInputNamesTheLineAndWhatWasExpected() {
        record Case(String text, long line, String phrase) {
        }
        List<Case> cases = List.of(
                new Case(NACL_HEAD.replace("5.6402(3)\n_cell_length_b", "five\n_cell_length_b"), 2, "found 'five'"),
                new Case(NACL_HEAD.replace("_cell_angle_beta 90.0", "_cell_angle_beta 180"), 2, "positive volume"),
                new Case(NACL_HEAD + NACL_SITES.replace("Cl1 Cl1-", "Xx1 Xx1-"), 15, "chemical element"),
                new Case(NACL_HEAD + NACL_SITES.replace("Cl1 Cl1- 0.5 0.5 0.5\n", "Cl1 Cl1- 0.5 0.5\n"), 15,
                        "expected a multiple of 5"),
                new Case(NACL_HEAD + "_publ_section_title\n;\nno end\n", 10, "text field"),
                new Case(NACL_HEAD + "_journal_name 'unclosed\n", 8, "closing '"),
                new Case(NACL_HEAD + "_symmetry_space_group_name_H-M 'Q 9 9'\n" + NACL_SITES, 8, "space-group symbol"),
                new Case(NACL_HEAD + "loop_\n_symmetry_equiv_pos_as_xyz\n'x,y'\n" + NACL_SITES, 10, "three"),
                new Case(NACL_HEAD.substring(0, NACL_HEAD.indexOf("_cell_angle_gamma")), 1, "_cell_angle_gamma"),
                new Case(NACL_HEAD + "_cell_volume\n", 8, "expected a value for _cell_volume"),
                new Case("", 0, "empty file"),
                new Case("# just a comment\n", 1, "data_"));
        for (Case c : cases) {
            assertThatThrownBy(() -> read(c.text)).as(c.phrase).isInstanceOf(InputFormatException.class)
                    .hasMessageContaining(c.phrase)
                    .satisfies(e -> assertThat(((InputFormatException) e).line()).as(c.phrase).isEqualTo(c.line));
        }
    }
}
