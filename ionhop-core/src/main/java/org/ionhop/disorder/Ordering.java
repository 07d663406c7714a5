package org.ionhop.disorder;

import org.ionhop.structure.Structure;

/**
 * One ordered configuration of a variant.
 *
 * @param index                        its rank in the output (0 first: in {@code LOW_ENERGY} mode the lowest energy)
 * @param start                        the index of the random start it came from
 * @param seed                         the generator seed of that start (derived from the settings' seed and start)
 * @param structure                    the ordered structure (occupancies 1, formal charges as oxidation states)
 * @param ewaldEnergyEv                electrostatic energy of the formal charges in the cell (Ewald, eV)
 * @param ewaldEnergyPerFormulaUnitEv  the same per formula unit of the parent (eV)
 */
public record Ordering(int index, int start, long seed, Structure structure, double ewaldEnergyEv,
                       double ewaldEnergyPerFormulaUnitEv) {
}
