package org.ionhop.structure;

import java.util.Arrays;

/**
 * All neighbours of all points within a radius, in compressed (CSR) primitive arrays: the neighbours of point i
 * are entries {@code offsets[i] .. offsets[i+1]-1} of {@link #index()}, {@link #image()} (three ints per entry:
 * the lattice translation added to the neighbour's wrapped position) and {@link #distance()} (Å), sorted by
 * distance. Built by {@link CellList#neighborList(double)} in time linear in the number of points.
 */
public final class NeighborList {
    private final double radiusA;
    private final int[] offsets;
    private final int[] index;
    private final int[] image;
    private final double[] distance;

    private NeighborList(double radiusA, int[] offsets, int[] index, int[] image, double[] distance) {
        this.radiusA = radiusA;
        this.offsets = offsets;
        this.index = index;
        this.image = image;
        this.distance = distance;
    }

    static NeighborList build(CellList cells, double radiusA) {
        int n = cells.size();
        int[] offsets = new int[n + 1];
        int[][] idx = new int[n][];
        int[][] img = new int[n][];
        double[][] dist = new double[n][];
        for (int i = 0; i < n; i++) {
            Collector c = new Collector();
            cells.forEachNeighbor(i, radiusA, c);
            c.sortByDistance();
            idx[i] = Arrays.copyOf(c.index, c.size);
            img[i] = Arrays.copyOf(c.image, 3 * c.size);
            dist[i] = Arrays.copyOf(c.dist, c.size);
            offsets[i + 1] = offsets[i] + c.size;
        }
        int total = offsets[n];
        int[] index = new int[total];
        int[] image = new int[3 * total];
        double[] distance = new double[total];
        for (int i = 0; i < n; i++) {
            System.arraycopy(idx[i], 0, index, offsets[i], idx[i].length);
            System.arraycopy(img[i], 0, image, 3 * offsets[i], img[i].length);
            System.arraycopy(dist[i], 0, distance, offsets[i], dist[i].length);
        }
        return new NeighborList(radiusA, offsets, index, image, distance);
    }

    /** Growable primitive buffers for one point's neighbours. */
    private static final class Collector implements NeighborVisitor {
        int size;
        int[] index = new int[16];
        int[] image = new int[48];
        double[] dist = new double[16];

        @Override
        public void visit(int p, int na, int nb, int nc, double dx, double dy, double dz, double d2) {
            if (size == index.length) {
                index = Arrays.copyOf(index, 2 * size);
                image = Arrays.copyOf(image, 6 * size);
                dist = Arrays.copyOf(dist, 2 * size);
            }
            index[size] = p;
            image[3 * size] = na;
            image[3 * size + 1] = nb;
            image[3 * size + 2] = nc;
            dist[size] = Math.sqrt(d2);
            size++;
        }

        /**
         * Sorts the entries by distance. Long lists are first ordered by a primitive key (the float bits of the
         * distance, monotonic for non-negative values, above the entry number), which leaves them sorted up to
         * float rounding; the insertion pass that follows is then linear and makes the order exact.
         */
        void sortByDistance() {
            if (size > 32) {
                long[] keys = new long[size];
                for (int k = 0; k < size; k++) {
                    keys[k] = ((long) Float.floatToIntBits((float) dist[k]) << 32) | k;
                }
                Arrays.sort(keys);
                int[] i2 = new int[index.length];
                int[] m2 = new int[image.length];
                double[] d2 = new double[dist.length];
                for (int k = 0; k < size; k++) {
                    int o = (int) keys[k];
                    i2[k] = index[o];
                    System.arraycopy(image, 3 * o, m2, 3 * k, 3);
                    d2[k] = dist[o];
                }
                index = i2;
                image = m2;
                dist = d2;
            }
            for (int k = 1; k < size; k++) {
                double d = dist[k];
                int idx = index[k];
                int ia = image[3 * k];
                int ib = image[3 * k + 1];
                int ic = image[3 * k + 2];
                int m = k - 1;
                while (m >= 0 && dist[m] > d) {
                    dist[m + 1] = dist[m];
                    index[m + 1] = index[m];
                    System.arraycopy(image, 3 * m, image, 3 * m + 3, 3);
                    m--;
                }
                dist[m + 1] = d;
                index[m + 1] = idx;
                image[3 * m + 3] = ia;
                image[3 * m + 4] = ib;
                image[3 * m + 5] = ic;
            }
        }
    }

    /** The radius the list was built for (Å). */
    public double radiusA() {
        return radiusA;
    }

    /** Number of points. */
    public int size() {
        return offsets.length - 1;
    }

    /** Number of neighbours of point i. */
    public int count(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** First entry of point i (entries of i are {@code start(i) .. start(i+1)-1}). */
    public int start(int i) {
        return offsets[i];
    }

    /** Neighbour indices of all entries (shared array: do not modify). */
    public int[] index() {
        return index;
    }

    /** Image translations, three ints per entry (shared array: do not modify). */
    public int[] image() {
        return image;
    }

    /** Distances in Å per entry (shared array: do not modify). */
    public double[] distance() {
        return distance;
    }

    /** Total number of entries (each pair appears once from each side). */
    public int totalEntries() {
        return index.length;
    }
}
