package org.ionhop.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;

/**
 * Issue 18, section 5: the report and bvse choose the mobile ion from the structure, a table that is not a spectrum is
 * not fitted with a circuit, and a section that analysed nothing says so on the terminal.
 */
class ReportInputsTest {
    private static final Path EXAMPLES = Path.of("../examples");
    private static final Path REFDATA = Path.of("../../shared/refdata");

    @TempDir
    Path tmp;

    /** A temperature/diffusivity table (300-1000 K: half a decade, not a frequency sweep) gets no section. */
    @Test
    void diffusivityTableIsNotASpectrum() throws Exception {
        Path f = tmp.resolve("D_T.csv");
        Files.writeString(f, "T_K,D_cm2_s,D_err_cm2_s\n300,1e-9,1e-10\n400,5e-9,4e-10\n500,2e-8,1e-9\n"
                + "600,6e-8,3e-9\n800,2e-7,1e-8\n1000,5e-7,2e-8\n");
        CliRun run = CliRun.of("report", f.toString(), "-o", tmp.resolve("r").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).contains("no report section applies").doesNotContain("\n");
        // named as impedance data: refused with the reason
        Path g = tmp.resolve("eis_D_T.csv");
        Files.copy(f, g);
        CliRun named = CliRun.of("report", g.toString(), "-o", tmp.resolve("r2").toString());
        assertThat(named.exitCode()).isEqualTo(2);
        assertThat(named.err()).contains("expected an impedance spectrum").contains("decades");
    }

    /** An XDATCAR without --timestep-fs: the terminal says the section analysed nothing and which option is missing. */
    @Test
    void trajectoryWithoutTimestepSaysWhatIsMissing() {
        CliRun run = CliRun.of("report", EXAMPLES.resolve("Li6PS5Cl_50p_run1_500K_XDATCAR.gz").toString(), "--quick",
                "-o", tmp.resolve("md").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("nothing analysed").contains("--timestep-fs")
                .contains("sections without results");
    }

    /** The Na NASICON without --ion: bvse and the report's meta say Na, and why. */
    @Test
    void bvseChoosesSodiumForNasicon() throws Exception {
        Path cif = REFDATA.resolve("kmc/kmcpy_example_nasicon.cif");
        CliRun text = CliRun.of("bvse", cif.toString(), "--grid", "0.5");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("mobile ion Na").contains("BVSE landscape of Na+1");
        CliRun json = CliRun.of("bvse", cif.toString(), "--grid", "0.5", "--json");
        assertThat(new ObjectMapper().readTree(json.out()).toString()).contains("\"Na\"");
    }
}
