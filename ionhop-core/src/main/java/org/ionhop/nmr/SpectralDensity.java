package org.ionhop.nmr;

/**
 * Spectral densities of a correlation time tau for NMR relaxation by jump diffusion.
 *
 * <p>BPP (Bloembergen, Purcell and Pound, Phys. Rev. 73 (1948) 679): J(omega) = tau / (1 + (omega tau)^2),
 * from an exponential correlation function. The asymmetric variant J(omega) = tau / (1 + (omega tau)^beta) with
 * 1 &lt; beta &lt;= 2 (Küchler, Heitjans, Payer and Schöllhorn, Solid State Ionics 70/71 (1994) 434; Heitjans and
 * Indris, J. Phys.: Condens. Matter 15 (2003) R1257) keeps the high-temperature flank (slope E_a) but makes the
 * low-temperature flank shallower: slope E_a,low = (beta - 1) E_a, as found for correlated or low-dimensional
 * motion. beta = 2 is BPP. physics.md, "NMR relaxometry".
 *
 * @param beta the exponent (2 for BPP)
 */
public record SpectralDensity(double beta) {
    /** The symmetric BPP density. */
    public static final SpectralDensity BPP = new SpectralDensity(2);

    /** Checks 1 &lt; beta &lt;= 2. */
    public SpectralDensity {
        if (!(beta > 1 && beta <= 2)) {
            throw new IllegalArgumentException("the spectral-density exponent beta must be in (1, 2], got " + beta);
        }
    }

    /** J(omega) in s for correlation time tau (s) and angular frequency omega (rad/s). */
    public double at(double omega, double tau) {
        return tau / (1 + Math.pow(omega * tau, beta));
    }

    /** The spin-lattice rate shape J(omega_0) + 4 J(2 omega_0) (1/T1 = C times this), in s. */
    public double t1Shape(double omega0, double tau) {
        return at(omega0, tau) + 4 * at(2 * omega0, tau);
    }

    /**
     * The rotating-frame rate shape (3/2) J(2 omega_1) + (5/2) J(omega_0) + J(2 omega_0) (1/T1rho = C times this;
     * Look and Lowe, J. Chem. Phys. 44 (1966) 2995), in s.
     */
    public double t1rhoShape(double omega0, double omega1, double tau) {
        return 1.5 * at(2 * omega1, tau) + 2.5 * at(omega0, tau) + at(2 * omega0, tau);
    }
}
