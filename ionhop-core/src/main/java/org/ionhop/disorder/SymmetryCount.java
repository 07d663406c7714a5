package org.ionhop.disorder;

/**
 * The number of symmetry-distinct orderings of a variant, counted by enumeration where affordable.
 *
 * @param counted         whether the enumeration ran (false when the configurations exceed the limit)
 * @param configurations  configurations with the exact counts (the multinomial; may be rounded when huge)
 * @param distinct        orbits under the operations (-1 when not counted)
 * @param operations      symmetry operations of the supercell used: the parent's space-group operations that map
 *                        the variant's sublattices onto themselves, combined with the supercell translations
 * @param note            how it was counted, or why not
 */
public record SymmetryCount(boolean counted, double configurations, long distinct, int operations, String note) {
}
