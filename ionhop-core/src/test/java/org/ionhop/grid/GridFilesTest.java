package org.ionhop.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.io.InputFormatException;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;

/** Cube and VESTA grid files: round trips, header numbers in bohr (CODATA 2018), malformed input. */
class GridFilesTest {
    private static final Lattice L = Lattice.fromParameters(4, 5, 6, 90, 100, 90);

    private static PeriodicGrid sample() {
        double[] v = new double[3 * 4 * 5];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sin(i * 0.37) - 2;
        }
        return new PeriodicGrid(L, 3, 4, 5, v);
    }

    @Test
    void grdRoundTripKeepsValuesOrderAndCell(@TempDir Path dir) throws IOException {
        PeriodicGrid g = sample();
        Path f = dir.resolve("x.grd");
        try (var out = Files.newOutputStream(f)) {
            GrdFile.write(g.minus(-2), "test", out);
        }
        PeriodicGrid back = GrdFile.read(f);
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
        PeriodicGrid g = sample();
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        CubeFile.write(g, List.of(new CubeFile.Atom(Element.O.atomicNumber(), new double[] {0.5, 0, 0})), "t", "c",
                CubeFile.Values.FIXED_6, bos);
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
    void fastNumberFormatRoundTripsToSixDecimals() {
        java.util.Random rnd = new java.util.Random(11);
        for (int i = 0; i < 5000; i++) {
            double v = (rnd.nextDouble() - 0.3) * Math.pow(10, rnd.nextInt(8) - 3);
            StringBuilder sb = new StringBuilder();
            GrdFile.appendFixed6(sb, v);
            assertThat(Double.parseDouble(sb.toString())).as(sb.toString()).isCloseTo(v, within(5.000001e-7));
        }
        StringBuilder sb = new StringBuilder();
        GrdFile.appendFixed6(sb, -0.0000006);
        assertThat(sb.toString()).isEqualTo("-0.000001");
    }

    @Test
    void malformedGrdNamesTheProblem(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.grd");
        Files.writeString(f, "t\n1 2 3 90 90 90\n2 2 2\n1 2 3\n");
        assertThatThrownBy(() -> GrdFile.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("8 grid values");
        Files.writeString(f, "t\n1 2 3 90 90\n");
        assertThatThrownBy(() -> GrdFile.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("six cell parameters");
        Files.writeString(f, "t\n1 2 3 90 90 90\n2 x 2\n");
        assertThatThrownBy(() -> GrdFile.read(f)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("integer grid dimension");
        Files.writeString(f, "t\n1 2 3 90 90 90\n1 1 2\n1.0 abc\n");
        assertThatThrownBy(() -> GrdFile.read(f)).isInstanceOf(InputFormatException.class);
    }

    @Test
    void cubeRoundTripKeepsCellAtomsAndValuesWithTheCodataBohr(@TempDir Path dir) throws IOException {
        PeriodicGrid g = sample();
        List<CubeFile.Atom> atoms = List.of(new CubeFile.Atom(8, new double[] {0.5, 0.25, 0.125}),
                new CubeFile.Atom(3, new double[] {1.25, -0.5, 0}));
        for (CubeFile.Values format : CubeFile.Values.values()) {
            Path f = dir.resolve("x-" + format + ".cube");
            try (var out = Files.newOutputStream(f)) {
                CubeFile.write(g, atoms, "title", "energy (eV)", format, out);
            }
            // the voxel vector along a in bohr: 4/3 Å over the CODATA 2018 Bohr radius 0.529177210903 Å
            String voxel = Files.readAllLines(f).get(3).trim().split("\\s+")[1];
            assertThat(Double.parseDouble(voxel)).isCloseTo(4.0 / 3 / 0.529177210903, within(5e-7));
            CubeFile.Contents back = CubeFile.read(f);
            assertThat(back.title()).isEqualTo("title");
            assertThat(back.comment()).isEqualTo("energy (eV)");
            // lengths printed with 6 decimals in bohr: 0.5e-6 bohr per component times n = 3 points, 1e-6 Å
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 3; k++) {
                    assertThat(back.grid().lattice().component(i, k)).isCloseTo(L.component(i, k), within(1e-5));
                }
            }
            assertThat(back.atoms()).hasSize(2);
            assertThat(back.atoms().get(0).atomicNumber()).isEqualTo(8);
            assertThat(back.atoms().get(0).frac()).containsExactly(new double[] {0.5, 0.25, 0.125}, within(1e-6));
            // written wrapped into the cell
            assertThat(back.atoms().get(1).frac()).containsExactly(new double[] {0.25, 0.5, 0}, within(1e-6));
            // FIXED_6 rounds to 5e-7 absolute; %12.5E to 5e-6 relative (values between 1 and 3 in magnitude)
            double tol = format == CubeFile.Values.FIXED_6 ? 5.000001e-7 : 1.5e-5;
            for (int i = 0; i < g.size(); i++) {
                assertThat(back.grid().values()[i]).isCloseTo(g.values()[i], within(tol));
            }
        }
    }
}
