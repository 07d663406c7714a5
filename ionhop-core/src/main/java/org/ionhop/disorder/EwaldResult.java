package org.ionhop.disorder;

import java.util.Map;

import org.ionhop.structure.Element;
import org.ionhop.structure.OxidationSource;

/**
 * The electrostatic energy of the formal charges of a structure ({@link DisorderStudy#ewald}).
 *
 * @param formula          the cell formula
 * @param formulaUnits     formula units in the cell (Z)
 * @param netChargeE       net charge of the cell in e (a uniform background compensates it)
 * @param oxidationStates  the formal charge of each element
 * @param oxidationSource  where the charges came from
 * @param positions        charged positions summed (mixed sites are one position with the occupancy-weighted charge)
 * @param ewaldEnergyEv    the Ewald energy of the cell in eV
 */
public record EwaldResult(String formula, int formulaUnits, double netChargeE, Map<Element, Double> oxidationStates,
                          OxidationSource oxidationSource, int positions, double ewaldEnergyEv) {
    /** Copies. */
    public EwaldResult {
        oxidationStates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(oxidationStates));
    }

    /** Energy per formula unit in eV. */
    public double ewaldEnergyPerFormulaUnitEv() {
        return ewaldEnergyEv / formulaUnits;
    }
}
