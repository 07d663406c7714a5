package org.ionhop.landscape;

import java.util.Arrays;

/** Sorting of grid points by value, shared by the percolation sweep and the basin labelling. */
final class GridOrder {
    private GridOrder() {
    }

    /**
     * Indices of the values in ascending order (ties by index). Sorts 64-bit keys whose high half is an
     * order-preserving image of the float value and whose low half is the index, so one primitive parallel
     * sort does the work (float precision, 1e-7 relative, only decides the order of nearly equal values).
     */
    static int[] ascending(double[] values) {
        long[] keys = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            int bits = Float.floatToIntBits((float) values[i]);
            // map IEEE float bits to an unsigned-order-preserving int, then to signed order
            int ordered = bits >= 0 ? bits : bits ^ 0x7fffffff;
            keys[i] = ((long) ordered << 32) | (i & 0xffffffffL);
        }
        Arrays.parallelSort(keys);
        int[] out = new int[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) keys[i];
        }
        return out;
    }
}
