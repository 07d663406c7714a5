package org.ionhop.trajectory;

import java.nio.file.Path;
import java.util.List;

import org.ionhop.io.ProgressListener;
import org.ionhop.structure.Lattice;

/**
 * The unwrapped, drift-corrected Cartesian positions (Å) of the mobile ions, frame by frame, stored per ion in
 * primitive arrays (on the heap, or in a temporary file for trajectories larger than the heap; see
 * {@link IonStore}). Position series start at the ion's place in the first frame, so r(t) - r(0) is the
 * displacement.
 *
 * <p>Built by {@link #load} from a file or by {@link #fromPositions} from arrays. Close it to delete a temporary
 * file.
 */
public final class Displacements implements AutoCloseable {
    private final IonStore store;
    private final List<String> ionSpecies;
    private final int frames;
    private final double frameIntervalPs;
    private final double temperatureK;
    private final Lattice referenceLattice;
    private final double meanVolume;
    private final TrajectoryHeader header;
    private final List<String> allSpecies;
    private final double[] firstFrameFrac;
    private final double maxFrameworkDriftA;

    Displacements(IonStore store, List<String> ionSpecies, int frames, double frameIntervalPs, double temperatureK,
                  Lattice referenceLattice, double meanVolume, TrajectoryHeader header, List<String> allSpecies,
                  double[] firstFrameFrac, double maxFrameworkDriftA) {
        this.store = store;
        this.ionSpecies = List.copyOf(ionSpecies);
        this.frames = frames;
        this.frameIntervalPs = frameIntervalPs;
        this.temperatureK = temperatureK;
        this.referenceLattice = referenceLattice;
        this.meanVolume = meanVolume;
        this.header = header;
        this.allSpecies = List.copyOf(allSpecies);
        this.firstFrameFrac = firstFrameFrac.clone();
        this.maxFrameworkDriftA = maxFrameworkDriftA;
    }

    /**
     * Reads a trajectory file (format detected) into displacements of the mobile species.
     *
     * @throws org.ionhop.io.InputFormatException for malformed files, missing species, or an unknown frame interval
     */
    public static Displacements load(Path path, LoadSettings settings, ProgressListener progress) {
        TrajectoryFormat format = TrajectoryFormat.detect(path);
        DisplacementBuilder b = new DisplacementBuilder(path.toString(), settings);
        format.reader(settings.lammpsTypes(), settings.lammpsTimestepFs()).read(path, b, progress);
        return b.build();
    }

    /**
     * Displacements from in-memory unwrapped Cartesian positions (tests, other programs).
     *
     * @param positions       positions[frame][3 * ion + axis] in Å, already unwrapped and drift-corrected
     * @param species         species of each ion
     * @param lattice         the cell (for the number density and the probability density)
     * @param frameIntervalPs time between frames in ps
     * @param temperatureK    temperature in K (NaN if unknown)
     */
    public static Displacements fromPositions(double[][] positions, List<String> species, Lattice lattice,
                                              double frameIntervalPs, double temperatureK) {
        int n = species.size();
        IonStore store = new IonStore(n, Runtime.getRuntime().maxMemory() / 4);
        for (double[] frame : positions) {
            if (frame.length != 3 * n) {
                throw new IllegalArgumentException("each frame needs 3 x " + n + " coordinates, got " + frame.length);
            }
            store.append(frame);
        }
        store.finish();
        double[] frac = new double[3 * n];
        double[] tmp = new double[3];
        for (int i = 0; i < n; i++) {
            lattice.toFractional(positions[0][3 * i], positions[0][3 * i + 1], positions[0][3 * i + 2], tmp);
            System.arraycopy(tmp, 0, frac, 3 * i, 3);
        }
        TrajectoryHeader h = new TrajectoryHeader("memory", "arrays", species, frameIntervalPs, Double.NaN,
                temperatureK, true);
        return new Displacements(store, species, positions.length, frameIntervalPs, temperatureK, lattice,
                lattice.volume(), h, species, frac, 0);
    }

    /** Number of mobile ions. */
    public int ions() {
        return ionSpecies.size();
    }

    /** Species of mobile ion i. */
    public String species(int ion) {
        return ionSpecies.get(ion);
    }

    /** Species of every mobile ion. */
    public List<String> ionSpecies() {
        return ionSpecies;
    }

    /** Number of frames. */
    public int frames() {
        return frames;
    }

    /** Time between frames in ps. */
    public double frameIntervalPs() {
        return frameIntervalPs;
    }

    /** Temperature stated in the file, or NaN. */
    public double temperatureK() {
        return temperatureK;
    }

    /** The cell of the first frame. */
    public Lattice referenceLattice() {
        return referenceLattice;
    }

    /** Cell volume averaged over frames (Å³). */
    public double meanVolumeA3() {
        return meanVolume;
    }

    /** What the file said about itself. */
    public TrajectoryHeader header() {
        return header;
    }

    /** Species of every atom of the file (mobile and framework), in file order. */
    public List<String> allSpecies() {
        return allSpecies;
    }

    /** Fractional coordinates of all atoms in the first frame (3 per atom), a copy. */
    public double[] firstFrameFrac() {
        return firstFrameFrac.clone();
    }

    /** Largest distance (Å) the framework's centre of mass moved from its start (before correction). */
    public double maxFrameworkDriftA() {
        return maxFrameworkDriftA;
    }

    /** Whether the series were moved to a temporary file because they exceeded the memory budget. */
    public boolean onDisk() {
        return store.onDisk();
    }

    /**
     * Reads the position series of ions [from, to): {@code out[(i - from) * 3 + axis]} must hold frames() values.
     */
    public void read(int from, int to, double[][] out) {
        if (from < 0 || to > ions() || from >= to) {
            throw new IllegalArgumentException("ion range [" + from + ", " + to + ") outside 0.." + ions());
        }
        store.read(from, to, out);
    }

    /** The series of one ion: [axis][frame] (allocates). */
    public double[][] ion(int i) {
        double[][] out = new double[3][frames];
        read(i, i + 1, out);
        return out;
    }

    @Override
    public void close() {
        store.close();
    }
}
