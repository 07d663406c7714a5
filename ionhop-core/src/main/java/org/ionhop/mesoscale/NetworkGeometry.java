package org.ionhop.mesoscale;

import java.util.Locale;

/** The random microstructure of the resistor-network check ({@link ResistorNetwork}). */
public enum NetworkGeometry {
    /** Overlapping filler spheres of a given radius (in voxels) with their interface shells. */
    SPHERES,
    /** Single voxels, each filler or matrix independently (site percolation, threshold 0.3116); no shell. */
    SITES,
    /**
     * Kirkpatrick's random bond network: each bond independently filler or matrix (bond percolation, threshold
     * 0.2488); the lattice whose effective-medium equation is the 3D Bruggeman equation. No shell.
     */
    BONDS;

    /** The command-line spelling (lower case). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The geometry of a command-line spelling (case-insensitive). */
    public static NetworkGeometry parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected a network geometry (spheres, sites, bonds), got '" + text
                    + "'", e);
        }
    }
}
