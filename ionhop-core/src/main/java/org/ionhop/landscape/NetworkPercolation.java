package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.ionhop.grid.PeriodicUnionFind;
import org.ionhop.network.NetworkHop;
import org.ionhop.network.SiteNetwork;

/**
 * Percolation of a site network: hops are added in ascending saddle energy to a {@link PeriodicUnionFind}
 * over the sites; the saddle energy at which a connected set first wraps the cell in 1, 2, 3 independent
 * directions is the threshold. On the network of a landscape this must reproduce the grid thresholds (a
 * second route to the same numbers), and it gives the hops of the lowest percolating path.
 */
public final class NetworkPercolation {
    private NetworkPercolation() {
    }

    /** Thresholds (saddle energies on the network's scale) for 1D, 2D, 3D; NaN where never reached. */
    public static double[] thresholds(SiteNetwork net) {
        double[] out = new double[3];
        Arrays.fill(out, Double.NaN);
        PeriodicUnionFind uf = new PeriodicUnionFind(net.sites().size());
        int reached = 0;
        for (NetworkHop h : sortedHops(net)) {
            int r = uf.union(h.from(), h.to(), h.image(0), h.image(1), h.image(2));
            int d = uf.dimension(r);
            while (reached < d) {
                out[reached++] = h.saddleEnergyEv();
            }
            if (reached == 3) {
                break;
            }
        }
        return out;
    }

    /**
     * The barriers of a landscape from its network: for d = 1, 2, 3 the network's threshold with the wrapping
     * vectors of the piece that first reaches it (energies above the lowest site, the network's zero, whose
     * absolute energy is {@code referenceEv}); where the network does not percolate (its sites and hops stop at the
     * network cap), the grid's barrier, moved onto the same scale. With the saddles refined off the grid
     * ({@link SaddleRefiner}) these are the converged barriers.
     *
     * @param net         the network
     * @param referenceEv absolute energy of the network's zero
     * @param grid        the grid's barriers (above the grid minimum)
     */
    static PercolationBarriers barriers(SiteNetwork net, double referenceEv, PercolationBarriers grid) {
        double[] out = new double[3];
        int[][][] wraps = new int[3][][];
        Arrays.fill(out, Double.NaN);
        PeriodicUnionFind uf = new PeriodicUnionFind(net.sites().size());
        int reached = 0;
        for (NetworkHop h : sortedHops(net)) {
            if (h.saddleEnergyEv() > grid.capEv()) {
                break;
            }
            int r = uf.union(h.from(), h.to(), h.image(0), h.image(1), h.image(2));
            int d = uf.dimension(r);
            while (reached < d) {
                out[reached] = h.saddleEnergyEv();
                wraps[reached] = uf.wrappingVectors(r);
                reached++;
            }
            if (reached == 3) {
                break;
            }
        }
        double shift = grid.minimumEv() - referenceEv;
        for (int d = reached; d < 3; d++) {
            double g = grid.barrier(d + 1);
            if (!Double.isNaN(g) && g + shift <= grid.capEv()) {
                out[d] = Math.max(g + shift, d > 0 ? out[d - 1] : 0);
                wraps[d] = grid.wrapping(d + 1);
            }
        }
        return new PercolationBarriers(referenceEv, out, wraps, grid.capEv());
    }

    static List<NetworkHop> sortedHops(SiteNetwork net) {
        List<NetworkHop> hops = new ArrayList<>(net.hops());
        hops.sort(Comparator.comparingDouble(NetworkHop::saddleEnergyEv));
        return hops;
    }

    /**
     * A closed path through the hops with saddle energy at most {@code maxSaddleEv} that returns to its start
     * site in another cell (a wrapping cycle), found by breadth-first search; each step is a hop index and
     * a direction (+1 forward, -1 reversed), starting at the returned start site in cell 0. Empty if none.
     */
    public static List<int[]> wrappingCycle(SiteNetwork net, double maxSaddleEv) {
        int n = net.sites().size();
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adj.add(new ArrayList<>());
        }
        for (int h = 0; h < net.hops().size(); h++) {
            NetworkHop hop = net.hops().get(h);
            if (hop.saddleEnergyEv() <= maxSaddleEv) {
                adj.get(hop.from()).add(new int[] {h, 1});
                adj.get(hop.to()).add(new int[] {h, -1});
            }
        }
        for (int start = 0; start < n; start++) {
            List<int[]> cycle = bfs(net, adj, start);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        return List.of();
    }

    private static List<int[]> bfs(SiteNetwork net, List<List<int[]>> adj, int start) {
        int n = net.sites().size();
        int[][] cell = new int[n][];
        int[][] via = new int[n][];   // hop and direction that reached the site
        int[] prev = new int[n];
        cell[start] = new int[3];
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int[] e : adj.get(u)) {
                if (via[u] != null && via[u][0] == e[0] && via[u][1] == -e[1]) {
                    continue; // do not walk straight back along the hop we came by
                }
                NetworkHop h = net.hops().get(e[0]);
                int v = e[1] > 0 ? h.to() : h.from();
                int[] cv = new int[3];
                for (int c = 0; c < 3; c++) {
                    cv[c] = cell[u][c] + e[1] * h.image(c);
                }
                if (cell[v] == null) {
                    cell[v] = cv;
                    via[v] = e;
                    prev[v] = u;
                    queue.add(v);
                } else if (!Arrays.equals(cell[v], cv)) {
                    // path start -> u, hop u -> v, then v -> start backwards: a loop that changes cell
                    List<int[]> toU = pathTo(start, u, via, prev);
                    List<int[]> toV = pathTo(start, v, via, prev);
                    List<int[]> cycle = new ArrayList<>(toU);
                    cycle.add(e);
                    for (int t = toV.size() - 1; t >= 0; t--) {
                        cycle.add(new int[] {toV.get(t)[0], -toV.get(t)[1]});
                    }
                    return cycle;
                }
            }
        }
        return List.of();
    }

    private static List<int[]> pathTo(int start, int v, int[][] via, int[] prev) {
        List<int[]> out = new ArrayList<>();
        while (v != start) {
            out.add(0, via[v]);
            v = prev[v];
        }
        return out;
    }
}
