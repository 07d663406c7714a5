package org.ionhop.structure;

/** Receives the neighbours found by {@link CellList} one at a time, without allocation. */
@FunctionalInterface
public interface NeighborVisitor {
    /**
     * One neighbour image.
     *
     * @param index      index of the point in the list given to the cell list
     * @param na         lattice translation (image) along a added to the point's wrapped position
     * @param nb         image along b
     * @param nc         image along c
     * @param dx         x of the vector from the query to the neighbour image (Å)
     * @param dy         y of that vector (Å)
     * @param dz         z of that vector (Å)
     * @param distanceSq squared length of that vector (Å²)
     */
    void visit(int index, int na, int nb, int nc, double dx, double dy, double dz, double distanceSq);
}
