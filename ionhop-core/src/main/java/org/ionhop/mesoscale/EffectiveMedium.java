package org.ionhop.mesoscale;

/**
 * Closed-form effective conductivities of isotropic composites in three dimensions, and the bounds every
 * composite of given volume fractions obeys. Conductivities in any one unit (S/cm throughout ionhop); fractions are
 * volume fractions. Every method accepts insulating phases (sigma = 0).
 *
 * <ul>
 *   <li>Wiener bounds (O. Wiener, Abh. Math.-Phys. Kl. Königl. Sächs. Ges. Wiss. 32, 509, 1912): the parallel
 *       (arithmetic) and series (harmonic) means, the extremes over all anisotropic microstructures.</li>
 *   <li>Hashin-Shtrikman bounds (Z. Hashin and S. Shtrikman, J. Appl. Phys. 33, 3125, 1962), the tightest bounds
 *       for isotropic composites of n phases: sigma_HS(s0) = [sum_i f_i / (s_i + 2 s0)]^-1 - 2 s0, lower with
 *       s0 = min s_i, upper with s0 = max s_i.</li>
 *   <li>Maxwell (J. C. Maxwell, A Treatise on Electricity and Magnetism, vol. 1, 1873), in the form now called
 *       Maxwell-Garnett: isolated filler spheres in the matrix, sigma = s_m (s_f + 2 s_m + 2 f (s_f - s_m)) /
 *       (s_f + 2 s_m - f (s_f - s_m)). It is the exact conductivity of Hashin's coated-sphere assemblage, and so
 *       equals the HS lower bound when s_f &gt; s_m (the matrix is the worse conductor) and the upper bound when
 *       s_f &lt; s_m. It has no percolation threshold.</li>
 *   <li>Symmetric Bruggeman (D. A. G. Bruggeman, Ann. Phys. (Leipzig) 24, 636, 1935): f (s_f - s) / (s_f + 2 s)
 *       + (1 - f) (s_m - s) / (s_m + 2 s) = 0, i.e. 2 s^2 - b s - s_f s_m = 0 with b = (3 f - 1) s_f + (2 - 3 f)
 *       s_m; the positive root, written so that it never subtracts nearly equal numbers. With one phase
 *       insulating it vanishes below a conducting fraction of 1/3: the model's percolation threshold.</li>
 *   <li>Core-shell: each filler particle (radius r) with its interface shell (thickness t) is replaced by the
 *       homogeneous sphere of the same external response (Hashin's coated sphere, the Maxwell formula with the shell
 *       as host and the core fraction y = r^3 / (r + t)^3), and these coated spheres, of volume fraction
 *       f + f_int, are mixed with the matrix by symmetric Bruggeman. The interface phase so percolates at
 *       f + f_int = 1/3, the effective-medium picture of interface-conduction in composite electrolytes (reviewed
 *       by P. Knauth, J. Electroceram. 5, 111, 2000).</li>
 * </ul>
 */
public final class EffectiveMedium {
    private EffectiveMedium() {
    }

    /** Parallel (upper Wiener) bound of two phases: f s_f + (1 - f) s_m. */
    public static double parallel(double fillerFraction, double filler, double matrix) {
        return parallel(new double[] {fillerFraction, 1 - fillerFraction}, new double[] {filler, matrix});
    }

    /** Series (lower Wiener) bound of two phases: 1 / (f / s_f + (1 - f) / s_m). */
    public static double series(double fillerFraction, double filler, double matrix) {
        return series(new double[] {fillerFraction, 1 - fillerFraction}, new double[] {filler, matrix});
    }

    /** Parallel bound of n phases: sum f_i s_i. */
    public static double parallel(double[] fractions, double[] sigmas) {
        double s = 0;
        for (int i = 0; i < fractions.length; i++) {
            s += fractions[i] * sigmas[i];
        }
        return s;
    }

    /** Series bound of n phases: 1 / sum (f_i / s_i); zero if a phase of non-zero fraction is insulating. */
    public static double series(double[] fractions, double[] sigmas) {
        double r = 0;
        for (int i = 0; i < fractions.length; i++) {
            if (fractions[i] > 0) {
                if (sigmas[i] == 0) {
                    return 0;
                }
                r += fractions[i] / sigmas[i];
            }
        }
        return 1 / r;
    }

    /** Hashin-Shtrikman lower bound of n isotropic phases (reference s0 = the smallest present conductivity). */
    public static double hashinShtrikmanLower(double[] fractions, double[] sigmas) {
        return hashinShtrikman(fractions, sigmas, false);
    }

    /** Hashin-Shtrikman upper bound of n isotropic phases (reference s0 = the largest present conductivity). */
    public static double hashinShtrikmanUpper(double[] fractions, double[] sigmas) {
        return hashinShtrikman(fractions, sigmas, true);
    }

    private static double hashinShtrikman(double[] fractions, double[] sigmas, boolean upper) {
        double s0 = upper ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (int i = 0; i < fractions.length; i++) {
            if (fractions[i] > 0) {
                s0 = upper ? Math.max(s0, sigmas[i]) : Math.min(s0, sigmas[i]);
            }
        }
        double sum = 0;
        for (int i = 0; i < fractions.length; i++) {
            if (fractions[i] > 0) {
                double d = sigmas[i] + 2 * s0;
                if (d == 0) {
                    return 0; // an insulating phase as reference: the lower bound is zero
                }
                sum += fractions[i] / d;
            }
        }
        return 1 / sum - 2 * s0;
    }

    /** Maxwell-Garnett: filler spheres of volume fraction f isolated in the matrix (formula in the class doc). */
    public static double maxwellGarnett(double matrix, double filler, double fillerFraction) {
        if (fillerFraction >= 1) {
            return filler;
        }
        double d = filler - matrix;
        double den = filler + 2 * matrix - fillerFraction * d;
        if (den == 0) {
            return 0;
        }
        return matrix * (filler + 2 * matrix + 2 * fillerFraction * d) / den;
    }

    /** Symmetric Bruggeman effective medium of two phases (root of the quadratic in the class doc). */
    public static double bruggeman(double matrix, double filler, double fillerFraction) {
        double b = (3 * fillerFraction - 1) * filler + (2 - 3 * fillerFraction) * matrix;
        double c = filler * matrix;
        double root = Math.sqrt(b * b + 8 * c);
        if (b >= 0) {
            return (b + root) / 4;
        }
        // b < 0: (b + root) would cancel; use the product of the roots, s+ s- = -c / 2.
        double den = root - b;
        return den == 0 ? 0 : 2 * c / den;
    }

    /**
     * The conductivity of a homogeneous sphere equivalent to a core coated by a shell (Hashin coated sphere):
     * the Maxwell formula with the shell as host and the core as inclusion.
     *
     * @param core         core conductivity
     * @param shell        shell conductivity
     * @param coreFraction core volume over coated-sphere volume, r^3 / (r + t)^3
     */
    public static double coatedSphere(double core, double shell, double coreFraction) {
        return maxwellGarnett(shell, core, coreFraction);
    }

    /**
     * Interface-shell volume fraction from the geometry: f_int = f ((r + t)^3 - r^3) / r^3 while the coated spheres
     * fit beside the matrix, capped at 1 - f (the shells then fill all the space the filler leaves: the matrix is
     * used up and overlapping shells do not count twice). It rises linearly, peaks at f = r^3 / (r + t)^3, and falls
     * as 1 - f.
     *
     * @param fillerFraction filler volume fraction
     * @param radius         particle radius (any length unit)
     * @param shell          shell thickness (same unit)
     */
    public static double interfaceFraction(double fillerFraction, double radius, double shell) {
        double ratio = (radius + shell) / radius;
        double grow = ratio * ratio * ratio - 1;
        return Math.max(0, Math.min(fillerFraction * grow, 1 - fillerFraction));
    }

    /**
     * Core-shell model: coated spheres (cores of the filler, shells of the interface phase) of volume fraction
     * f + f_int in the matrix, by symmetric Bruggeman.
     *
     * @param matrix            matrix conductivity
     * @param filler            filler (core) conductivity
     * @param shell             interface-shell conductivity
     * @param fillerFraction    filler volume fraction f
     * @param interfaceFraction interface volume fraction f_int (f + f_int at most 1)
     */
    public static double coreShell(double matrix, double filler, double shell, double fillerFraction,
                                   double interfaceFraction) {
        double coated = fillerFraction + interfaceFraction;
        if (coated <= 0) {
            return matrix;
        }
        double equivalent = coatedSphere(filler, shell, fillerFraction / coated);
        return bruggeman(matrix, equivalent, Math.min(coated, 1));
    }
}
