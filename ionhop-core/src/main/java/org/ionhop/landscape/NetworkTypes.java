package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.network.NetworkHop;
import org.ionhop.network.NetworkSite;
import org.ionhop.network.SiteNetwork;

/**
 * Labels sites and hops by type: sites whose energies agree within {@value #SITE_TOL_EV} eV are one type
 * ("s0" lowest), hops with the same end-site types, length within {@value #LENGTH_TOL_A} Å and saddle
 * within {@value #SADDLE_TOL_EV} eV are one type ("h0" lowest saddle). Equivalent sites of a structure get one
 * type because the refined site energies do not carry the grid's discretisation error.
 */
final class NetworkTypes {
    static final double SITE_TOL_EV = 0.01;
    static final double LENGTH_TOL_A = 0.05;
    static final double SADDLE_TOL_EV = 0.02;

    private NetworkTypes() {
    }

    static SiteNetwork assign(SiteNetwork net) {
        int n = net.sites().size();
        Integer[] bySiteEnergy = new Integer[n];
        for (int i = 0; i < n; i++) {
            bySiteEnergy[i] = i;
        }
        Arrays.sort(bySiteEnergy, (x, y) -> Double.compare(net.sites().get(x).energyEv(), net.sites().get(y).energyEv()));
        int[] siteType = new int[n];
        int types = -1;
        double last = Double.NEGATIVE_INFINITY;
        for (int i : bySiteEnergy) {
            double e = net.sites().get(i).energyEv();
            if (e - last > SITE_TOL_EV) {
                types++;
            }
            last = e;
            siteType[i] = types;
        }
        List<NetworkSite> sites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NetworkSite s = net.sites().get(i);
            sites.add(new NetworkSite(s.frac(), s.energyEv(), "s" + siteType[i]));
        }
        List<double[]> typeKeys = new ArrayList<>();   // {typeA, typeB, length, saddle}
        List<NetworkHop> hops = new ArrayList<>();
        for (NetworkHop h : NetworkPercolation.sortedHops(net)) {
            int ta = Math.min(siteType[h.from()], siteType[h.to()]);
            int tb = Math.max(siteType[h.from()], siteType[h.to()]);
            double len = net.hopLength(h);
            int found = -1;
            for (int t = 0; t < typeKeys.size() && found < 0; t++) {
                double[] k = typeKeys.get(t);
                if (k[0] == ta && k[1] == tb && Math.abs(k[2] - len) < LENGTH_TOL_A
                        && Math.abs(k[3] - h.saddleEnergyEv()) < SADDLE_TOL_EV) {
                    found = t;
                }
            }
            if (found < 0) {
                found = typeKeys.size();
                typeKeys.add(new double[] {ta, tb, len, h.saddleEnergyEv()});
            }
            hops.add(new NetworkHop(h.from(), h.to(), h.image(), h.saddleEnergyEv(), "h" + found));
        }
        // keep the original hop order (the saddle list is aligned with it)
        Map<NetworkHop, NetworkHop> typed = new LinkedHashMap<>();
        List<NetworkHop> sorted = NetworkPercolation.sortedHops(net);
        for (int i = 0; i < sorted.size(); i++) {
            typed.put(sorted.get(i), hops.get(i));
        }
        List<NetworkHop> out = new ArrayList<>();
        for (NetworkHop h : net.hops()) {
            out.add(typed.get(h));
        }
        return new SiteNetwork(net.lattice(), net.ion(), net.charge(), sites, out, net.source());
    }
}
