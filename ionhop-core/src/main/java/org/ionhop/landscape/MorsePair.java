package org.ionhop.landscape;

/**
 * softBV parameters of one mobile-ion / counter-ion pair (Chen &amp; Adams, IUCrJ 4 (2017) 614).
 *
 * @param r0     bond-valence parameter R0 in Å (bond valence s = exp((R0 - R) / b))
 * @param rMinA  distance of the Morse minimum in Å
 * @param alpha  Morse softness 1/b in 1/Å
 * @param d0Ev   bond-breaking energy D0 in eV
 */
public record MorsePair(double r0, double rMinA, double alpha, double d0Ev) {
    /** The bond-valence softness b = 1/alpha in Å. */
    public double b() {
        return 1 / alpha;
    }

    /**
     * Morse-type bond-valence energy at distance R (eV), with D0/2 in front:
     * E = (D0/2) [(exp(alpha (Rmin - R)) - 1)^2 - 1]. The factor 1/2 follows the open implementations whose
     * published barriers this code reproduces (BVlain {@code potentials.py}, ccnb/cavd {@code BVAnalysis});
     * some texts (e.g. Chen, Wong &amp; Adams, Acta Cryst. B 75 (2019) 18) write the prefactor as D0.
     */
    public double energy(double r) {
        double x = Math.exp(alpha * (rMinA - r)) - 1;
        return 0.5 * d0Ev * (x * x - 1);
    }
}
