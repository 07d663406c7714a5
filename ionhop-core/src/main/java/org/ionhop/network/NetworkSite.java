package org.ionhop.network;

/**
 * A site of the mobile ion in a {@link SiteNetwork}.
 *
 * @param frac     fractional coordinates in the network's cell, in [0, 1)
 * @param energyEv site energy in eV (same reference as the hops' saddle energies)
 * @param type     a site-type label ("8a", "T1", "min3"); sites of one type are equivalent
 */
public record NetworkSite(double[] frac, double energyEv, String type) {
    /** Copies the coordinates. */
    public NetworkSite {
        if (frac == null || frac.length != 3) {
            throw new IllegalArgumentException("a network site needs three fractional coordinates");
        }
        frac = frac.clone();
        for (double f : frac) {
            if (!Double.isFinite(f)) {
                throw new IllegalArgumentException("a network site needs finite fractional coordinates");
            }
        }
        if (!Double.isFinite(energyEv)) {
            throw new IllegalArgumentException("a network site needs a finite energy, found " + energyEv);
        }
        type = type == null ? "" : type;
    }

    /** A copy of the fractional coordinates. */
    @Override
    public double[] frac() {
        return frac.clone();
    }

    /** Fractional coordinate i without copying. */
    public double frac(int i) {
        return frac[i];
    }
}
