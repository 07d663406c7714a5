package org.ionhop.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.io.ProgressListener;
import org.ionhop.io.TextSource;
import org.ionhop.structure.CifReader;
import org.ionhop.structure.CifWriter;
import org.ionhop.structure.Element;
import org.ionhop.structure.SpaceGroupFinder;
import org.ionhop.structure.Structure;
import org.ionhop.testing.RefData;

/**
 * The screen's contract: a row depends only on the input and the settings (alone, in a batch, in another order,
 * with one or two threads), bad inputs become error rows without stopping the batch, a time limit becomes a
 * timeout row, archives and multi-block CIFs are expanded, and a rerun skips what is stored.
 */
class ScreenTest {
    /** Coarse and short, so the test runs in seconds; the contract does not depend on the resolution. */
    private static final ScreenSettings FAST = ScreenSettings.of(Element.Li).withGridSpacingA(0.3)
            .withKmcRun(List.of(600.0, 900.0), 20_000).withThreads(1);

    @TempDir
    static Path tmp;
    static Path lfp;
    static Path li2o;
    static Path lps;

    @BeforeAll
    static void copyInputs() throws IOException {
        lfp = Files.copy(RefData.path("structures/LiFePO4_pymatgen.cif"), tmp.resolve("LiFePO4.cif"));
        li2o = Files.copy(RefData.path("structures/Li2O_pymatgen.cif"), tmp.resolve("Li2O.cif"));
        lps = Files.copy(RefData.path("structures/beta-Li3PS4_cavd_LPS.cif"), tmp.resolve("Li3PS4.cif"));
    }

    /** An in-memory store. */
    static final class ListSink implements ScreenSink {
        final Map<String, ScreenRow> rows = new LinkedHashMap<>();
        int commits;

        @Override
        public boolean has(String key, String hash) {
            return rows.containsKey(key + "@" + hash);
        }

        @Override
        public void accept(ScreenRow r) {
            rows.put(r.text(ScreenColumn.INPUT_SHA256) + "#" + r.text(ScreenColumn.BLOCK) + "@"
                    + r.text(ScreenColumn.SETTINGS_HASH), r);
        }

        @Override
        public void commit() {
            commits++;
        }

        List<ScreenRow> sortedWithoutTiming() {
            List<ScreenRow> out = new ArrayList<>();
            rows.values().forEach(r -> out.add(r.withoutTiming()));
            out.sort(Comparator.comparing((ScreenRow r) -> r.text(ScreenColumn.INPUT_SHA256))
                    .thenComparing(r -> r.text(ScreenColumn.BLOCK)));
            return out;
        }
    }

    private static ListSink run(List<String> names, ScreenSettings s) {
        ListSink sink = new ListSink();
        ScreenRunner.run(names, s, Shard.ALL, sink, ProgressListener.NONE);
        return sink;
    }

    @Test
    void rowsDependOnlyOnInputAndSettings() {
        ScreenRow alone = run(List.of(lfp.toString()), FAST).sortedWithoutTiming().get(0);
        assertThat(alone.status()).as(alone.text(ScreenColumn.MESSAGE)).isEqualTo("ok");
        List<ScreenRow> batch = run(List.of(li2o.toString(), lfp.toString(), lps.toString()), FAST)
                .sortedWithoutTiming();
        List<ScreenRow> reversed = run(List.of(lps.toString(), lfp.toString(), li2o.toString()), FAST.withThreads(2))
                .sortedWithoutTiming();
        assertThat(batch).hasSize(3).isEqualTo(reversed);
        assertThat(batch).contains(alone);
        // the row carries the landscape's numbers: LiFePO4 conducts in 1D (Nishimura et al., Nat. Mater. 7, 707 (2008))
        assertThat(alone.number(ScreenColumn.DIMENSIONALITY)).isEqualTo(1.0);
        assertThat(alone.number(ScreenColumn.BARRIER_1D_EV)).isBetween(0.2, 0.8);
        assertThat(alone.text(ScreenColumn.FORMULA)).isEqualTo("LiFePO4");
        assertThat(alone.number(ScreenColumn.FORMULA_UNITS_Z)).isEqualTo(4.0);
        // 4 Li in 291.4 Å^3 (the cell of the file): 1.37e22 per cm^3
        assertThat(alone.number(ScreenColumn.MOBILE_ION_DENSITY_CM3))
                .isCloseTo(4 / alone.number(ScreenColumn.VOLUME_A3) * 1e24, within(1e12));
        assertThat(alone.number(ScreenColumn.ANION_SPECIES)).isEqualTo(1.0);
        assertThat(alone.number(ScreenColumn.ANION_BALANCE)).isEqualTo(0.0);
        assertThat(alone.number(ScreenColumn.OXIDATION_RESIDUAL_E)).isCloseTo(0.0, within(1e-9));
        assertThat(alone.number(ScreenColumn.SIGMA_300K_S_CM)).isPositive();
        assertThat(alone.number(ScreenColumn.EA_EV)).isPositive();
    }

    /**
     * Issue 12: a P1 file names the group of its atoms. LiFePO4 (olivine) is Pnma, No. 62 (Streltsov et al., Acta
     * Cryst. B 49, 147 (1993)); written by {@code CifWriter} it declares only "P 1", so the column must come from the
     * atoms. A cell above the finder's size limit is not searched (as in {@code info}) and the column stays empty.
     */
    @Test
    void aP1LithiumIronPhosphateIsDetectedAsPnma() {
        Structure read = CifReader.read(TextSource.fromString(lfp.toString(), readString(lfp)),
                CifReader.DEFAULT_MERGE_TOLERANCE_A);
        Path p1 = tmp.resolve("LiFePO4_written_P1.cif");
        CifWriter.write(read, p1);
        assertThat(readString(p1)).contains("_symmetry_space_group_name_H-M   'P 1'").contains("'x, y, z'");
        ScreenRow row = run(List.of(p1.toString()), FAST.withKmc(false)).sortedWithoutTiming().get(0);
        assertThat(row.status()).as(row.text(ScreenColumn.MESSAGE)).isEqualTo("ok");
        assertThat(row.text(ScreenColumn.SPACE_GROUP)).isEqualTo("P 1");
        assertThat(row.text(ScreenColumn.SPACE_GROUP_DETECTED)).isEqualTo("Pnma (62)");
        // 4 x 4 x 4 cells of 28 sites = 1792 sites are searched; 5 x 4 x 4 = 2240 are above the limit
        assertThat(ScreenTask.detectedSpaceGroup(read.supercell(5, 4, 4))).isNull();
        assertThat(read.supercell(5, 4, 4).numSites()).isGreaterThan(SpaceGroupFinder.MAX_SITES_FOR_SUMMARY);
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void badInputsBecomeErrorRowsAndTheBatchGoesOn() throws IOException {
        Path truncated = tmp.resolve("truncated.cif");
        String text = Files.readString(lfp);
        Files.writeString(truncated, text.substring(0, text.indexOf("_cell_length_c")));
        Path binary = tmp.resolve("binary.cif");
        Files.write(binary, new byte[] {0, 1, 2, (byte) 0xff, 0, 7});
        Path noLi = tmp.resolve("NaFePO4.cif");
        Files.copy(RefData.path("structures/NaFePO4_pymatgen.cif"), noLi);
        List<ScreenRow> rows = run(List.of(truncated.toString(), binary.toString(), tmp.resolve("missing.cif").toString(),
                noLi.toString(), li2o.toString()), FAST.withKmc(false)).sortedWithoutTiming();
        assertThat(rows).hasSize(5);
        Map<String, ScreenRow> byFile = new LinkedHashMap<>();
        rows.forEach(r -> byFile.put(Path.of(r.text(ScreenColumn.FILE)).getFileName().toString(), r));
        assertThat(byFile.get("Li2O.cif").status()).isEqualTo("ok");
        for (String bad : List.of("truncated.cif", "binary.cif", "missing.cif", "NaFePO4.cif")) {
            assertThat(byFile.get(bad).status()).as(bad).isEqualTo("error");
            assertThat(byFile.get(bad).text(ScreenColumn.MESSAGE)).as(bad).isNotBlank().doesNotContain("\n");
        }
        assertThat(byFile.get("truncated.cif").text(ScreenColumn.MESSAGE)).contains("truncated.cif");
        assertThat(byFile.get("missing.cif").text(ScreenColumn.MESSAGE)).contains("no such file");
        assertThat(byFile.get("NaFePO4.cif").text(ScreenColumn.MESSAGE)).contains("no Li");
    }

    @Test
    void aStructureOverTheTimeLimitBecomesATimeoutRow() {
        ScreenRow r = run(List.of(lps.toString()), FAST.withGridSpacingA(0.1).withTimeoutSeconds(0.01))
                .sortedWithoutTiming().get(0);
        assertThat(r.status()).isEqualTo("timeout");
        assertThat(r.text(ScreenColumn.FORMULA)).isEmpty();
    }

    @Test
    void archivesMultiBlockCifsAndRenamedFilesAreRecognised() throws IOException {
        String a = Files.readString(li2o);
        String b = Files.readString(lfp);
        Path multi = tmp.resolve("two_blocks.cif");
        Files.writeString(multi, a.replaceFirst("(?m)^data_\\S*", "data_first") + "\n"
                + b.replaceFirst("(?m)^data_\\S*", "data_second"));
        Path tgz = tmp.resolve("set.tar.gz");
        try (OutputStream f = Files.newOutputStream(tgz); GZIPOutputStream gz = new GZIPOutputStream(f);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
            addTar(tar, "inner/Li2O_renamed.cif", a.getBytes(StandardCharsets.UTF_8));
            addTar(tar, "inner/readme.md", "not a structure".getBytes(StandardCharsets.UTF_8));
        }
        Path zip = tmp.resolve("set.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("LiFePO4.cif.gz"));
            z.write(gzip(b.getBytes(StandardCharsets.UTF_8)));
            z.closeEntry();
        }
        List<ScreenInput> ins = ScreenInputs.list(List.of(multi.toString(), tgz.toString(), zip.toString()));
        assertThat(ins).hasSize(4);
        assertThat(ins).extracting(ScreenInput::block).startsWith("first", "second");
        assertThat(ins.get(2).file()).endsWith("set.tar.gz!inner/Li2O_renamed.cif");
        assertThat(ins.get(3).file()).endsWith("set.zip!LiFePO4.cif.gz");
        // content hashes: the renamed Li2O in the archive and the gzipped LiFePO4 are recognised as the files
        assertThat(ins.get(2).sha256()).isEqualTo(ScreenInputs.list(List.of(li2o.toString())).get(0).sha256());
        assertThat(ins.get(3).sha256()).isEqualTo(ScreenInputs.list(List.of(lfp.toString())).get(0).sha256());
        // the blocks keep their line numbers: block two starts where it starts in the file
        List<String> lines = Files.readAllLines(multi);
        long before = lines.indexOf("data_second");
        assertThat(before).isPositive();
        assertThat(ins.get(1).text().lines().takeWhile(String::isEmpty).count()).isEqualTo(before);
    }

    @Test
    void aRerunSkipsStoredRowsAndOtherSettingsAddRows() {
        ListSink sink = new ListSink();
        ScreenSettings s = FAST.withKmc(false);
        ScreenRunner.Summary first = ScreenRunner.run(List.of(li2o.toString()), s, Shard.ALL, sink, ProgressListener.NONE);
        ScreenRunner.Summary again = ScreenRunner.run(List.of(li2o.toString(), lfp.toString()), s, Shard.ALL, sink,
                ProgressListener.NONE);
        assertThat(first.ok()).isEqualTo(1);
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(again.ok()).isEqualTo(1);
        ScreenRunner.run(List.of(li2o.toString()), s.withGridSpacingA(0.25), Shard.ALL, sink, ProgressListener.NONE);
        assertThat(sink.rows).hasSize(3);
    }

    @Test
    void shardsPartitionTheInputs() {
        List<ScreenInput> all = ScreenInputs.list(List.of(tmp.toString()));
        int n = 3;
        int total = 0;
        for (int k = 1; k <= n; k++) {
            Shard sh = new Shard(k, n);
            total += (int) all.stream().filter(sh::contains).count();
        }
        assertThat(total).isEqualTo(all.size());
    }

    @Test
    void evennessIsShannonOverLnK() {
        assertThat(Descriptors.evenness(Map.of(Element.S, 2.0, Element.Cl, 2.0))).isCloseTo(1.0, within(1e-12));
        // p = (0.75, 0.25): H = -(0.75 ln 0.75 + 0.25 ln 0.25) = 0.5623351446, / ln 2
        assertThat(Descriptors.evenness(Map.of(Element.S, 3.0, Element.Cl, 1.0)))
                .isCloseTo(0.5623351446188083 / Math.log(2), within(1e-12));
        assertThat(Descriptors.evenness(Map.of(Element.O, 5.0))).isZero();
    }

    private static void addTar(TarArchiveOutputStream tar, String name, byte[] bytes) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(bytes.length);
        tar.putArchiveEntry(e);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }
}
