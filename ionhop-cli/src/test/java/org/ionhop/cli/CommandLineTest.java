package org.ionhop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.Version;

/** The command-line contract: help, version, exit codes and one-line messages for bad input. */
class CommandLineTest {
    private static final Path REFDATA = Path.of(System.getProperty("ionhop.refdata"));
    private static final String GOOD_CIF = """
            data_NaCl
            _cell_length_a 5.6402
            _cell_length_b 5.6402
            _cell_length_c 5.6402
            _cell_angle_alpha 90
            _cell_angle_beta 90
            _cell_angle_gamma 90
            _symmetry_space_group_name_H-M 'F m -3 m'
            loop_
            _atom_site_label
            _atom_site_fract_x
            _atom_site_fract_y
            _atom_site_fract_z
            Na1 0 0 0
            Cl1 0.5 0.5 0.5
            """;

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun r = CliRun.of("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: ionhop", "info", "report", "Exit codes");
        CliRun info = CliRun.of("info", "--help");
        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("FILE", "--json");
    }

    @Test
    void versionNamesTheRelease() {
        CliRun r = CliRun.of("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("ionhop " + Version.get());
    }

    @Test
    void noArgumentsPrintUsageAndUnknownCommandsAreUsageErrors() {
        CliRun none = CliRun.of();
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("Usage: ionhop");
        CliRun unknown = CliRun.of("no-such-command");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no-such-command");
        CliRun missing = CliRun.of("info");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("FILE");
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        CliRun r = CliRun.of("info", "--no-such-option", "x.cif");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--no-such-option");
    }

    /** Runs info on a file and checks the bad-input contract: exit 2, one line naming file (and line), no trace. */
    private static void assertBadInput(Path file, String lineText, String phrase) {
        CliRun r = CliRun.of("info", file.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(file.toString()).contains(phrase).doesNotContain("\tat ")
                .doesNotContain("Exception");
        if (lineText != null) {
            assertThat(r.err()).contains(lineText);
        }
        assertThat(r.out()).isEmpty();
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void truncatedCif(@TempDir Path dir) throws IOException {
        String cut = GOOD_CIF.substring(0, GOOD_CIF.indexOf("Cl1 0.5") + "Cl1 0.5".length());
        assertBadInput(write(dir, "cut.cif", cut), "line 15", "expected a multiple of 4");
        // Cut inside the cell parameters.
        assertBadInput(write(dir, "cut2.cif", GOOD_CIF.substring(0, GOOD_CIF.indexOf("_cell_angle_beta"))), "line 1",
                "expected _cell_angle_beta");
    }

    @Test
    void numberThatIsNotANumber(@TempDir Path dir) throws IOException {
        assertBadInput(write(dir, "nan.cif", GOOD_CIF.replace("Cl1 0.5 0.5", "Cl1 0.5 0.5O")), "line 15",
                "found '0.5O'");
    }

    @Test
    void zeroVolumeCell(@TempDir Path dir) throws IOException {
        assertBadInput(write(dir, "flat.cif", GOOD_CIF.replace("_cell_angle_gamma 90", "_cell_angle_gamma 0")), "line 2",
                "positive volume");
        assertBadInput(write(dir, "POSCAR", """
                flat
                1.0
                1 0 0
                0 1 0
                1 1 0
                Li
                1
                Direct
                0 0 0
                """), "line 5", "positive volume");
    }

    @Test
    void unknownElement(@TempDir Path dir) throws IOException {
        assertBadInput(write(dir, "xx.cif", GOOD_CIF.replace("Cl1 0.5", "Xx1 0.5")), "line 15", "'Xx1'");
    }

    @Test
    void emptyBinaryAndMissingFiles(@TempDir Path dir) throws IOException {
        assertBadInput(write(dir, "empty.cif", ""), null, "empty file");
        Path bin = dir.resolve("binary.cif");
        Files.write(bin, new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0, 1, 2, 3});
        assertBadInput(bin, null, "binary");
        assertBadInput(dir.resolve("missing.cif"), null, "file not found");
        assertBadInput(write(dir, "notes.txt", "hello"), null, "unknown structure format");
        // A CIF that is not a crystal structure: the bond-valence parameter table of refdata.
        assertBadInput(REFDATA.resolve("bv/bvparm2020.cif"), "line", "_cell_length_a");
    }

    @Test
    void debugPrintsTheStackTrace(@TempDir Path dir) throws IOException {
        CliRun r = CliRun.of("info", "--debug", write(dir, "empty.cif", "").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("InputFormatException").contains("\tat ");
    }

    /** Multi-line messages from libraries still print as one line, with exit 2 for bad input and 1 otherwise. */
    @Test
    void errorMessagesAreAlwaysOneLine() {
        picocli.CommandLine cl = Main.newCommandLine(false);
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err));
        ErrorHandler h = new ErrorHandler(false);
        int code = h.handleExecutionException(new IllegalArgumentException("while parsing\n  in 'x', line 1:\n    ^"),
                cl, null);
        assertThat(code).isEqualTo(ErrorHandler.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("ionhop: while parsing in 'x', line 1: ^" + System.lineSeparator());
        java.io.StringWriter err2 = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err2));
        assertThat(h.handleExecutionException(new IllegalStateException("a\r\nb"), cl, null))
                .isEqualTo(ErrorHandler.FAILURE);
        assertThat(err2.toString().strip()).doesNotContain("\n").contains("a b", "--debug");
        assertThat(ErrorHandler.oneLine(null)).isEqualTo("(no message)");
    }
}
