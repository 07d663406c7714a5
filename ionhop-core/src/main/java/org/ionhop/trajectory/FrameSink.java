package org.ionhop.trajectory;

import org.ionhop.structure.Lattice;

/**
 * Receives a trajectory frame by frame from a reader, so that no reader holds more than one frame.
 * {@link #begin} is called once before the first frame.
 */
public interface FrameSink {
    /**
     * The trajectory's header: atoms and what the file states about time and temperature.
     *
     * @param header species per atom, time between frames (NaN if the file does not say), temperature
     */
    void begin(TrajectoryHeader header);

    /**
     * One frame.
     *
     * @param lattice the cell of this frame (changes in NPT runs)
     * @param frac    fractional coordinates, 3 per atom in file order (atom i at 3i..3i+2); the array may be
     *                reused by the reader after the call returns
     * @param step    MD step number of the frame if the file states it, otherwise the frame index
     */
    void frame(Lattice lattice, double[] frac, long step);
}
