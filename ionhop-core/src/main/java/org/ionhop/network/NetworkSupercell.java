package org.ionhop.network;

import java.util.ArrayList;
import java.util.List;


/**
 * Repeats a site network n x n x n times, so that a small cell (a few mobile-ion sites) holds enough ions for
 * statistics and a vacancy concentration finer than one per cell. Each hop of the cell appears once per copy,
 * its destination moved to the copy its image points to.
 */
public final class NetworkSupercell {
    private NetworkSupercell() {
    }

    /** The network repeated n times along each cell vector. */
    public static SiteNetwork of(SiteNetwork net, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("supercell factor must be at least 1, got " + n);
        }
        int ns = net.sites().size();
        List<NetworkSite> sites = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    for (NetworkSite s : net.sites()) {
                        sites.add(new NetworkSite(new double[] {(s.frac(0) + a) / n, (s.frac(1) + b) / n,
                            (s.frac(2) + c) / n}, s.energyEv(), s.type()));
                    }
                }
            }
        }
        List<NetworkHop> hops = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    int[] cell = {a, b, c};
                    for (NetworkHop h : net.hops()) {
                        int[] image = new int[3];
                        int[] target = new int[3];
                        for (int k = 0; k < 3; k++) {
                            int t = cell[k] + h.image(k);
                            image[k] = Math.floorDiv(t, n);
                            target[k] = Math.floorMod(t, n);
                        }
                        hops.add(new NetworkHop(index(cell, n, ns, h.from()), index(target, n, ns, h.to()), image,
                                h.saddleEnergyEv(), h.type()));
                    }
                }
            }
        }
        return new SiteNetwork(net.lattice().scaled(n, n, n), net.ion(), net.charge(), sites, hops,
                net.source() + " (" + n + "x" + n + "x" + n + ")");
    }

    private static int index(int[] cell, int n, int ns, int site) {
        return ((cell[0] * n + cell[1]) * n + cell[2]) * ns + site;
    }
}
