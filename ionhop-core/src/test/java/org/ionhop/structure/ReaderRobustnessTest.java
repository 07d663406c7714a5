package org.ionhop.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.TextSource;
import org.ionhop.testing.RefData;

/**
 * Damaged files must either read or fail with an {@link InputFormatException} (one clear message), never with
 * another exception: every truncation point of real files, and seeded random character edits.
 */
class ReaderRobustnessTest {
    private static final List<String> CIFS = List.of("kmc/kmcpy_tests_Na4Zr2Si3O12_573K_ICSD15546.cif",
            "structures/LGPS_ccnb.cif", "structures/Li10GeP2S12_pymatgen.cif", "kmc/kmcpy_tests_Na3SbS4_cubic.cif");
    private static final String POSCAR = "trajectories/LLZO_arrhenius/POSCAR";
    private static final String NOISE = "0123456789.-+()'\";_#? xyzXYZ/,eE\n\t[]{}aq";

    private static void readCif(String text) {
        CifReader.read(TextSource.fromString("damaged.cif", text), CifReader.DEFAULT_MERGE_TOLERANCE_A);
    }

    private static void readPoscar(String text) {
        PoscarReader.read(TextSource.fromString("damaged POSCAR", text));
    }

    private static void assertReadsOrFailsCleanly(Runnable read, String what) {
        try {
            read.run();
        } catch (InputFormatException e) {
            assertThat(e.getMessage()).as(what).isNotBlank().doesNotContain("null");
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": " + e, e);
        }
    }

    @Test
    void everyTruncationOfRealFiles() throws IOException {
        for (String f : CIFS) {
            String text = Files.readString(RefData.path(f));
            for (int cut = 0; cut < text.length(); cut += 7) {
                String t = text.substring(0, cut);
                assertReadsOrFailsCleanly(() -> readCif(t), f + " cut at " + cut);
            }
        }
        String poscar = Files.readString(RefData.path(POSCAR));
        for (int cut = 0; cut < 2000; cut += 3) {
            String t = poscar.substring(0, cut);
            assertReadsOrFailsCleanly(() -> readPoscar(t), "POSCAR cut at " + cut);
        }
    }

    @Test
    void seededRandomEdits() throws IOException {
        Random rnd = new Random(1122);
        for (String f : CIFS) {
            String text = Files.readString(RefData.path(f));
            for (int trial = 0; trial < 300; trial++) {
                String t = mutate(text, rnd);
                assertReadsOrFailsCleanly(() -> readCif(t), f + " trial " + trial);
            }
        }
        String poscar = Files.readString(RefData.path(POSCAR)).substring(0, 1500);
        for (int trial = 0; trial < 300; trial++) {
            String t = mutate(poscar, rnd);
            assertReadsOrFailsCleanly(() -> readPoscar(t), "POSCAR trial " + trial);
        }
    }

    /** One to three random character replacements, insertions or deletions. */
    private static String mutate(String text, Random rnd) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + rnd.nextInt(3);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int pos = rnd.nextInt(sb.length());
            char c = NOISE.charAt(rnd.nextInt(NOISE.length()));
            switch (rnd.nextInt(3)) {
                case 0 -> sb.setCharAt(pos, c);
                case 1 -> sb.insert(pos, c);
                default -> sb.deleteCharAt(pos);
            }
        }
        return sb.toString();
    }

    @Test
    void numbersOutsideTheDoubleRangeAreBadInput() {
        String cif = """
                data_x
                _cell_length_a 1e999 _cell_length_b 4 _cell_length_c 4
                _cell_angle_alpha 90 _cell_angle_beta 90 _cell_angle_gamma 90
                loop_
                _atom_site_label _atom_site_fract_x _atom_site_fract_y _atom_site_fract_z
                Li1 0 0 0
                """;
        assertReadsOrFailsCleanly(() -> readCif(cif), "1e999");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> readCif(cif)).hasMessageContaining("line 2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> readCif(cif.replace("1e999", "4")
                .replace("Li1 0 0 0", "Li1 0 1e400 0"))).hasMessageContaining("line 6");
    }
}
