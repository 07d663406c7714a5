package org.ionhop.grid;

import java.util.Arrays;

/** Sorting of grid points by value, shared by the percolation sweep and the basin labelling. */
public final class GridOrder {
    private GridOrder() {
    }

    /**
     * Indices of the values in ascending order (ties by index). Sorts 64-bit keys whose high half is an
     * order-preserving image of the float value and whose low half is the index, so one primitive parallel
     * sort does the work; runs of equal float keys are then put in exact (double, index) order.
     */
    public static int[] ascending(double[] values) {
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
        // runs of equal float keys: restore the exact (double, index) order, which the descent relies on
        int start = 0;
        for (int i = 1; i <= out.length; i++) {
            if (i == out.length || (keys[i] >>> 32) != (keys[start] >>> 32)) {
                if (i - start > 1) {
                    sortRun(out, start, i, values);
                }
                start = i;
            }
        }
        return out;
    }

    private static void sortRun(int[] out, int from, int to, double[] values) {
        Integer[] run = new Integer[to - from];
        for (int i = from; i < to; i++) {
            run[i - from] = out[i];
        }
        Arrays.sort(run, (x, y) -> values[x] != values[y] ? Double.compare(values[x], values[y]) : Integer.compare(x, y));
        for (int i = from; i < to; i++) {
            out[i] = run[i - from];
        }
    }
}
