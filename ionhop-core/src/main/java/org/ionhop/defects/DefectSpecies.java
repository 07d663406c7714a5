package org.ionhop.defects;

import java.util.Map;

/**
 * One kind of point defect in a {@link DefectModel}.
 *
 * <p>Its formation free energy (docs/physics.md, "Defects and activation energy"; Freysoldt et al., Rev. Mod. Phys. 86,
 * 253 (2014), Eq. 1) is
 * <pre>
 *   G_f = E_f0 - sum_i n_i mu_i + q mu_e - T S_f
 * </pre>
 * with E_f0 the formation energy at mu_i = 0 (elemental references) and mu_e = 0 (valence-band maximum), n_i the
 * number of atoms of element i added to the crystal to make the defect (-1 for a vacancy, +1 for an interstitial),
 * mu_i the atomic chemical potentials relative to the elemental references (eV), q the effective charge, mu_e the
 * electron chemical potential (Fermi level) from the valence-band maximum, and S_f a formation entropy (in k_B).
 * Its equilibrium site fraction in the dilute limit is x = exp(-G_f / k_B T) per site of its kind, and there are
 * {@code sitesPerFormulaUnit} such sites per formula unit.
 *
 * <p>A dopant with a concentration fixed by synthesis sets {@code fixedSiteFraction} (not NaN); its formation energy
 * is then unused. A species that carries ionic current has a migration barrier, jump distance and attempt frequency
 * (they enter the seeds' Eq. 1 in the mechanism map); others leave {@code migrationBarrierEv} NaN.
 *
 * @param name                 the Kröger-Vink symbol
 * @param sitesPerFormulaUnit  multiplicity m of the site the defect occupies, per formula unit (> 0)
 * @param formationEnergyEv    E_f0 in eV (NaN for fixed dopants)
 * @param formationEntropyKb   S_f in units of k_B (0 if unknown)
 * @param exchange             n_i per element symbol: atoms added (+) or removed (-) to form the defect
 * @param fixedSiteFraction    site fraction fixed by doping, or NaN when it follows from equilibrium
 * @param migrationBarrierEv   E_m in eV, NaN for a species that does not carry current
 * @param jumpDistanceA        hop length a in Å (used with E_m)
 * @param attemptFrequencyThz  attempt frequency nu_0 in THz (used with E_m)
 * @param correlationFactor    tracer correlation factor f divided by the Haven ratio H_R (1 for uncorrelated hops)
 */
public record DefectSpecies(KrogerVink name, double sitesPerFormulaUnit, double formationEnergyEv,
                            double formationEntropyKb, Map<String, Integer> exchange, double fixedSiteFraction,
                            double migrationBarrierEv, double jumpDistanceA, double attemptFrequencyThz,
                            double correlationFactor) {

    /** Validates and copies. */
    public DefectSpecies {
        if (name == null || name.isElectronic()) {
            throw new IllegalArgumentException("electrons and holes are described by the model's band edges, not as "
                    + "species: found " + name);
        }
        if (!(sitesPerFormulaUnit > 0)) {
            throw new IllegalArgumentException(name + ": sites per formula unit must be > 0, found " + sitesPerFormulaUnit);
        }
        boolean fixed = !Double.isNaN(fixedSiteFraction);
        if (fixed && !(fixedSiteFraction > 0 && fixedSiteFraction < 1)) {
            throw new IllegalArgumentException(name + ": a fixed site fraction must lie in (0, 1), found "
                    + fixedSiteFraction);
        }
        if (!fixed && !Double.isFinite(formationEnergyEv)) {
            throw new IllegalArgumentException(name + ": needs a formation energy or a fixed site fraction");
        }
        if (!Double.isFinite(formationEntropyKb)) {
            throw new IllegalArgumentException(name + ": formation entropy must be finite");
        }
        exchange = Map.copyOf(exchange == null ? Map.of() : exchange);
        if (!Double.isNaN(migrationBarrierEv)) {
            if (!(migrationBarrierEv >= 0) || !(jumpDistanceA > 0) || !(attemptFrequencyThz > 0)
                    || !(correlationFactor > 0)) {
                throw new IllegalArgumentException(name + ": a carrier needs E_m >= 0, jump distance > 0, attempt "
                        + "frequency > 0 and f/H_R > 0");
            }
            if (name.charge() == 0) {
                throw new IllegalArgumentException(name + ": a neutral defect carries no current; give the charged "
                        + "species or mark the carrier as charged");
            }
        }
    }

    /** An equilibrium species without transport parameters. */
    public static DefectSpecies of(String symbol, double sitesPerFormulaUnit, double formationEnergyEv,
                                   Map<String, Integer> exchange) {
        return new DefectSpecies(KrogerVink.parse(symbol), sitesPerFormulaUnit, formationEnergyEv, 0, exchange,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1);
    }

    /** A dopant at a fixed site fraction. */
    public static DefectSpecies dopant(String symbol, double sitesPerFormulaUnit, double siteFraction) {
        return new DefectSpecies(KrogerVink.parse(symbol), sitesPerFormulaUnit, Double.NaN, 0, Map.of(), siteFraction,
                Double.NaN, Double.NaN, Double.NaN, 1);
    }

    /** A copy that carries current with these hopping parameters (keeping its f/H_R, 1 unless set). */
    public DefectSpecies withHopping(double migrationBarrierEv, double jumpDistanceA, double attemptFrequencyThz) {
        return new DefectSpecies(name, sitesPerFormulaUnit, formationEnergyEv, formationEntropyKb, exchange,
                fixedSiteFraction, migrationBarrierEv, jumpDistanceA, attemptFrequencyThz, correlationFactor);
    }

    /** A copy with another fixed site fraction (dopant scans). */
    public DefectSpecies withFixedSiteFraction(double fraction) {
        return new DefectSpecies(name, sitesPerFormulaUnit, formationEnergyEv, formationEntropyKb, exchange, fraction,
                migrationBarrierEv, jumpDistanceA, attemptFrequencyThz, correlationFactor);
    }

    /** Whether the concentration is fixed by doping rather than by equilibrium. */
    public boolean isFixed() {
        return !Double.isNaN(fixedSiteFraction);
    }

    /** Whether this species carries ionic current (a migration barrier is given). */
    public boolean isCarrier() {
        return !Double.isNaN(migrationBarrierEv);
    }

    /**
     * The formation free energy G_f = E_f0 - sum n_i mu_i + q mu_e - k_B T S_f in eV.
     *
     * @param chemicalPotentialsEv mu_i per element (missing elements count as 0, the elemental reference)
     * @param electronChemicalPotentialEv mu_e from the valence-band maximum
     * @param temperatureK T
     */
    public double formationFreeEnergy(Map<String, Double> chemicalPotentialsEv, double electronChemicalPotentialEv,
                                      double temperatureK) {
        double g = formationEnergyEv + name.charge() * electronChemicalPotentialEv
                - org.ionhop.units.Units.kT(temperatureK) * formationEntropyKb;
        for (Map.Entry<String, Integer> e : exchange.entrySet()) {
            g -= e.getValue() * chemicalPotentialsEv.getOrDefault(e.getKey(), 0.0);
        }
        return g;
    }
}
