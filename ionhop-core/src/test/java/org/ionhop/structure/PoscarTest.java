package org.ionhop.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;

class PoscarTest {
    private static Structure read(String text) {
        return PoscarReader.read(TextSource.fromString("POSCAR", text));
    }

    private static final String DIRECT = """
            Li2O antifluorite, conventional cell halved
            1.0
              4.61 0.0 0.0
              0.0 4.61 0.0
              0.0 0.0 4.61
              O Li
              1 2
            Direct
              0.0 0.0 0.0
              0.25 0.25 0.25
              0.75 0.75 0.75
            """;

    @Test
    void readsDirectCoordinatesWithSpecies() {
        Structure s = read(DIRECT);
        assertThat(s.numSites()).isEqualTo(3);
        assertThat(s.composition()).containsEntry(Element.O, 1.0).containsEntry(Element.Li, 2.0);
        assertThat(s.volume()).isCloseTo(Math.pow(4.61, 3), within(1e-9));
        assertThat(s.sites().get(1).frac()).containsExactly(0.25, 0.25, 0.25);
    }

    @Test
    void scaleFactorCartesianAndSelectiveDynamicsGiveTheSameStructure() {
        // Scale 2 with half-length vectors; Cartesian coordinates are scaled too (VASP's convention).
        Structure cart = read("""
                scaled, Cartesian, selective dynamics
                2.0
                  2.305 0 0
                  0 2.305 0
                  0 0 2.305
                  O Li
                  1 2
                Selective dynamics
                Cartesian
                  0 0 0 T T T
                  0.57625 0.57625 0.57625 F F F
                  1.72875 1.72875 1.72875 T F T
                """);
        // Negative scale: the cell volume in Å³.
        Structure vol = read(DIRECT.replace("\n1.0\n", "\n-" + Math.pow(4.61, 3) + "\n").replace("4.61", "1.0"));
        Structure ref = read(DIRECT);
        for (Structure s : List.of(cart, vol)) {
            assertThat(s.volume()).isCloseTo(ref.volume(), within(1e-9));
            for (int i = 0; i < 3; i++) {
                assertThat(s.sites().get(i).element()).isEqualTo(ref.sites().get(i).element());
                assertThat(s.sites().get(i).frac()).containsExactly(ref.sites().get(i).frac(), within(1e-12));
            }
        }
    }

    @Test
    void vasp4FilesTakeSpeciesFromTheCommentOrSayTheyAreMissing() {
        String vasp4 = DIRECT.replace("  O Li\n", "");
        assertThat(read(vasp4.replace("Li2O antifluorite, conventional cell halved", "O Li")).composition())
                .containsEntry(Element.Li, 2.0);
        assertThatThrownBy(() -> read(vasp4)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 6").hasMessageContaining("species line");
    }

    @Test
    void badInputNamesTheLine() {
        assertThatThrownBy(() -> read(DIRECT.replace("0.25 0.25 0.25", "0.25 x 0.25")))
                .hasMessageContaining("line 10").hasMessageContaining("found 'x'");
        assertThatThrownBy(() -> read(DIRECT.replace(" O Li", " O Qq"))).hasMessageContaining("line 6")
                .hasMessageContaining("'Qq'");
        assertThatThrownBy(() -> read(DIRECT.substring(0, DIRECT.indexOf("  0.75 0.75"))))
                .hasMessageContaining("line 11").hasMessageContaining("atom 3 of 3");
        assertThatThrownBy(() -> read(DIRECT.replace("0.0 0.0 4.61", "4.61 0.0 0.0")))
                .hasMessageContaining("positive volume");
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty file");
        // No atoms at all is refused like a CIF without atom sites, not read as a cell of density 0.
        assertThatThrownBy(() -> read(DIRECT.replace("  1 2\n", "  0 0\n")))
                .hasMessageContaining("line 7").hasMessageContaining("at least one atom");
    }

    @Test
    void writerRoundTripsThroughAFile(@TempDir Path dir) throws Exception {
        Structure s = read(DIRECT).supercell(2, 1, 3);
        Path f = dir.resolve("POSCAR");
        PoscarWriter.write(s, f);
        Structure back = PoscarReader.read(f);
        assertThat(back.numSites()).isEqualTo(18);
        assertThat(back.lattice().parameters()).containsExactly(s.lattice().parameters(), within(1e-12));
        // Sites are grouped by element, which keeps this structure's order (its O come first, then its Li).
        for (int i = 0; i < s.numSites(); i++) {
            assertThat(back.sites().get(i).element()).isEqualTo(s.sites().get(i).element());
            assertThat(back.sites().get(i).frac()).containsExactly(s.sites().get(i).frac(), within(1e-15));
        }
        assertThat(Files.list(dir)).containsExactly(f);
    }

    @Test
    void writerRefusesPartialOccupancies() {
        Structure s = Structure.of(Lattice.fromParameters(3, 3, 3, 90, 90, 90),
                List.of(new Site(Element.Li, "Li1", new double[] {0, 0, 0}, 0.5, Double.NaN)), "x");
        assertThatThrownBy(() -> PoscarWriter.toPoscar(s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partial");
    }
}
