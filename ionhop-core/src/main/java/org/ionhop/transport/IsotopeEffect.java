package org.ionhop.transport;

/**
 * The isotope effect of diffusion (docs/physics.md, "Lattice dynamics and hopping"; Schoen, Phys. Rev. Lett. 1, 138
 * (1958); Mehrer, Diffusion in Solids, Springer 2007, ch. 9).
 *
 * <p>Classically the attempt frequency of a single-ion hop scales as M^(-1/2), so D_a / D_b = sqrt(m_b / m_a) for
 * isotopes a (light) and b (heavy). The isotope-effect parameter
 * <pre>
 *   E = (D_a / D_b - 1) / (sqrt(m_b / m_a) - 1) = f dK
 * </pre>
 * is 1 for an uncorrelated single-ion hop and below 1 for correlated (f &lt; 1) or collective (dK &lt; 1) motion.
 * Masses in amu.
 */
public final class IsotopeEffect {
    /** Atomic mass of 6Li in amu (AME2020, Wang et al., Chin. Phys. C 45, 030003 (2021)). */
    public static final double LI6_AMU = 6.0151228874;
    /** Atomic mass of 7Li in amu (AME2020). */
    public static final double LI7_AMU = 7.0160034366;

    private IsotopeEffect() {
    }

    /** D_light / D_heavy for a classical single-ion hop: sqrt(m_heavy / m_light). */
    public static double classicalRatio(double lightAmu, double heavyAmu) {
        check(lightAmu, heavyAmu);
        return Math.sqrt(heavyAmu / lightAmu);
    }

    /** The isotope-effect parameter E = f dK from a measured D_light / D_heavy. */
    public static double parameter(double diffusivityRatioLightOverHeavy, double lightAmu, double heavyAmu) {
        if (!(diffusivityRatioLightOverHeavy > 0)) {
            throw new IllegalArgumentException("diffusivity ratio must be positive, found " + diffusivityRatioLightOverHeavy);
        }
        return (diffusivityRatioLightOverHeavy - 1) / (classicalRatio(lightAmu, heavyAmu) - 1);
    }

    /** The standard error of E from that of the measured ratio (E is linear in the ratio). */
    public static double parameterErr(double ratioErr, double lightAmu, double heavyAmu) {
        return Math.abs(ratioErr) / (classicalRatio(lightAmu, heavyAmu) - 1);
    }

    /** The ratio D_light / D_heavy implied by E = f dK. */
    public static double ratioFor(double parameter, double lightAmu, double heavyAmu) {
        return 1 + parameter * (classicalRatio(lightAmu, heavyAmu) - 1);
    }

    private static void check(double light, double heavy) {
        if (!(light > 0) || !(heavy > light)) {
            throw new IllegalArgumentException("isotope masses need 0 < m_light < m_heavy, found " + light + ", " + heavy);
        }
    }
}
