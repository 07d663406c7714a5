package org.ionhop.defects;

/**
 * Electrons and holes for charge neutrality, in the non-degenerate (Boltzmann) limit:
 * <pre>
 *   n = N_c exp(-(E_g - mu_e) / k_B T),   p = N_v exp(-mu_e / k_B T)
 * </pre>
 * with mu_e measured from the valence-band maximum (Sze and Ng, Physics of Semiconductor Devices, 3rd ed., 2007,
 * Eqs. 1.21 and 1.23). The effective densities of states are taken as temperature independent at the values given
 * (their T^(3/2) dependence is a prefactor and is left to the user).
 *
 * @param bandGapEv            E_g in eV
 * @param conductionDosPerA3   N_c in states per Å³
 * @param valenceDosPerA3      N_v in states per Å³
 */
public record BandEdges(double bandGapEv, double conductionDosPerA3, double valenceDosPerA3) {
    /** Validates. */
    public BandEdges {
        if (!(bandGapEv > 0) || !(conductionDosPerA3 > 0) || !(valenceDosPerA3 > 0)) {
            throw new IllegalArgumentException("band edges need E_g > 0 and effective densities of states > 0, found E_g="
                    + bandGapEv + " eV, N_c=" + conductionDosPerA3 + ", N_v=" + valenceDosPerA3 + " per Å^3");
        }
    }

    /** ln n (n per Å³) at Fermi level mu_e. */
    public double lnElectrons(double muE, double temperatureK) {
        return Math.log(conductionDosPerA3) - (bandGapEv - muE) / org.ionhop.units.Units.kT(temperatureK);
    }

    /** ln p (p per Å³) at Fermi level mu_e. */
    public double lnHoles(double muE, double temperatureK) {
        return Math.log(valenceDosPerA3) - muE / org.ionhop.units.Units.kT(temperatureK);
    }
}
