package org.ionhop.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.io.InputFormatException;

/** Type maps from LAMMPS data files: by comment, by mass (standard atomic weights), and bad input. */
class LammpsDataTest {
    @TempDir
    Path dir;

    @Test
    void commentsAndMassesNameTheElements() throws IOException {
        Path p = dir.resolve("data.lmp");
        Files.writeString(p, "LAMMPS data\n\n 10 atoms\n 3 atom types\n\n0 10 xlo xhi\n\nMasses\n\n1 6.94 # Li\n"
                + "2 30.974\n3 32.06 # S\n\nAtoms # atomic\n\n1 1 0 0 0\n");
        assertThat(LammpsData.typeMap(p)).isEqualTo(Map.of(1, "Li", 2, "P", 3, "S"));
    }

    @Test
    void unknownMassIsAnError() throws IOException {
        Path p = dir.resolve("bad.lmp");
        Files.writeString(p, "x\n\nMasses\n\n1 1234.5\n");
        assertThatThrownBy(() -> LammpsData.typeMap(p)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 5").hasMessageContaining("mass 1234.5");
        Path none = dir.resolve("none.lmp");
        Files.writeString(none, "x\n\nAtoms\n\n1 1 0 0 0\n");
        assertThatThrownBy(() -> LammpsData.typeMap(none)).hasMessageContaining("Masses");
    }
}
