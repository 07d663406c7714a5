package org.ionhop.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;

/** Pathological cells and overfull positions are bad input when read (issue 18 section 5, issue 12). */
class StructureValidationTest {
    private static Structure cif(String cell, String sites) {
        String text = "data_t\n" + cell + "_symmetry_space_group_name_H-M 'P 1'\nloop_\n_atom_site_label\n"
                + "_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n_atom_site_occupancy\n" + sites;
        return CifReader.read(TextSource.fromString("bad.cif", text), CifReader.DEFAULT_MERGE_TOLERANCE_A);
    }

    private static final String CUBE = "_cell_length_a 5\n_cell_length_b 5\n_cell_length_c 5\n_cell_angle_alpha 90\n"
            + "_cell_angle_beta 90\n_cell_angle_gamma 90\n";

    @Test
    void aCellShorterThanItsAtomsIsRefusedBeforeAnythingIsBuilt() {
        String thin = CUBE.replace("_cell_length_c 5", "_cell_length_c 0.01");
        assertThatThrownBy(() -> cif(thin, "Li1 0 0 0 1\nO1 0.5 0.5 0.5 1\n")).isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("bad.cif: expected a cell longer than its atoms")
                .hasMessageContaining("[0 0 1] only 0.01 Å");
    }

    @Test
    void aShortLatticeVectorThatIsNotAnAxisIsFound() {
        // a = b = 5 Å but a - b is 0.3 Å long (gamma 3.44°): every atom sits 0.3 Å from its own image.
        String skew = CUBE.replace("_cell_angle_gamma 90", "_cell_angle_gamma 3.4380");
        assertThatThrownBy(() -> cif(skew, "Li1 0 0 0 1\n")).hasMessageContaining("[1 -1 0]")
                .hasMessageContaining("0.3 Å");
    }

    @Test
    void overlappingAtomsAreRefusedWithBothLabels() {
        // 0.02 x 5 Å = 0.1 Å apart, both fully occupied.
        assertThatThrownBy(() -> cif(CUBE, "Li1 0 0 0 1\nO1 0.5 0.5 0.5 1\nO2 0.52 0.5 0.5 1\n"))
                .hasMessageContaining("O1 and O2 0.100 Å apart").hasMessageContaining("occupancies adding up to 2");
    }

    @Test
    void splitPositionsThatExcludeEachOtherAreLegitimate() {
        // Two half-occupied Li 0.3 Å apart (a split site) and a mixed La/Li position adding up to 1.01 (rounding).
        Structure s = cif(CUBE, "Li1 0 0 0 0.5\nLi2 0.06 0 0 0.5\nLa1 0.5 0.5 0.5 0.51\nLi3 0.5 0.5 0.5 0.50\n");
        assertThat(s.numSites()).isEqualTo(4);
    }

    @Test
    void anOverfullPositionIsBadInput() {
        assertThatThrownBy(() -> cif(CUBE, "La1 0.5 0.5 0.5 0.7\nLi3 0.5 0.5 0.5 0.5\n"))
                .hasMessageContaining("at most 1 on one position, found 1.2 from La1 (occupancy 0.7), Li3"
                        + " (occupancy 0.5)");
        // Two partial atoms 0.25 Å apart that cannot both be there at 0.7 + 0.5.
        assertThatThrownBy(() -> cif(CUBE, "Li1 0 0 0 0.7\nLi2 0.05 0 0 0.5\n"))
                .hasMessageContaining("0.250 Å apart with occupancies adding up to 1.2");
    }

    @Test
    void poscarGoesThroughTheSameCheck() {
        String poscar = "two Li on top of each other\n1.0\n 4 0 0\n 0 4 0\n 0 0 4\nLi\n2\nDirect\n"
                + " 0 0 0\n 0.01 0 0\n";
        assertThatThrownBy(() -> PoscarReader.read(TextSource.fromString("POSCAR", poscar)))
                .isInstanceOf(InputFormatException.class).hasMessageStartingWith("POSCAR: expected");
    }
}
