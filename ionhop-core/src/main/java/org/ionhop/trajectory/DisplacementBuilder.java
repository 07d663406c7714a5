package org.ionhop.trajectory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ionhop.io.InputFormatException;
import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;

/**
 * Turns frames into {@link Displacements}: unwraps each atom by the minimum image between consecutive frames in the
 * current frame's cell, removes the framework's centre-of-mass drift, and stores the mobile ions.
 *
 * <p>Unwrapping with a changing cell follows the "toroidal-view-preserving" scheme of von Bülow, Bullerjahn and
 * Hummer, J. Chem. Phys. 153, 021101 (2020), doi:10.1063/5.0008316: the step between frames is the minimum image of
 * the difference of wrapped positions in the new frame's cell, which keeps diffusion coefficients unbiased in NPT
 * runs. Coordinates that are already unwrapped (LAMMPS xu or image flags) are differenced directly.
 */
final class DisplacementBuilder implements FrameSink {
    private final String source;
    private final LoadSettings settings;
    private TrajectoryHeader header;
    private int[] mobile;
    private int[] framework;
    private double[] frameworkWeight;
    private double[] prevFrac;
    private Lattice prevLattice;
    private double[] position;
    private double[] out;
    private IonStore store;
    private int frames;
    private long firstStep;
    private long stepStride;
    private double volumeSum;
    private double[] firstFrac;
    private Lattice firstLattice;
    private final double[] drift = new double[3];
    private double maxDrift;
    private List<String> ionSpecies;
    private double[] stepBuffer;

    DisplacementBuilder(String source, LoadSettings settings) {
        this.source = source;
        this.settings = settings;
    }

    @Override
    public void begin(TrajectoryHeader h) {
        this.header = h;
        Set<String> mob = new HashSet<>(settings.mobile());
        Set<String> present = new HashSet<>(h.species());
        for (String s : mob) {
            if (!present.contains(s)) {
                throw new InputFormatException(source, 0, "expected mobile species " + s + " in the trajectory, found "
                        + "only " + new java.util.TreeSet<>(present));
            }
        }
        Set<String> fw = settings.framework().isEmpty() ? null : new HashSet<>(settings.framework());
        List<Integer> m = new ArrayList<>();
        List<Integer> f = new ArrayList<>();
        ionSpecies = new ArrayList<>();
        for (int i = 0; i < h.atoms(); i++) {
            String s = h.species().get(i);
            if (mob.contains(s)) {
                m.add(i);
                ionSpecies.add(s);
            } else if (fw == null || fw.contains(s)) {
                f.add(i);
            }
        }
        mobile = m.stream().mapToInt(Integer::intValue).toArray();
        framework = f.stream().mapToInt(Integer::intValue).toArray();
        frameworkWeight = new double[framework.length];
        double total = 0;
        for (int k = 0; k < framework.length; k++) {
            String s = h.species().get(framework[k]);
            double w = settings.drift() == DriftCorrection.UNWEIGHTED ? 1.0
                    : Element.fromSymbol(s).map(Element::massAmu).orElse(1.0);
            frameworkWeight[k] = w;
            total += w;
        }
        for (int k = 0; k < framework.length; k++) {
            frameworkWeight[k] /= total;
        }
        position = new double[3 * h.atoms()];
        out = new double[3 * mobile.length];
        store = new IonStore(mobile.length, settings.memoryBudgetBytes());
    }

    @Override
    public void frame(Lattice lattice, double[] frac, long step) {
        if (frames == 0) {
            firstFrac = frac.clone();
            firstLattice = lattice;
            prevFrac = frac.clone();
            double[] c = new double[3];
            for (int i = 0; i < header.atoms(); i++) {
                lattice.toCartesian(frac[3 * i], frac[3 * i + 1], frac[3 * i + 2], c);
                System.arraycopy(c, 0, position, 3 * i, 3);
            }
            firstStep = step;
        } else {
            if (frames == 1) {
                stepStride = step - firstStep;
            } else if (step - firstStep != (long) frames * stepStride && !Double.isNaN(header.stepIntervalPs())) {
                throw new InputFormatException(source, 0, "expected frames every " + stepStride
                        + " MD steps, found step " + step + " as frame " + (frames + 1));
            }
            advance(lattice, frac);
        }
        volumeSum += lattice.volume();
        for (int k = 0; k < mobile.length; k++) {
            int a = mobile[k];
            out[3 * k] = position[3 * a];
            out[3 * k + 1] = position[3 * a + 1];
            out[3 * k + 2] = position[3 * a + 2];
        }
        store.append(out);
        prevLattice = lattice;
        frames++;
    }

    /** Moves every atom by its step since the last frame, then removes the framework's centre-of-mass step. */
    private void advance(Lattice lattice, double[] frac) {
        double[] d = new double[3];
        double[] g = new double[3];
        double[] fNew = new double[3];
        double[] c = new double[3];
        boolean sameCell = lattice == prevLattice || sameMatrix(lattice, prevLattice);
        double sx = 0;
        double sy = 0;
        double sz = 0;
        int nAtoms = header.atoms();
        if (stepBuffer == null) {
            stepBuffer = new double[3 * nAtoms];
        }
        double[] step = stepBuffer;
        for (int i = 0; i < nAtoms; i++) {
            fNew[0] = frac[3 * i];
            fNew[1] = frac[3 * i + 1];
            fNew[2] = frac[3 * i + 2];
            if (header.unwrapped()) {
                lattice.toCartesian(fNew[0], fNew[1], fNew[2], d);
                prevLattice.toCartesian(prevFrac[3 * i], prevFrac[3 * i + 1], prevFrac[3 * i + 2], c);
                d[0] -= c[0];
                d[1] -= c[1];
                d[2] -= c[2];
            } else {
                if (sameCell) {
                    g[0] = prevFrac[3 * i];
                    g[1] = prevFrac[3 * i + 1];
                    g[2] = prevFrac[3 * i + 2];
                } else {
                    prevLattice.toCartesian(prevFrac[3 * i], prevFrac[3 * i + 1], prevFrac[3 * i + 2], c);
                    lattice.toFractional(c[0], c[1], c[2], g);
                }
                lattice.minimumImageVector(g, fNew, d);
            }
            step[3 * i] = d[0];
            step[3 * i + 1] = d[1];
            step[3 * i + 2] = d[2];
        }
        for (int k = 0; k < framework.length; k++) {
            int a = framework[k];
            double w = frameworkWeight[k];
            sx += w * step[3 * a];
            sy += w * step[3 * a + 1];
            sz += w * step[3 * a + 2];
        }
        drift[0] += sx;
        drift[1] += sy;
        drift[2] += sz;
        maxDrift = Math.max(maxDrift, Math.sqrt(drift[0] * drift[0] + drift[1] * drift[1] + drift[2] * drift[2]));
        boolean correct = settings.drift() != DriftCorrection.NONE && framework.length > 0;
        for (int i = 0; i < nAtoms; i++) {
            position[3 * i] += step[3 * i] - (correct ? sx : 0);
            position[3 * i + 1] += step[3 * i + 1] - (correct ? sy : 0);
            position[3 * i + 2] += step[3 * i + 2] - (correct ? sz : 0);
        }
        System.arraycopy(frac, 0, prevFrac, 0, frac.length);
    }

    private static boolean sameMatrix(Lattice a, Lattice b) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (a.component(i, j) != b.component(i, j)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Finishes reading and works out the time between frames. */
    Displacements build() {
        if (header == null || frames == 0) {
            throw new InputFormatException(source, 0, "expected frames, found none");
        }
        store.finish();
        double interval = settings.frameIntervalPs();
        if (Double.isNaN(interval)) {
            interval = header.frameIntervalPs();
        }
        if (Double.isNaN(interval) && !Double.isNaN(header.stepIntervalPs()) && stepStride > 0) {
            interval = header.stepIntervalPs() * stepStride;
        }
        if (!(interval > 0)) {
            store.close();
            throw new InputFormatException(source, 0, "expected the time between frames, found none: " + header.format()
                    + " files do not state it; give --timestep-fs (MD time step) and --stride (steps between frames)");
        }
        return new Displacements(store, ionSpecies, frames, interval, header.temperatureK(), firstLattice,
                volumeSum / frames, header, header.species(), firstFrac, maxDrift);
    }
}
