package org.ionhop.defects;

import java.util.Map;

/**
 * Equilibrium of the host compound with the chemical potentials: sum_i k_i mu_i = Delta H_f (the formation energy of
 * the host per formula unit relative to the elemental references), which fixes the chemical potential of one
 * dependent element once the others are chosen. For Li2O: 2 mu_Li + mu_O = Delta H_f(Li2O), so Li-rich
 * (mu_Li = 0) means mu_O = Delta H_f and Li-poor (mu_O = 0) means mu_Li = Delta H_f / 2.
 *
 * @param composition       atoms per formula unit k_i per element
 * @param formationEnergyEv Delta H_f per formula unit in eV (negative for a stable compound)
 * @param dependent         the element whose chemical potential follows from the others
 */
public record HostConstraint(Map<String, Integer> composition, double formationEnergyEv, String dependent) {
    /** Validates and copies. */
    public HostConstraint {
        composition = Map.copyOf(composition);
        if (!composition.containsKey(dependent) || composition.get(dependent) <= 0) {
            throw new IllegalArgumentException("the dependent element " + dependent + " must be in the host composition "
                    + composition);
        }
        if (!Double.isFinite(formationEnergyEv)) {
            throw new IllegalArgumentException("host formation energy must be finite");
        }
    }

    /** The dependent element's chemical potential given all others (missing ones count as 0). */
    public double dependentPotential(Map<String, Double> chemicalPotentialsEv) {
        double rest = formationEnergyEv;
        for (Map.Entry<String, Integer> e : composition.entrySet()) {
            if (!e.getKey().equals(dependent)) {
                rest -= e.getValue() * chemicalPotentialsEv.getOrDefault(e.getKey(), 0.0);
            }
        }
        return rest / composition.get(dependent);
    }

    /** The range of mu_element allowed with all other independent potentials at most 0 and the dependent at most 0. */
    public double[] range(String element) {
        int k = composition.getOrDefault(element, 0);
        if (k <= 0 || element.equals(dependent) || composition.size() != 2) {
            throw new IllegalArgumentException("the stability range is defined here for binary hosts and an independent"
                    + " element of the host, found " + element + " in " + composition);
        }
        return new double[] {formationEnergyEv / k, 0.0};
    }
}
