package org.ionhop.trajectory;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.ionhop.io.InputFormatException;
import org.ionhop.io.ProgressListener;

/**
 * Issue 18: a coordinate that is NaN or infinite is bad input in every trajectory reader, reported with the file and
 * the line that holds it (it would otherwise poison every MSD silently). Each case is a valid synthetic trajectory with
 * one coordinate of the third frame replaced.
 */
class NonFiniteCoordinatesTest {
    private final SyntheticFiles syn = new SyntheticFiles(6, 11, new double[] {0.1, 0.0, -0.1});

    @TempDir
    Path dir;

    /** Replaces the {@code token}-th whitespace token of line {@code index} (0-based) and returns the text. */
    private static String replaceToken(String[] lines, int index, int token, String value) {
        String[] t = lines[index].strip().split("\\s+");
        t[token] = value;
        lines[index] = " " + String.join(" ", t);
        return String.join("\n", lines);
    }

    private static int lineOf(String[] lines, String start, int occurrence) {
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(start) && ++seen == occurrence) {
                return i;
            }
        }
        throw new AssertionError("no " + start);
    }

    private void assertBadLine(String name, String text, int line, LoadSettings s) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        assertThatThrownBy(() -> Displacements.load(p, s, ProgressListener.NONE))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining(p + ", line " + line + ":")
                .hasMessageContaining("finite");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
    void xdatcar(String bad) throws IOException {
        String[] lines = syn.xdatcar(false).split("\n", -1);
        int i = lineOf(lines, "Direct configuration= 3", 1) + 2;
        assertBadLine("XDATCAR", replaceToken(lines, i, 1, bad), i + 1, LoadSettings.of("Li").withFrameIntervalPs(0.1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
    void extendedXyz(String bad) throws IOException {
        String[] lines = syn.extxyz(2.0).split("\n", -1);
        // each frame: count, comment, 6 atoms; atom 2 of frame 3, its y
        int i = 2 * 8 + 2 + 1;
        assertBadLine("traj.extxyz", replaceToken(lines, i, 2, bad), i + 1, LoadSettings.of("Li"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
    void vasprun(String bad) throws IOException {
        String[] lines = syn.vasprun(2.0, 650).split("\n", -1);
        int i = lineOf(lines, "<varray name=\"positions\">", 3) + 1;
        lines[i] = lines[i].replaceFirst("<v> (\\S+)", "<v> " + bad);
        assertBadLine("vasprun.xml", String.join("\n", lines), i + 1, LoadSettings.of("Li"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
    void lammpsDump(String bad) throws IOException {
        String[] lines = syn.lammps("unwrapped", 10, 7).split("\n", -1);
        // "ITEM: ATOMS id type xu yu zu": the z column of the first atom of frame 3
        int i = lineOf(lines, "ITEM: ATOMS", 3) + 1;
        assertBadLine("dump.lammpstrj", replaceToken(lines, i, 4, bad), i + 1,
                LoadSettings.of("Li").withLammps(Map.of(1, "Li", 2, "O"), 1.0));
    }

    /** The unmodified files read (so the failures above come from the replaced coordinate alone). */
    @Test
    void unmodifiedFilesRead() throws IOException {
        Path x = dir.resolve("XDATCAR");
        Files.writeString(x, syn.xdatcar(false));
        Displacements.load(x, LoadSettings.of("Li").withFrameIntervalPs(0.1), ProgressListener.NONE).close();
        Path v = dir.resolve("vasprun.xml");
        Files.writeString(v, syn.vasprun(2.0, 650));
        Displacements.load(v, LoadSettings.of("Li"), ProgressListener.NONE).close();
        Path e = dir.resolve("a.extxyz");
        Files.writeString(e, syn.extxyz(2.0));
        Displacements.load(e, LoadSettings.of("Li"), ProgressListener.NONE).close();
        Path l = dir.resolve("dump.lammpstrj");
        Files.writeString(l, syn.lammps("unwrapped", 10, 7));
        Displacements.load(l, LoadSettings.of("Li").withLammps(Map.of(1, "Li", 2, "O"), 1.0), ProgressListener.NONE)
                .close();
    }
}
