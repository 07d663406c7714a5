package org.ionhop.neb;

/**
 * One image of a band.
 *
 * @param energyEv           total energy in eV (VASP: the free energy TOTEN / OSZICAR F, whose derivative the
 *                           forces are)
 * @param frac               fractional coordinates, {@code frac[atom][axis]}
 * @param forcesEvA          Cartesian forces in eV/Å, {@code forces[atom][axis]}, or null when the input has none
 * @param tangentForceEvA    the force along the band tangent as the NEB code reported it (VTST's
 *                           "NEB: projections on to tangent (spring, REAL)"), or NaN to compute it from the forces
 * @param source             where the image was read from, for messages
 */
public record NebImage(double energyEv, double[][] frac, double[][] forcesEvA, double tangentForceEvA,
                       String source) {
    /** Validates the shapes and copies the arrays. */
    public NebImage {
        if (!Double.isFinite(energyEv)) {
            throw new IllegalArgumentException(source + ": an image needs a finite energy, found " + energyEv);
        }
        frac = copy(frac);
        if (forcesEvA != null) {
            if (forcesEvA.length != frac.length) {
                throw new IllegalArgumentException(source + ": " + forcesEvA.length + " force rows for "
                        + frac.length + " atoms");
            }
            forcesEvA = copy(forcesEvA);
        }
        source = source == null ? "" : source;
    }

    /** Number of atoms. */
    public int atoms() {
        return frac.length;
    }

    /** Whether forces were read. */
    public boolean hasForces() {
        return forcesEvA != null;
    }

    /** A copy of the fractional coordinates. */
    @Override
    public double[][] frac() {
        return copy(frac);
    }

    /** A copy of the forces (null when absent). */
    @Override
    public double[][] forcesEvA() {
        return forcesEvA == null ? null : copy(forcesEvA);
    }

    /** Fractional coordinates of one atom, not copied (package use). */
    double[] fracOf(int atom) {
        return frac[atom];
    }

    /** Force on one atom, not copied (package use); null without forces. */
    double[] forceOf(int atom) {
        return forcesEvA == null ? null : forcesEvA[atom];
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != 3) {
                throw new IllegalArgumentException("expected three components per atom, found " + a[i].length);
            }
            c[i] = a[i].clone();
        }
        return c;
    }
}
