package org.ionhop.kmc;

import java.util.Arrays;

/**
 * What a replica measures while it steps: every ion's unwrapped displacement (and their running sum of squares),
 * the collective displacement, the summed squared hop lengths, each site's occupied time, and on a bipartite
 * network the time-weighted moments of the staggered order parameter. Block sums ({@link Block}) are formed from
 * differences to the block's start (docs/kmc.md, "Estimators and error bars").
 */
final class ReplicaObservables {
    private final int nSites;
    private final int nIons;
    private final double[] disp;
    private final double[] origin;
    /**
     * Per site: accumulated occupied time at 3s, time of the last arrival at 3s+1 with its low part (the clock's
     * rounding error, {@link KmcReplica}) at 3s+2; interleaved for locality.
     */
    private final double[] occ;
    /** +1/-1 sublattice of each site of a bipartite network, else null. */
    private final byte[] sub;
    private final int subSum;
    private final int[] ionSpecies;
    private final int[] speciesCounts;
    private double cx;
    private double cy;
    private double cz;
    private double jumpSq;
    /** Sum over ions of the squared displacement since the start of the measurement, kept up to date per hop. */
    private double sumSq;
    /** Sum over occupied sites of their sublattice sign. */
    private int stagger;
    private double wM2;
    private double wM4;
    private double wMAbs;

    ReplicaObservables(KmcSystem sys, SiteOccupancy state, IsotopeAssignment isotopes) {
        nSites = sys.nSites;
        nIons = state.nIons;
        disp = new double[3 * nIons];
        origin = new double[3 * nIons];
        occ = new double[3 * nSites];
        sub = sys.sublattice == null ? null : new byte[nSites];
        int s = 0;
        int st = 0;
        if (sub != null) {
            for (int i = 0; i < nSites; i++) {
                sub[i] = (byte) sys.sublattice[i];
                s += sub[i];
                st += state.occupied[i] * sub[i];
            }
        }
        subSum = s;
        stagger = st;
        ionSpecies = isotopes.ionSpecies();
        speciesCounts = isotopes.speciesCounts();
    }

    /** Adds the order parameter's moments over a residence time dt (bipartite networks; measuring only). */
    void weigh(double dt) {
        if (sub != null) {
            double m = (double) (2 * stagger - subSum) / nSites;
            double m2 = m * m;
            wM2 += m2 * dt;
            wM4 += m2 * m2 * dt;
            wMAbs += Math.abs(m) * dt;
        }
    }

    /** Records a hop of {@code ion} along (x, y, z) in Å. */
    void hop(int ion, double x, double y, double z) {
        sumSq += 2 * (disp[3 * ion] * x + disp[3 * ion + 1] * y + disp[3 * ion + 2] * z) + x * x + y * y + z * z;
        disp[3 * ion] += x;
        disp[3 * ion + 1] += y;
        disp[3 * ion + 2] += z;
        cx += x;
        cy += y;
        cz += z;
        jumpSq += x * x + y * y + z * z;
    }

    /**
     * Records that site i was left and site j entered at {@code time + timeLo} (ps; the clock and its rounding
     * error): occupied times and the stagger.
     */
    void moved(int i, int j, double time, double timeLo) {
        occ[3 * i] += (time - occ[3 * i + 1]) + (timeLo - occ[3 * i + 2]);
        occ[3 * j + 1] = time;
        occ[3 * j + 2] = timeLo;
        if (sub != null) {
            stagger += sub[j] - sub[i];
        }
    }

    /** Starts the measurement: displacements, occupied times and sums from zero (time restarts at 0). */
    void reset() {
        Arrays.fill(disp, 0);
        Arrays.fill(occ, 0);
        cx = 0;
        cy = 0;
        cz = 0;
        jumpSq = 0;
        sumSq = 0;
    }

    /** Tracer MSD per ion since the start of the measurement (Å²). */
    double tracerMsd() {
        return sumSq / nIons;
    }

    /** Collective MSD per ion, |sum of displacements|² / N (Å²). */
    double collectiveMsd() {
        return (cx * cx + cy * cy + cz * cz) / nIons;
    }

    /** Summed squared hop lengths so far (Å²). */
    double jumpSq() {
        return jumpSq;
    }

    /** The collective displacement so far (Å). */
    double[] collective() {
        return new double[] {cx, cy, cz};
    }

    /** Marks the start of a block. */
    void startBlock() {
        System.arraycopy(disp, 0, origin, 0, disp.length);
        wM2 = 0;
        wM4 = 0;
        wMAbs = 0;
    }

    /** The block since {@link #startBlock}: {@code events} events over {@code tau} ps. */
    Block endBlock(long events, double tau, double[] c0, double jumps) {
        double[] tr = new double[3];
        double[] species = new double[speciesCounts.length];
        for (int ion = 0; ion < nIons; ion++) {
            double s = 0;
            for (int k = 0; k < 3; k++) {
                double d = disp[3 * ion + k] - origin[3 * ion + k];
                tr[k] += d * d;
                s += d * d;
            }
            species[ionSpecies[ion]] += s;
        }
        double[] coll = {cx - c0[0], cy - c0[1], cz - c0[2]};
        double nan = Double.NaN;
        boolean m = sub != null && tau > 0;
        return new Block(events, tau, tr, coll, jumps, m ? wM2 / tau : nan, m ? wM4 / tau : nan,
                m ? wMAbs / tau : nan, species);
    }

    /** Time-averaged occupancy of every site over the measurement, which lasted {@code time + timeLo} ps. */
    double[] siteOccupancy(int[] siteIon, double time, double timeLo) {
        double[] occupancy = new double[nSites];
        for (int s = 0; s < nSites; s++) {
            double o = occ[3 * s] + (siteIon[s] >= 0 ? (time - occ[3 * s + 1]) + (timeLo - occ[3 * s + 2]) : 0);
            occupancy[s] = o / (time + timeLo);
        }
        return occupancy;
    }

    /** Ions of each isotope species. */
    int[] speciesCounts() {
        return speciesCounts.clone();
    }
}
