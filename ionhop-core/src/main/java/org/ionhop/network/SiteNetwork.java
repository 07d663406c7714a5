package org.ionhop.network;

import java.util.List;

import org.ionhop.structure.Lattice;

/**
 * The network of sites and hops of a mobile ion in a periodic cell: what the energy landscape finds and
 * what the kinetic Monte Carlo runs on. Its JSON form is documented in {@code docs/network-format.md}.
 *
 * @param lattice the periodic cell (Å)
 * @param ion     the mobile ion's element symbol ("Li")
 * @param charge  the mobile ion's charge in e
 * @param sites   the sites
 * @param hops    the hops, each listed once
 * @param source  where the network came from (file, lattice name), for outputs
 */
public record SiteNetwork(Lattice lattice, String ion, double charge, List<NetworkSite> sites, List<NetworkHop> hops,
                          String source) {
    /** Validates indices and copies the lists. */
    public SiteNetwork {
        sites = List.copyOf(sites);
        hops = List.copyOf(hops);
        for (NetworkHop h : hops) {
            if (h.from() >= sites.size() || h.to() >= sites.size()) {
                throw new IllegalArgumentException("hop " + h.from() + " -> " + h.to() + " refers to a site beyond the "
                        + sites.size() + " sites of the network");
            }
        }
        source = source == null ? "" : source;
    }

    /** Hop vector in Cartesian coordinates (Å) from site {@code from} to the image of site {@code to}. */
    public double[] hopVector(NetworkHop h) {
        NetworkSite a = sites.get(h.from());
        NetworkSite b = sites.get(h.to());
        double[] f = new double[3];
        for (int i = 0; i < 3; i++) {
            f[i] = b.frac(i) + h.image(i) - a.frac(i);
        }
        return lattice.toCartesian(f);
    }

    /** Hop length in Å. */
    public double hopLength(NetworkHop h) {
        double[] v = hopVector(h);
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    /** Kinetically resolved barrier E_KRA = E_saddle - (E_from + E_to)/2 in eV (physics.md, detailed balance). */
    public double kraEv(NetworkHop h) {
        return h.saddleEnergyEv() - 0.5 * (sites.get(h.from()).energyEv() + sites.get(h.to()).energyEv());
    }
}
