package org.ionhop.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ionhop.structure.Lattice;

/**
 * The built-in lattices of the kinetic Monte Carlo, each with nearest-neighbour hops only. A lattice of size L
 * has L conventional cells along every periodic direction (L for the chain, L x L for the plane lattices,
 * L x L x L for the cubic ones). The nearest-neighbour (hop) distance is the length parameter; the plane lattices
 * are stacked with a layer spacing equal to it, and the chain has a square cross-section of that side, which
 * fixes the cell volume used for the ion density in the Nernst-Einstein conductivity (docs/kmc.md).
 */
public enum BuiltinLattice {
    /** Linear chain, 2 neighbours. */
    CHAIN(1, 1.0, new double[][] {{0, 0, 0}}, false),
    /** Square lattice, 4 neighbours. */
    SQUARE(2, 1.0, new double[][] {{0, 0, 0}}, false),
    /** Triangular lattice, 6 neighbours (hexagonal cell, gamma = 120 degrees). */
    TRIANGULAR(2, 1.0, new double[][] {{0, 0, 0}}, true),
    /** Honeycomb lattice, 3 neighbours (two sites per hexagonal cell). */
    HONEYCOMB(2, Math.sqrt(3.0), new double[][] {{1.0 / 3, 2.0 / 3, 0}, {2.0 / 3, 1.0 / 3, 0}}, true),
    /** Simple cubic, 6 neighbours. */
    SIMPLE_CUBIC(3, 1.0, new double[][] {{0, 0, 0}}, false),
    /** Body-centred cubic, 8 neighbours (conventional cell with 2 sites). */
    BCC(3, 2.0 / Math.sqrt(3.0), new double[][] {{0, 0, 0}, {0.5, 0.5, 0.5}}, false),
    /** Face-centred cubic, 12 neighbours (conventional cell with 4 sites). */
    FCC(3, Math.sqrt(2.0), new double[][] {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}}, false),
    /** Diamond, 4 neighbours (conventional cell with 8 sites). */
    DIAMOND(3, 4.0 / Math.sqrt(3.0), new double[][] {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0},
        {0.25, 0.25, 0.25}, {0.25, 0.75, 0.75}, {0.75, 0.25, 0.75}, {0.75, 0.75, 0.25}}, false);

    private final int dimension;
    private final double cellPerHop;
    private final double[][] basis;
    private final boolean hexagonal;

    BuiltinLattice(int dimension, double cellPerHop, double[][] basis, boolean hexagonal) {
        this.dimension = dimension;
        this.cellPerHop = cellPerHop;
        this.basis = basis;
        this.hexagonal = hexagonal;
    }

    /** Number of periodic directions along which ions hop (1, 2 or 3): the d of D = MSD / (2 d t). */
    public int dimension() {
        return dimension;
    }

    /** Sites per conventional cell. */
    public int basisSize() {
        return basis.length;
    }

    /** The command-line name ("simple-cubic"). */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a name such as "sc", "simple-cubic", "bcc", "honeycomb" (case-insensitive). */
    public static BuiltinLattice parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "sc", "cubic" -> {
                return SIMPLE_CUBIC;
            }
            case "1d", "linear", "linear-chain" -> {
                return CHAIN;
            }
            case "hexagonal", "triangle" -> {
                return TRIANGULAR;
            }
            default -> {
                for (BuiltinLattice l : values()) {
                    if (l.cliName().equals(n)) {
                        return l;
                    }
                }
            }
        }
        throw new IllegalArgumentException("unknown lattice '" + name + "'; expected one of chain, square, triangular, "
                + "honeycomb, simple-cubic (sc), bcc, fcc, diamond");
    }

    /**
     * Builds the site network of an L-cell lattice with every hop of barrier {@code barrierEv} (E_KRA; all sites
     * at energy 0, so the saddle energy equals the barrier).
     *
     * @param size          cells along each periodic direction (at least 1)
     * @param hopDistanceA  nearest-neighbour distance in Å
     * @param barrierEv     migration barrier of every hop in eV
     * @param ion           the mobile ion's symbol
     */
    public SiteNetwork network(int size, double hopDistanceA, double barrierEv, String ion) {
        if (size < 1) {
            throw new IllegalArgumentException("lattice size must be at least 1, got " + size);
        }
        if (!(hopDistanceA > 0)) {
            throw new IllegalArgumentException("hop distance must be positive, got " + hopDistanceA);
        }
        int[] n = cellsPerAxis(size);
        Lattice cell = conventionalCell(hopDistanceA);
        List<int[]> bonds = neighbourTable(cell, hopDistanceA);
        List<NetworkSite> sites = new ArrayList<>();
        int nb = basis.length;
        for (int c0 = 0; c0 < n[0]; c0++) {
            for (int c1 = 0; c1 < n[1]; c1++) {
                for (int c2 = 0; c2 < n[2]; c2++) {
                    for (double[] b : basis) {
                        sites.add(new NetworkSite(new double[] {(c0 + b[0]) / n[0], (c1 + b[1]) / n[1],
                            (c2 + b[2]) / n[2]}, 0.0, "site"));
                    }
                }
            }
        }
        List<NetworkHop> hops = new ArrayList<>();
        for (int c0 = 0; c0 < n[0]; c0++) {
            for (int c1 = 0; c1 < n[1]; c1++) {
                for (int c2 = 0; c2 < n[2]; c2++) {
                    int[] c = {c0, c1, c2};
                    for (int[] bond : bonds) {
                        addHop(hops, c, n, nb, bond, barrierEv);
                    }
                }
            }
        }
        Lattice superCell = cell.scaled(n[0], n[1], n[2]);
        return new SiteNetwork(superCell, ion, 1.0, sites, hops, cliName() + " L=" + size);
    }

    /** Adds the hop of a bond {basis from, basis to, offset x3} from cell c, once per undirected hop. */
    private static void addHop(List<NetworkHop> hops, int[] c, int[] n, int nb, int[] bond, double barrierEv) {
        int[] d = new int[3];
        int[] image = new int[3];
        for (int k = 0; k < 3; k++) {
            int t = c[k] + bond[2 + k];
            image[k] = Math.floorDiv(t, n[k]);
            d[k] = Math.floorMod(t, n[k]);
        }
        int from = index(c, n, nb, bond[0]);
        int to = index(d, n, nb, bond[1]);
        // Each undirected hop appears twice among the directed bonds; keep the canonical one.
        if (from > to || from == to && !positive(image)) {
            return;
        }
        hops.add(new NetworkHop(from, to, image, barrierEv, "nn"));
    }

    private static boolean positive(int[] v) {
        for (int x : v) {
            if (x != 0) {
                return x > 0;
            }
        }
        return false;
    }

    private static int index(int[] c, int[] n, int nb, int b) {
        return ((c[0] * n[1] + c[1]) * n[2] + c[2]) * nb + b;
    }

    private int[] cellsPerAxis(int size) {
        return switch (dimension) {
            case 1 -> new int[] {size, 1, 1};
            case 2 -> new int[] {size, size, 1};
            default -> new int[] {size, size, size};
        };
    }

    private Lattice conventionalCell(double hop) {
        double a = cellPerHop * hop;
        if (hexagonal) {
            return Lattice.fromParameters(a, a, hop, 90, 90, 120);
        }
        double b = dimension >= 2 ? a : hop;
        double c = dimension >= 3 ? a : hop;
        return Lattice.fromParameters(a, b, c, 90, 90, 90);
    }

    /** Bonds {from basis, to basis, cell offset} of one conventional cell at the nearest-neighbour distance. */
    private List<int[]> neighbourTable(Lattice cell, double hop) {
        List<int[]> out = new ArrayList<>();
        int r1 = 1;
        int r2 = dimension >= 2 ? 1 : 0;
        int r3 = dimension >= 3 ? 1 : 0;
        double[] f = new double[3];
        for (int i = 0; i < basis.length; i++) {
            for (int j = 0; j < basis.length; j++) {
                for (int o0 = -r1; o0 <= r1; o0++) {
                    for (int o1 = -r2; o1 <= r2; o1++) {
                        for (int o2 = -r3; o2 <= r3; o2++) {
                            f[0] = basis[j][0] + o0 - basis[i][0];
                            f[1] = basis[j][1] + o1 - basis[i][1];
                            f[2] = basis[j][2] + o2 - basis[i][2];
                            double[] v = cell.toCartesian(f);
                            double len = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
                            if (Math.abs(len - hop) < 1e-6 * hop) {
                                out.add(new int[] {i, j, o0, o1, o2});
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
