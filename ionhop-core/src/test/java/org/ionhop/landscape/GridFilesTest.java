package org.ionhop.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ionhop.io.InputFormatException;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cube and VESTA grid files: round trip, header numbers, malformed input. */
class GridFilesTest {
    private static final Lattice L = Lattice.fromParameters(4, 5, 6, 90, 100, 90);

    private static EnergyGrid sample() {
        double[] v = new double[3 * 4 * 5];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sin(i * 0.37) - 2;
        }
        return new EnergyGrid(L, 3, 4, 5, v);
    }

    @Test
    void grdRoundTripKeepsValuesOrderAndCell(@TempDir Path dir) throws IOException {
        EnergyGrid g = sample();
        Path f = dir.resolve("x.grd");
        try (var out = Files.newOutputStream(f)) {
            GridFiles.writeGrd(g, -2, "test", out);
        }
        EnergyGrid back = GridFiles.readGrd(f);
        assertThat(back.na()).isEqualTo(3);
        assertThat(back.nb()).isEqualTo(4);
        assertThat(back.nc()).isEqualTo(5);
        assertThat(back.lattice().beta()).isCloseTo(100, within(1e-6));
        for (int i = 0; i < g.size(); i++) {
            // written as float: relative precision 6e-8
            assertThat(back.values()[i]).isCloseTo(g.values()[i] + 2, within(1e-6));
        }
    }

    @Test
    void cubeHasBohrVoxelsAtomsAndAllValues() throws IOException {
        EnergyGrid g = sample();
        Structure s = Structure.of(L, List.of(new Site(Element.O, "O", new double[] {0.5, 0, 0}, 1, -2)), "x");
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        GridFiles.writeCube(g, s, 0, "t", bos);
        String[] lines = bos.toString(StandardCharsets.US_ASCII).split("\n");
        String[] nAtoms = lines[2].trim().split("\\s+");
        assertThat(Integer.parseInt(nAtoms[0])).isEqualTo(1);
        String[] va = lines[3].trim().split("\\s+");
        assertThat(Integer.parseInt(va[0])).isEqualTo(3);
        assertThat(Double.parseDouble(va[1])).isCloseTo(4.0 / 3 / 0.529177210903, within(1e-5));
        String[] atom = lines[6].trim().split("\\s+");
        assertThat(Integer.parseInt(atom[0])).isEqualTo(8);
        assertThat(Double.parseDouble(atom[2])).isCloseTo(2.0 / 0.529177210903, within(1e-5));
        long values = 0;
        for (int i = 7; i < lines.length; i++) {
            values += lines[i].trim().split("\\s+").length;
        }
        assertThat(values).isEqualTo(g.size());
        // the first c-row of 5 values takes one line of 5 (six per line, rows start new lines)
        assertThat(lines[7].trim().split("\\s+")).hasSize(5);
    }

    @Test
    void malformedGrdNamesTheProblem(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.grd");
        Files.writeString(f, "t\n1 2 3 90 90 90\n2 2 2\n1 2 3\n");
        assertThatThrownBy(() -> GridFiles.readGrd(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("8 grid values");
        Files.writeString(f, "t\n1 2 3 90 90\n");
        assertThatThrownBy(() -> GridFiles.readGrd(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("six cell parameters");
        Files.writeString(f, "t\n1 2 3 90 90 90\n2 x 2\n");
        assertThatThrownBy(() -> GridFiles.readGrd(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("integer grid dimension");
        Files.writeString(f, "t\n1 2 3 90 90 90\n1 1 2\n1.0 abc\n");
        assertThatThrownBy(() -> GridFiles.readGrd(f)).isInstanceOf(InputFormatException.class);
    }
}
