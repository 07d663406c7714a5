package org.ionhop.defects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A defect-chemistry problem: the defect species of a host, its volume per formula unit (to convert site fractions
 * to numbers per volume), the atomic chemical potentials, and optionally band edges (electrons and holes), the
 * host's stability constraint, and a fixed Fermi level.
 *
 * <p>When {@code fixedFermiLevelEv} is NaN the Fermi level follows from charge neutrality (see
 * {@link DefectEquilibrium}); when it is given the defects are formed against a reservoir of electrons as well as of
 * atoms, each concentration is simply x = exp(-G_f / k_B T) and E_a = E_f + E_m (the seeds' form).
 *
 * @param name                     a label
 * @param volumePerFormulaUnitA3   V_fu in Å³
 * @param species                  the defects (equilibrium species and fixed dopants)
 * @param chemicalPotentialsEv     mu_i relative to the elemental references (eV)
 * @param bandEdges                electrons and holes, or null to leave them out of neutrality
 * @param host                     the host's stability constraint, or null
 * @param fixedFermiLevelEv        mu_e fixed by a reservoir (eV from the VBM), or NaN to solve neutrality
 */
public record DefectModel(String name, double volumePerFormulaUnitA3, List<DefectSpecies> species,
                          Map<String, Double> chemicalPotentialsEv, BandEdges bandEdges, HostConstraint host,
                          double fixedFermiLevelEv) {

    /** Validates and copies. */
    public DefectModel {
        if (!(volumePerFormulaUnitA3 > 0)) {
            throw new IllegalArgumentException("volume per formula unit must be > 0 Å^3, found " + volumePerFormulaUnitA3);
        }
        species = List.copyOf(species);
        if (species.isEmpty()) {
            throw new IllegalArgumentException("a defect model needs at least one species");
        }
        Set<KrogerVink> seen = new HashSet<>();
        for (DefectSpecies s : species) {
            if (!seen.add(s.name())) {
                throw new IllegalArgumentException("species " + s.name() + " is listed twice");
            }
        }
        chemicalPotentialsEv = Map.copyOf(chemicalPotentialsEv == null ? Map.of() : chemicalPotentialsEv);
    }

    /** A model whose Fermi level follows from neutrality. */
    public static DefectModel of(String name, double volumePerFormulaUnitA3, List<DefectSpecies> species,
                                 Map<String, Double> chemicalPotentialsEv, BandEdges bandEdges, HostConstraint host) {
        return new DefectModel(name, volumePerFormulaUnitA3, species, chemicalPotentialsEv, bandEdges, host, Double.NaN);
    }

    /** Formula units per Å³. */
    public double formulaUnitsPerA3() {
        return 1.0 / volumePerFormulaUnitA3;
    }

    /** Index of a species by its Kröger-Vink symbol. */
    public int indexOf(KrogerVink kv) {
        for (int i = 0; i < species.size(); i++) {
            if (species.get(i).name().equals(kv)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no species " + kv + " in model " + name);
    }

    /**
     * The chemical potentials with the host constraint applied: the dependent element's potential follows from the
     * others.
     */
    public Map<String, Double> resolvedChemicalPotentials() {
        Map<String, Double> mu = new HashMap<>(chemicalPotentialsEv);
        if (host != null) {
            mu.put(host.dependent(), host.dependentPotential(mu));
        }
        return mu;
    }

    /** A copy with one chemical potential changed. */
    public DefectModel withChemicalPotential(String element, double muEv) {
        if (host != null && host.dependent().equals(element)) {
            throw new IllegalArgumentException(element + " is the dependent element of the host; scan another element");
        }
        Map<String, Double> mu = new HashMap<>(chemicalPotentialsEv);
        mu.put(element, muEv);
        return new DefectModel(name, volumePerFormulaUnitA3, species, mu, bandEdges, host, fixedFermiLevelEv);
    }

    /** A copy with one dopant's fixed site fraction changed. */
    public DefectModel withDopantFraction(KrogerVink dopant, double siteFraction) {
        int k = indexOf(dopant);
        if (!species.get(k).isFixed()) {
            throw new IllegalArgumentException(dopant + " is not a fixed dopant");
        }
        List<DefectSpecies> copy = new ArrayList<>(species);
        copy.set(k, species.get(k).withFixedSiteFraction(siteFraction));
        return new DefectModel(name, volumePerFormulaUnitA3, copy, chemicalPotentialsEv, bandEdges, host,
                fixedFermiLevelEv);
    }

    /** A copy with a fixed Fermi level (NaN: solve neutrality). */
    public DefectModel withFixedFermiLevel(double muE) {
        return new DefectModel(name, volumePerFormulaUnitA3, species, chemicalPotentialsEv, bandEdges, host, muE);
    }

    /** The carriers of ionic current (species with a migration barrier), in model order. */
    public List<DefectSpecies> carriers() {
        return species.stream().filter(DefectSpecies::isCarrier).toList();
    }
}
