package org.ionhop.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.cli.CliRun;
import org.ionhop.cli.common.Json;
import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenRow;

/**
 * {@code ionhop screen} end to end: a folder of real CIFs (and a bad file) into a DuckDB store; show, export,
 * merge of shards, report; and a real run killed with SIGKILL then resumed gives the table of an uninterrupted run.
 */
class ScreenCommandTest {
    private static final Path REFDATA = Path.of(System.getProperty("ionhop.refdata", "../../shared/refdata"));
    private static final String[] FAST = {"--grid", "0.3", "--kmc-temperatures", "600,900", "--kmc-steps", "20000"};

    @TempDir
    static Path tmp;
    static Path inputs;

    @BeforeAll
    static void inputs() throws IOException {
        inputs = Files.createDirectories(tmp.resolve("in"));
        for (String f : List.of("LiFePO4_pymatgen.cif", "Li2O_pymatgen.cif", "beta-Li3PS4_cavd_LPS.cif",
                "Li3N_ncrystal_mp2251.cif", "Li10GeP2S12_ordered_cavd.cif")) {
            Files.copy(REFDATA.resolve("structures").resolve(f), inputs.resolve(f));
        }
        Files.writeString(inputs.resolve("broken.cif"), "data_x\n_cell_length_a 5\n_cell_length_b oops\n");
    }

    private static String[] args(String... more) {
        List<String> a = new ArrayList<>(List.of(more));
        a.addAll(List.of(FAST));
        return a.toArray(String[]::new);
    }

    @Test
    void screenShowExportMergeReport() throws Exception {
        Path store = tmp.resolve("all.duckdb");
        CliRun r = CliRun.of(args("screen", inputs.toString(), "--store", store.toString(), "--json"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("inputs").asInt()).isEqualTo(6);
        assertThat(j.get("ok").asInt()).isEqualTo(5);
        assertThat(j.get("errors").asInt()).isEqualTo(1);

        CliRun again = CliRun.of(args("screen", inputs.toString(), "--store", store.toString(), "--json"));
        assertThat(Json.mapper().readTree(again.out()).get("skipped").asInt()).isEqualTo(6);

        CliRun show = CliRun.of("screen", "show", store.toString(), "--sort", "barrier_1d_eV", "--top", "3");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("barrier_1d_eV", "3 row(s)");
        CliRun showJson = CliRun.of("screen", "show", store.toString(), "--where", "status = 'error'", "--json");
        JsonNode failed = Json.mapper().readTree(showJson.out());
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("message").asText()).contains("broken.cif", "line 3");
        assertThat(CliRun.of("screen", "show", store.toString(), "--sort", "nonsense").exitCode()).isEqualTo(2);

        for (String fmt : List.of("csv", "parquet", "jsonl")) {
            Path out = tmp.resolve("export." + fmt);
            CliRun e = CliRun.of("screen", "export", store.toString(), "--" + fmt, out.toString());
            assertThat(e.exitCode()).as(e.err()).isZero();
            assertThat(out).isNotEmptyFile();
        }
        List<String> csv = Files.readAllLines(tmp.resolve("export.csv"));
        assertThat(csv).hasSize(7);
        assertThat(csv.get(0)).startsWith("input_sha256,file,block,settings_hash").contains("sigma_300K_S_cm", "Ea_eV")
                .contains(",space_group,space_group_detected,");

        // shards: two stores that together hold every row exactly once
        Path s1 = tmp.resolve("s1.duckdb");
        Path s2 = tmp.resolve("s2.duckdb");
        CliRun.of(args("screen", inputs.toString(), "--store", s1.toString(), "--shard", "1/2", "--json"));
        CliRun.of(args("screen", inputs.toString(), "--store", s2.toString(), "--shard", "2/2", "--json"));
        Path merged = tmp.resolve("merged.duckdb");
        CliRun m = CliRun.of("screen", "merge", merged.toString(), s1.toString(), s2.toString());
        assertThat(m.exitCode()).as(m.err()).isZero();
        assertThat(table(merged)).isEqualTo(table(store));

        Path rep = tmp.resolve("rep");
        CliRun report = CliRun.of("screen", "report", store.toString(), "-o", rep.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        // the detected groups of the P1 files reach the report's table: olivine Pnma, antifluorite Li2O Fm-3m
        assertThat(Files.readString(rep.resolve("index.html"))).contains("Screen ranking", "LiFePO4", "broken.cif")
                .contains("space_group_detected", "Pnma (62)", "Fm-3m (225)");
        assertThat(rep.resolve("barrier-sigma.svg")).isNotEmptyFile();
    }

    /** The {@code results} table as ionhop created it before the column {@code space_group_detected} existed. */
    private static final String OLD_CREATE = "CREATE TABLE results (\"input_sha256\" VARCHAR, \"file\" VARCHAR, "
            + "\"block\" VARCHAR, \"settings_hash\" VARCHAR, \"ionhop_version\" VARCHAR, \"status\" VARCHAR, "
            + "\"message\" VARCHAR, \"seconds\" DOUBLE, \"formula\" VARCHAR, \"formula_units_Z\" INTEGER, "
            + "\"space_group\" VARCHAR, \"volume_A3\" DOUBLE, \"density_g_cm3\" DOUBLE, \"num_sites\" INTEGER, "
            + "\"mobile_ion\" VARCHAR, \"mobile_ion_count\" DOUBLE, \"mobile_ion_density_cm3\" DOUBLE, "
            + "\"volume_per_anion_A3\" DOUBLE, \"partial_occupancy\" BOOLEAN, \"oxidation_source\" VARCHAR, "
            + "\"oxidation_residual_e\" DOUBLE, \"barrier_1d_eV\" DOUBLE, \"barrier_2d_eV\" DOUBLE, "
            + "\"barrier_3d_eV\" DOUBLE, \"dimensionality\" INTEGER, \"landscape_sites\" INTEGER, "
            + "\"landscape_hops\" INTEGER, \"site_energy_spread_eV\" DOUBLE, \"sites_within_kT300\" DOUBLE, "
            + "\"anion_environments\" INTEGER, \"anion_species\" INTEGER, \"anion_balance\" DOUBLE, "
            + "\"sigma_300K_S_cm\" DOUBLE, \"sigma_300K_err_S_cm\" DOUBLE, \"Ea_eV\" DOUBLE, \"Ea_err_eV\" DOUBLE, "
            + "PRIMARY KEY (input_sha256, block, settings_hash))";

    /** An older store with one row, made with the old CREATE statements (not through ResultsStore). */
    private static Path oldStore(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute(OLD_CREATE);
            st.execute("CREATE TABLE runs (run_id VARCHAR PRIMARY KEY, settings_hash VARCHAR, settings VARCHAR, "
                    + "ionhop_version VARCHAR, inputs VARCHAR, started TIMESTAMP, finished TIMESTAMP, total BIGINT, "
                    + "skipped BIGINT, ok BIGINT, errors BIGINT, timeouts BIGINT)");
            st.execute("INSERT INTO results (input_sha256, file, block, settings_hash, status, space_group, "
                    + "barrier_1d_eV) VALUES ('aa', 'old.cif', 'old', 'h0', 'ok', 'P 1', 0.4)");
        }
        return file;
    }

    @Test
    void aStoreFromBeforeTheDetectedSpaceGroupIsMigratedAndStillMerges(@TempDir Path dir) throws Exception {
        // opened by this version: the column is added, the old row reads back with it empty, new rows go in
        Path old = oldStore(dir.resolve("old.duckdb"));
        try (ResultsStore db = ResultsStore.open(old)) {
            assertThat(db.rows(null, null, 0)).singleElement().satisfies(x -> {
                assertThat(x.text(ScreenColumn.FILE)).isEqualTo("old.cif");
                assertThat(x.get(ScreenColumn.SPACE_GROUP_DETECTED)).isNull();
                assertThat(x.number(ScreenColumn.BARRIER_1D_EV)).isEqualTo(0.4);
            });
            db.accept(new ScreenRow.Builder().set(ScreenColumn.INPUT_SHA256, "bb").set(ScreenColumn.BLOCK, "new")
                    .set(ScreenColumn.SETTINGS_HASH, "h0").set(ScreenColumn.FILE, "new.cif")
                    .set(ScreenColumn.STATUS, "ok").set(ScreenColumn.SPACE_GROUP_DETECTED, "Pnma (62)").build());
            db.commit();
            assertThat(db.rows(null, null, 0)).extracting(x -> x.text(ScreenColumn.SPACE_GROUP_DETECTED))
                    .containsExactly("Pnma (62)", "");
        }
        // an unmigrated old store merges into a new one (missing column: NULL), and show/export read the result
        Path merged = dir.resolve("merged.duckdb");
        CliRun m = CliRun.of("screen", "merge", merged.toString(), oldStore(dir.resolve("old2.duckdb")).toString(),
                old.toString());
        assertThat(m.exitCode()).as(m.err()).isZero();
        try (ResultsStore db = ResultsStore.openExisting(merged)) {
            assertThat(db.rows(null, null, 0)).extracting(x -> x.text(ScreenColumn.FILE) + "|"
                    + x.text(ScreenColumn.SPACE_GROUP_DETECTED)).containsExactly("new.cif|Pnma (62)", "old.cif|");
        }
        CliRun show = CliRun.of("screen", "show", oldStore(dir.resolve("old3.duckdb")).toString(), "--where",
                "space_group_detected IS NULL", "--json");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(Json.mapper().readTree(show.out())).hasSize(1);
        Path csv = dir.resolve("old3.csv");
        assertThat(CliRun.of("screen", "export", dir.resolve("old3.duckdb").toString(), "--csv", csv.toString())
                .exitCode()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).contains(",space_group,space_group_detected,");
    }

    @Test
    void reportWritesTheFullIonhopReportOfChosenRows() throws Exception {
        Path store = tmp.resolve("detail.duckdb");
        Path li2o = inputs.resolve("Li2O_pymatgen.cif");
        Path li3n = inputs.resolve("Li3N_ncrystal_mp2251.cif");
        CliRun s = CliRun.of(args("screen", li2o.toString(), li3n.toString(), "--store", store.toString(), "--json"));
        assertThat(s.exitCode()).as(s.err()).isZero();
        String sha = org.ionhop.screen.ScreenInput.sha256(Files.readAllBytes(li2o));
        Path rep = tmp.resolve("detail-rep");
        // one row by file, the same row again by a hash prefix (reported once), and the best-ranked row
        CliRun r = CliRun.of("screen", "report", store.toString(), "-o", rep.toString(), "--detail", li2o.toString(),
                "--detail", sha.substring(0, 10).toUpperCase(java.util.Locale.ROOT), "--detail-top", "1",
                "--detail-quick");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path li2oReport = rep.resolve("detail").resolve("Li2O_pymatgen-" + sha.substring(0, 8)).resolve("index.html");
        assertThat(Files.readString(li2oReport)).contains("ionhop report", "Li2O_pymatgen.cif");
        assertThat(li2oReport.resolveSibling("report.json")).isNotEmptyFile();
        String index = Files.readString(rep.resolve("index.html"));
        assertThat(index).contains("<a href=\"detail/Li2O_pymatgen-" + sha.substring(0, 8) + "/index.html\"");
        // the top row is Li2O or Li3N: one or two detail folders, each linked
        try (var dirs = Files.list(rep.resolve("detail"))) {
            List<Path> ds = dirs.toList();
            assertThat(ds).hasSizeBetween(1, 2);
            for (Path d : ds) {
                assertThat(d.resolve("index.html")).isNotEmptyFile();
                assertThat(index).contains("detail/" + d.getFileName() + "/index.html");
            }
        }
        assertThat(r.out()).contains("detailed");
        CliRun bad = CliRun.of("screen", "report", store.toString(), "-o", tmp.resolve("bad-rep").toString(),
                "--detail", "nothing.cif");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--detail nothing.cif");
    }

    @Test
    void noOptionsBuildExactlyTheLibraryDefaults() {
        ScreenCommand c = new ScreenCommand();
        new picocli.CommandLine(c).parseArgs("some.cif");
        assertThat(c.settings()).isEqualTo(org.ionhop.screen.ScreenSettings.of(org.ionhop.structure.Element.Li));
        CliRun bad = CliRun.of("screen", "x.cif", "--grid", "5");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--grid", "between 0.02 and 1");
    }

    @Test
    void aKilledRunResumesToTheTableOfAnUninterruptedOne() throws Exception {
        Path whole = tmp.resolve("whole.duckdb");
        CliRun.of(args("screen", inputs.toString(), "--store", whole.toString(), "--json", "--threads", "1"));
        Path killed = tmp.resolve("killed.duckdb");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", "org.ionhop.cli.Main"));
        cmd.addAll(List.of(args("screen", inputs.toString(), "--store", killed.toString(), "--json", "--threads", "1")));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile())
                .start();
        // let it store some rows, then SIGKILL (no shutdown hooks, no clean close of the store)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive() && walOrDbSize(killed) < 20_000) {
            Thread.sleep(200);
        }
        Thread.sleep(1500);
        p.destroyForcibly().waitFor();
        CliRun resumed = CliRun.of(args("screen", inputs.toString(), "--store", killed.toString(), "--json"));
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(table(killed)).isEqualTo(table(whole));
    }

    private static long walOrDbSize(Path db) throws IOException {
        long n = 0;
        for (File f : new File[] {db.toFile(), new File(db + ".wal")}) {
            n += f.exists() ? Files.size(f.toPath()) : 0;
        }
        return n;
    }

    private static List<ScreenRow> table(Path store) {
        try (ResultsStore db = ResultsStore.openExisting(store)) {
            return db.rows(null, null, 0).stream().map(r -> r.withoutTiming()).map(ScreenCommandTest::withoutPath)
                    .toList();
        }
    }

    /** Rows compared by content: the file column names the same inputs in every run here. */
    private static ScreenRow withoutPath(ScreenRow r) {
        Object[] v = r.values();
        v[ScreenColumn.IONHOP_VERSION.ordinal()] = null;
        return ScreenRow.of(v);
    }
}
