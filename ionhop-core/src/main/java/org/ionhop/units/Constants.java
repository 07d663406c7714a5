package org.ionhop.units;

/**
 * Physical constants, CODATA 2018 (exact values where the 2019 SI fixes them).
 *
 * <p>Each name carries its unit so that a reader cannot misread it. Internal units of ionhop are
 * eV, Å, ps, K, e and amu (see {@code docs/physics.md}); SI values are given for conversions
 * at input and output only.
 */
public final class Constants {
    private Constants() {
    }

    /** Boltzmann constant in eV/K (CODATA 2018, exact: 1.380649e-23 J/K divided by e). */
    public static final double BOLTZMANN_EV_PER_K = 8.617333262e-5;
    /** Boltzmann constant in J/K (exact). */
    public static final double BOLTZMANN_J_PER_K = 1.380649e-23;
    /** Elementary charge in C (exact). */
    public static final double ELEMENTARY_CHARGE_C = 1.602176634e-19;
    /** Avogadro constant in 1/mol (exact). */
    public static final double AVOGADRO_PER_MOL = 6.02214076e23;
    /** Atomic mass constant (unified atomic mass unit) in kg (CODATA 2018). */
    public static final double ATOMIC_MASS_UNIT_KG = 1.66053906660e-27;
    /** Planck constant in eV s (exact: 6.62607015e-34 J s / e). */
    public static final double PLANCK_EV_S = 4.135667696e-15;
    /** Reduced Planck constant in eV s. */
    public static final double HBAR_EV_S = PLANCK_EV_S / (2.0 * Math.PI);
    /** Vacuum permittivity in F/m (CODATA 2018). */
    public static final double VACUUM_PERMITTIVITY_F_PER_M = 8.8541878128e-12;
    /**
     * Coulomb energy e^2/(4 pi eps0) in eV Å, the constant of the bond-valence Coulomb term
     * (about 14.40 eV Å).
     */
    public static final double COULOMB_EV_ANGSTROM =
            ELEMENTARY_CHARGE_C / (4.0 * Math.PI * VACUUM_PERMITTIVITY_F_PER_M) * 1e10;
    /** Faraday constant in C/mol (exact product of e and N_A). */
    public static final double FARADAY_C_PER_MOL = ELEMENTARY_CHARGE_C * AVOGADRO_PER_MOL;
    /** Gas constant in J/(mol K) (exact product of k_B and N_A). */
    public static final double GAS_CONSTANT_J_PER_MOL_K = BOLTZMANN_J_PER_K * AVOGADRO_PER_MOL;
    /** Bohr radius in Å (CODATA 2018: 0.529177210903(80) Å), the length unit of Gaussian cube files. */
    public static final double BOHR_RADIUS_A = 0.529177210903;
    /** Proton gyromagnetic ratio in rad/(s T) (CODATA 2018), for PFG-NMR of 1H. */
    public static final double GYROMAGNETIC_RATIO_1H_RAD_PER_S_T = 2.6752218744e8;
    /** 7Li gyromagnetic ratio in rad/(s T) (Harris et al., Pure Appl. Chem. 73, 1795 (2001): 10.3977013e7). */
    public static final double GYROMAGNETIC_RATIO_7LI_RAD_PER_S_T = 10.3977013e7;
}
