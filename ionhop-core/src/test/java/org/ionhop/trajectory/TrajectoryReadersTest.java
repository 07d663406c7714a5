package org.ionhop.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.ProgressListener;

/**
 * Every reader against the known unwrapped positions of one synthetic trajectory: wrapped fractional (XDATCAR,
 * vasprun.xml), wrapped Cartesian (extxyz), LAMMPS with image flags, unwrapped and scaled coordinates in shuffled
 * order in a shifted triclinic box. The expected Li positions are the true ones minus the framework (O) centre-of-mass
 * drift, an independent construction from the generator's unwrapped data.
 */
class TrajectoryReadersTest {
    private static final int FRAMES = 120;
    private static final double[] DRIFT = {0.3, -0.2, 0.25};
    private final SyntheticFiles syn = new SyntheticFiles(FRAMES, 42, DRIFT);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** Li positions minus the O centre of mass displacement (all O have one mass). */
    private double[][] expectedLi(int liIndex) {
        int atom = 2 * liIndex;
        double[][] out = new double[3][FRAMES];
        for (int f = 0; f < FRAMES; f++) {
            for (int a = 0; a < 3; a++) {
                double com = 0;
                double com0 = 0;
                for (int o = 1; o < 6; o += 2) {
                    com += syn.cart[f][3 * o + a] / 3;
                    com0 += syn.cart[0][3 * o + a] / 3;
                }
                out[a][f] = syn.cart[f][3 * atom + a] - (com - com0);
            }
        }
        return out;
    }

    private void assertMatches(Displacements d, double tolA) {
        assertThat(d.ions()).isEqualTo(3);
        assertThat(d.frames()).isEqualTo(FRAMES);
        for (int li = 0; li < 3; li++) {
            double[][] got = d.ion(li);
            double[][] want = expectedLi(li);
            for (int a = 0; a < 3; a++) {
                for (int f = 0; f < FRAMES; f++) {
                    // Positions may differ by a lattice vector at the start (wrapped vs unwrapped first frame);
                    // displacements from the first frame must agree.
                    double g = got[a][f] - got[a][0];
                    double w = want[a][f] - want[a][0];
                    assertThat(g).as("Li %d axis %d frame %d", li, a, f).isCloseTo(w,
                            org.assertj.core.data.Offset.offset(tolA));
                }
            }
        }
        assertThat(d.maxFrameworkDriftA()).isGreaterThan(30);
    }

    @Test
    void xdatcarConstantAndVariableCellGzip() throws IOException {
        LoadSettings s = LoadSettings.of("Li").withFrameIntervalPs(0.1);
        try (Displacements d = Displacements.load(write("XDATCAR", syn.xdatcar(false)), s, ProgressListener.NONE)) {
            assertMatches(d, 1e-6);
            assertThat(d.frameIntervalPs()).isEqualTo(0.1);
        }
        Path gz = dir.resolve("npt_XDATCAR.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(syn.xdatcar(true).getBytes(StandardCharsets.UTF_8));
        }
        try (Displacements d = Displacements.load(gz, s, ProgressListener.NONE)) {
            assertMatches(d, 1e-6);
        }
    }

    @Test
    void extxyzTakesTheTimeKey() throws IOException {
        try (Displacements d = Displacements.load(write("traj.extxyz", syn.extxyz(2.0)), LoadSettings.of("Li"),
                ProgressListener.NONE)) {
            assertMatches(d, 1e-6);
            assertThat(d.frameIntervalPs()).isCloseTo(0.002, org.assertj.core.data.Offset.offset(1e-15));
        }
    }

    @Test
    void vasprunTakesPotimAndTebeg() throws IOException {
        try (Displacements d = Displacements.load(write("vasprun.xml", syn.vasprun(2.0, 650)), LoadSettings.of("Li"),
                ProgressListener.NONE)) {
            assertMatches(d, 1e-6);
            assertThat(d.frameIntervalPs()).isCloseTo(0.002, org.assertj.core.data.Offset.offset(1e-15));
            assertThat(d.temperatureK()).isEqualTo(650);
        }
    }

    @Test
    void lammpsImageFlagsUnwrappedAndScaledAgree() throws IOException {
        LoadSettings s = LoadSettings.of("Li").withLammps(Map.of(1, "Li", 2, "O"), 1.0);
        for (String style : List.of("image", "unwrapped", "scaled")) {
            Path p = write("dump." + style + ".lammpstrj", syn.lammps(style, 10, 7));
            try (Displacements d = Displacements.load(p, s, ProgressListener.NONE)) {
                assertMatches(d, 1e-6);
                // 10 steps of 1 fs between frames.
                assertThat(d.frameIntervalPs()).as(style).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-15));
                assertThat(d.header().unwrapped()).isEqualTo(!style.equals("scaled"));
            }
        }
    }

    @Test
    void missingTimeIsAClearError() throws IOException {
        Path p = write("XDATCAR", syn.xdatcar(false));
        assertThatThrownBy(() -> Displacements.load(p, LoadSettings.of("Li"), ProgressListener.NONE))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("--timestep-fs")
                .hasMessageContaining("--stride");
        Path dump = write("dump.lammpstrj", syn.lammps("image", 10, 7));
        assertThatThrownBy(() -> Displacements.load(dump, LoadSettings.of("Li").withLammps(Map.of(1, "Li", 2, "O"),
                Double.NaN), ProgressListener.NONE)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("time between frames");
    }

    @Test
    void badInputNamesFileLineAndWhatWasExpected() throws IOException {
        String good = syn.xdatcar(false);
        String bad = good.replaceFirst("(?m)^(Direct configuration= 2\\n)[^\\n]*", "$1 0.1 abc 0.3");
        Path p = write("XDATCAR", bad);
        assertThatThrownBy(() -> Displacements.load(p, LoadSettings.of("Li").withFrameIntervalPs(0.1),
                ProgressListener.NONE)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("XDATCAR, line 16").hasMessageContaining("found 'abc'");
        Path truncated = write("t_XDATCAR", good.substring(0, good.length() - 40));
        assertThatThrownBy(() -> Displacements.load(truncated, LoadSettings.of("Li").withFrameIntervalPs(0.1),
                ProgressListener.NONE)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("unexpected end of file");
        assertThatThrownBy(() -> Displacements.load(write("XDATCAR2", good), LoadSettings.of("Na").withFrameIntervalPs(0.1),
                ProgressListener.NONE)).hasMessageContaining("expected mobile species Na");
        Path dump = write("dump.lammpstrj", syn.lammps("image", 10, 7));
        assertThatThrownBy(() -> Displacements.load(dump, LoadSettings.of("Li"), ProgressListener.NONE))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("atom type 1");
        Path xml = write("vasprun.xml", syn.vasprun(2.0, 650).replace("</modeling>", ""));
        assertThatThrownBy(() -> Displacements.load(xml, LoadSettings.of("Li"), ProgressListener.NONE))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("truncated");
        Path xyz = write("a.xyz", "2\nno lattice here\nLi 0 0 0\nLi 1 1 1\n");
        assertThatThrownBy(() -> Displacements.load(xyz, LoadSettings.of("Li"), ProgressListener.NONE))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("Lattice=");
    }

    @Test
    void progressReachesTheFileSize() throws IOException {
        Path p = write("XDATCAR", syn.xdatcar(false));
        long[] last = {-1, -1};
        try (Displacements d = Displacements.load(p, LoadSettings.of("Li").withFrameIntervalPs(0.1),
                (done, total) -> {
                    last[0] = done;
                    last[1] = total;
                })) {
            assertThat(d.frames()).isEqualTo(FRAMES);
        }
        assertThat(last[1]).isEqualTo(Files.size(p));
        assertThat(last[0]).isEqualTo(last[1]);
    }
}
