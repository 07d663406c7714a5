package org.ionhop.structure;

import java.util.List;

/**
 * One setting of a space-group type, as listed in the bundled table ({@link SpaceGroupTable}).
 *
 * @param hallNumber      serial number of the Hall setting (1-530, spglib's numbering)
 * @param number          International Tables number (1-230)
 * @param standard        whether this is the default setting of its number (origin choice 2, hexagonal axes)
 * @param hermannMauguin  short Hermann-Mauguin symbol, e.g. "Pnma"
 * @param fullSymbol      full Hermann-Mauguin symbol, e.g. "P 2_1/n 2_1/m 2_1/a"
 * @param international   Hermann-Mauguin symbol with spaces, as CIFs write it, e.g. "P n m a"
 * @param hallSymbol      Hall symbol, e.g. "-P 2ac 2n"
 * @param choice          setting choice ("1", "2", "H", "R", "b", "cab", ...), "" when there is only one
 * @param operations      every operation of the conventional cell (centring translations included)
 */
public record SpaceGroup(int hallNumber, int number, boolean standard, String hermannMauguin, String fullSymbol,
                         String international, String hallSymbol, String choice, List<SymmetryOperation> operations) {
    /** Copies the operation list. */
    public SpaceGroup {
        operations = List.copyOf(operations);
    }

    /** Number of operations in the conventional cell (the group order times the centring multiplicity). */
    public int order() {
        return operations.size();
    }

    /** Symbol with the setting, e.g. "Fd-3m:2" or "R-3c:H". */
    public String label() {
        return choice.isEmpty() ? hermannMauguin : hermannMauguin + ":" + choice;
    }
}
