package org.ionhop.spark;

import java.io.Serializable;

import org.ionhop.io.TextSource;
import org.ionhop.screen.ScreenInput;
import org.ionhop.screen.ScreenSettings;
import org.ionhop.structure.CifReader;
import org.ionhop.structure.PoscarReader;
import org.ionhop.structure.Structure;

/**
 * One structure on its way through the Spark job: the {@link ScreenInput} (which is not Serializable) in a form
 * Spark can ship, with its place in the listing (so that of two copies of one input the first is kept, as a
 * deterministic choice) and its estimated cost.
 */
final class ScreenItem implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Cost of an input that cannot be read: an error row, made at once. */
    static final double UNREADABLE_COST = 1.0;

    final String file;
    final String block;
    final boolean poscar;
    final String text;
    final String sha256;
    final String problem;
    /** Position of the file in the listing. */
    final long ordinal;
    /** Position of the input within its file (archive member, data block). */
    final int index;
    /** Estimated cost in grid-point equivalents ({@link #estimateCost}). */
    final double cost;

    ScreenItem(ScreenInput in, long ordinal, int index, double cost) {
        this.file = in.file();
        this.block = in.block();
        this.poscar = in.poscar();
        this.text = in.text();
        this.sha256 = in.sha256();
        this.problem = in.problem();
        this.ordinal = ordinal;
        this.index = index;
        this.cost = cost;
    }

    /** The input again. */
    ScreenInput input() {
        return new ScreenInput(file, block, poscar, text, sha256, problem);
    }

    /** The row's identity within a settings hash ({@link ScreenInput#key()}). */
    String key() {
        return sha256 + "#" + block;
    }

    /**
     * Estimated cost of screening an input, for balancing partitions: the number of bond-valence grid points,
     * V / h^3 (the landscape and its percolation analysis scale with it), plus a constant for the kMC estimate,
     * whose event count is fixed by the settings. An input that cannot be read costs {@link #UNREADABLE_COST}.
     */
    static double estimateCost(ScreenInput in, ScreenSettings s) {
        if (!in.readable()) {
            return UNREADABLE_COST;
        }
        try {
            TextSource src = TextSource.fromString(in.file(), in.text());
            Structure st = in.poscar() ? PoscarReader.read(src)
                    : CifReader.read(src, CifReader.DEFAULT_MERGE_TOLERANCE_A);
            double h = s.gridSpacingA();
            return st.volume() / (h * h * h) + (s.kmc() ? KMC_GRID_POINT_EQUIVALENT : 0.0);
        } catch (RuntimeException e) {
            // the screen will make an error row of it, quickly
            return UNREADABLE_COST;
        }
    }

    /**
     * Grid points that cost about as much time as one kMC estimate with the default events, from the local
     * throughput in docs/screen.md (2 cores, 0.2 Å: 540 structures/min without kMC, 221 with it, i.e. 0.22 s and
     * 0.54 s per structure) for cells of about 600 Å^3 (75,000 points at 0.2 Å): kMC adds 0.32 s, about
     * 1e5 points' worth. Only the balance of partitions depends on it, never a row.
     */
    static final double KMC_GRID_POINT_EQUIVALENT = 100_000;
}
