package org.ionhop.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;
import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenInput;
import org.ionhop.screen.ScreenRow;

/**
 * {@code ionhop screen import} on a real output folder of the Spark screen ({@code screen-spark-output/}, as the
 * first job of ionhop-spark's {@code SparkClusterIT} wrote it on a standalone cluster with the shaded jar; Hadoop's
 * .crc side files left out): four structures, each a reference CIF after a line {@code # copy k} (LiFePO4, Li2O,
 * beta-Li3PS4, LiFePO4), 0.3 Å grid, short kMC. The rows land in the store with their types, the run record too, a
 * second import adds nothing, and show, export and report work on them.
 */
class ScreenImportTest {
    @TempDir
    Path tmp;

    private static Path sample() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ScreenImportTest.class.getResource("/screen-spark-output")).toURI());
    }

    @Test
    void importLoadsSparkOutputForShowExportAndReport() throws Exception {
        Path store = tmp.resolve("cluster.duckdb");
        CliRun r = CliRun.of("screen", "import", sample().toString(), "--store", store.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("4 row(s) added, 4 in total");

        List<ScreenRow> rows;
        try (ResultsStore db = ResultsStore.openExisting(store)) {
            rows = db.rows(null, null, 0);
            try (var st = db.connection().createStatement();
                 var rs = st.executeQuery("SELECT total, ok, errors, timeouts, finished > started FROM runs")) {
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).containsExactly(4L, 4L,
                        0L, 0L);
                assertThat(rs.getBoolean(5)).isTrue();
            }
        }
        assertThat(rows).hasSize(4);
        assertThat(rows).filteredOn(x -> x.status().equals("ok")).hasSize(4)
                .allSatisfy(x -> {
                    assertThat(x.get(ScreenColumn.NUM_SITES)).isInstanceOf(Integer.class);
                    assertThat(x.get(ScreenColumn.BARRIER_1D_EV)).isInstanceOf(Double.class);
                    assertThat(x.get(ScreenColumn.PARTIAL_OCCUPANCY)).isEqualTo(Boolean.FALSE);
                    assertThat(x.number(ScreenColumn.EA_EV)).isPositive();
                    // the fixture predates space_group_detected: the column is imported empty
                    assertThat(x.get(ScreenColumn.SPACE_GROUP_DETECTED)).isNull();
                });
        // the content hashes are those of the files the cluster job screened
        Path refdata = Path.of(System.getProperty("ionhop.refdata", "../../shared/refdata"), "structures");
        String lfp = ScreenInput.sha256(("# copy 0\n" + Files.readString(refdata.resolve("LiFePO4_pymatgen.cif")))
                .getBytes(StandardCharsets.UTF_8));
        String lps = ScreenInput.sha256(("# copy 2\n" + Files.readString(refdata.resolve("beta-Li3PS4_cavd_LPS.cif")))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(rows).extracting(x -> x.text(ScreenColumn.INPUT_SHA256)).contains(lfp, lps);

        CliRun again = CliRun.of("screen", "import", sample().toString(), "--store", store.toString());
        assertThat(again.out()).contains("0 row(s) added, 4 in total");

        CliRun show = CliRun.of("screen", "show", store.toString(), "--sort", "barrier_1d_eV", "--top", "3");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("3 row(s)");
        Path csv = tmp.resolve("cluster.csv");
        assertThat(CliRun.of("screen", "export", store.toString(), "--csv", csv.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(5);
        Path rep = tmp.resolve("rep");
        CliRun report = CliRun.of("screen", "report", store.toString(), "-o", rep.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(Files.readString(rep.resolve("index.html"))).contains("Screen ranking", "s00_LiFePO4_pymatgen.cif");
    }

    @Test
    void aFolderWithoutSparkResultsIsBadInput() {
        CliRun r = CliRun.of("screen", "import", tmp.toString(), "--store", tmp.resolve("x.duckdb").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(tmp.toString(), "results/");
    }
}
