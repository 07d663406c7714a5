package org.ionhop.landscape;

/**
 * Energy along a path of the mobile ion: straight segments site, saddle, site (and on, for a path of several
 * hops), sampled with the continuous model.
 *
 * @param label     what the path is ("h0", "lowest 1D path")
 * @param distanceA cumulative distance along the path (Å)
 * @param energyEv  energy at each point, relative to the global minimum of the network (eV)
 */
public record HopProfile(String label, double[] distanceA, double[] energyEv) {
    /** Copies the arrays. */
    public HopProfile {
        if (distanceA.length != energyEv.length) {
            throw new IllegalArgumentException("profile arrays differ in length");
        }
        distanceA = distanceA.clone();
        energyEv = energyEv.clone();
    }

    /** A copy of the distances. */
    @Override
    public double[] distanceA() {
        return distanceA.clone();
    }

    /** A copy of the energies. */
    @Override
    public double[] energyEv() {
        return energyEv.clone();
    }

    /** Highest energy along the path (eV). */
    public double maxEv() {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : energyEv) {
            m = Math.max(m, v);
        }
        return m;
    }
}
