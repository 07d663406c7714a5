package org.ionhop.network;

/**
 * An undirected hop between two sites of a {@link SiteNetwork}; the kinetic Monte Carlo uses it in both
 * directions. The destination is site {@code to} in the cell displaced by the lattice translation
 * {@code image} (integers along a, b, c), so the hop vector in fractional coordinates is
 * {@code frac[to] + image - frac[from]}.
 *
 * @param from           index of the first site
 * @param to             index of the second site (may equal {@code from} for a hop to its own image)
 * @param image          lattice translation of the destination (three integers)
 * @param saddleEnergyEv energy at the saddle point in eV, on the same scale as the site energies; the
 *                       kinetically resolved barrier is saddle minus the mean of the two site energies
 * @param type           a hop-type label; hops of one type share an attempt frequency
 */
public record NetworkHop(int from, int to, int[] image, double saddleEnergyEv, String type) {
    /** Validates and copies. */
    public NetworkHop {
        if (image == null || image.length != 3) {
            throw new IllegalArgumentException("a hop needs a three-component image vector");
        }
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("hop site indices must be non-negative");
        }
        if (from == to && image[0] == 0 && image[1] == 0 && image[2] == 0) {
            throw new IllegalArgumentException("a hop from site " + from + " to itself in the same cell");
        }
        if (!Double.isFinite(saddleEnergyEv)) {
            throw new IllegalArgumentException("hop " + from + " -> " + to + " needs a finite saddle energy, found "
                    + saddleEnergyEv);
        }
        image = image.clone();
        type = type == null ? "" : type;
    }

    /** A copy of the image vector. */
    @Override
    public int[] image() {
        return image.clone();
    }

    /** Image component i without copying. */
    public int image(int i) {
        return image[i];
    }
}
