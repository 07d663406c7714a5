package org.ionhop.mesoscale;

/** How a filler fraction is given: by volume, or by weight (converted through the two densities). */
public enum FractionType {
    /** Volume fraction of the filler (the variable of every effective-medium model). */
    VOLUME,
    /** Weight fraction of the filler, as composite recipes are written (e.g. "70 wt% LGPS"). */
    WEIGHT;

    /**
     * The filler volume fraction of a fraction of this type: for weight w, phi = (w / rho_f) / (w / rho_f +
     * (1 - w) / rho_m), the volumes of the two weighed components (no porosity, no volume of mixing).
     *
     * @param fraction          the fraction in this type, in [0, 1]
     * @param densityFillerGCm3 filler density (g/cm^3)
     * @param densityMatrixGCm3 matrix density (g/cm^3)
     */
    public double toVolume(double fraction, double densityFillerGCm3, double densityMatrixGCm3) {
        if (this == VOLUME) {
            return fraction;
        }
        double vf = fraction / densityFillerGCm3;
        double vm = (1 - fraction) / densityMatrixGCm3;
        return vf + vm == 0 ? 0 : vf / (vf + vm);
    }

    /** The inverse of {@link #toVolume}: w = phi rho_f / (phi rho_f + (1 - phi) rho_m) for weight. */
    public double fromVolume(double volumeFraction, double densityFillerGCm3, double densityMatrixGCm3) {
        if (this == VOLUME) {
            return volumeFraction;
        }
        double mf = volumeFraction * densityFillerGCm3;
        double mm = (1 - volumeFraction) * densityMatrixGCm3;
        return mf / (mf + mm);
    }
}
