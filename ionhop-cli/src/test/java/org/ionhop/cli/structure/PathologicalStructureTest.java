package org.ionhop.cli.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.ionhop.cli.CliRun;

/**
 * Issue 18, section 5: a cell 0.01 Å long made {@code bvse} run out of memory, {@code report} hang and
 * {@code kmc --structure} grow to 8.7 GB. Such files, and overlapping atoms, are bad input for every command that
 * reads a structure: exit code 2 and one line naming the file (no OutOfMemoryError, no stack trace), before any grid
 * or network is allocated (each run takes about a second; the bound below only guards against the old hang).
 */
class PathologicalStructureTest {
    @TempDir
    Path dir;

    private Path thinCell() throws IOException {
        Path f = dir.resolve("thin.cif");
        Files.writeString(f, """
                data_thin
                _cell_length_a 4.7
                _cell_length_b 6.0
                _cell_length_c 0.01
                _cell_angle_alpha 90
                _cell_angle_beta 90
                _cell_angle_gamma 90
                _symmetry_space_group_name_H-M 'P 1'
                loop_
                _atom_site_label
                _atom_site_type_symbol
                _atom_site_fract_x
                _atom_site_fract_y
                _atom_site_fract_z
                Li1 Li 0 0 0
                Fe1 Fe 0.5 0.5 0.5
                P1 P 0.25 0.25 0.5
                O1 O 0.75 0.25 0.5
                O2 O 0.25 0.75 0.5
                O3 O 0.75 0.75 0.5
                O4 O 0.5 0.0 0.5
                """);
        return f;
    }

    private Path overlapping() throws IOException {
        Path f = dir.resolve("overlap_POSCAR");
        Files.writeString(f, "Li2O with a duplicated O\n1.0\n 4.61 0 0\n 0 4.61 0\n 0 0 4.61\nO Li\n2 2\nDirect\n"
                + " 0 0 0\n 0.02 0 0\n 0.25 0.25 0.25\n 0.75 0.75 0.75\n");
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"info", "bvse", "report", "kmc"})
    void everyCommandRefusesACellShorterThanItsAtoms(String command) throws IOException {
        assertBadInput(command, thinCell(), "expected a cell longer than its atoms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"info", "bvse", "report", "kmc"})
    void everyCommandRefusesOverlappingAtoms(String command) throws IOException {
        assertBadInput(command, overlapping(), "0.092 Å apart");
    }

    private void assertBadInput(String command, Path file, String phrase) {
        String out = dir.resolve("out-" + command).toString();
        List<String> args = switch (command) {
            case "info" -> List.of("info", file.toString());
            case "bvse" -> List.of("bvse", file.toString(), "--ion", "Li", "-o", out);
            case "report" -> List.of("report", file.toString(), "--quick", "-o", out);
            default -> List.of("kmc", "--structure", file.toString(), "--ion", "Li", "-o", out);
        };
        long t0 = System.nanoTime();
        CliRun r = CliRun.of(args.toArray(String[]::new));
        double seconds = (System.nanoTime() - t0) * 1e-9;
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains(file.toString()).contains(phrase).doesNotContain("Exception");
        assertThat(seconds).as("refused before any allocation").isLessThan(30);
    }
}
