package org.ionhop.neb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ionhop.network.NetworkHop;
import org.ionhop.network.NetworkSite;
import org.ionhop.network.SiteNetwork;

/**
 * Links an NEB band to a site network of the same structure (for example the bond-valence network of
 * {@code ionhop bvse}): finds the hop whose end sites are the moving ion's end positions, and writes a copy of the
 * network with the NEB barrier in place of the network's.
 *
 * <p>The match is made in Cartesian space, so the band may be computed in a supercell of the network's cell (with
 * the same axes): the start position must lie within the tolerance of a hop's end site (periodic distance in the
 * network's cell), and the ion's displacement, summed over the minimum-image steps of the band, must equal the hop
 * vector within the tolerance.
 */
public final class NebNetworks {
    private NebNetworks() {
    }

    /**
     * The hop of {@code network} that the band covers, or empty when none lies within {@code toleranceA} (the best
     * candidate is taken when several do).
     */
    public static Optional<NetworkMatch> match(NebResult band, SiteNetwork network, double toleranceA) {
        double[] startFrac = network.lattice().toFractional(band.movingStartCartA());
        double[] d = band.movingDisplacementA();
        NetworkMatch best = null;
        for (int i = 0; i < network.hops().size(); i++) {
            NetworkHop h = network.hops().get(i);
            double[] v = network.hopVector(h);
            for (boolean reversed : new boolean[] {false, true}) {
                NetworkSite start = network.sites().get(reversed ? h.to() : h.from());
                NetworkSite end = network.sites().get(reversed ? h.from() : h.to());
                double startMis = network.lattice().minimumImageDistance(startFrac, start.frac());
                double sign = reversed ? -1 : 1;
                double endMis = Math.sqrt(sq(d[0] - sign * v[0]) + sq(d[1] - sign * v[1]) + sq(d[2] - sign * v[2]));
                double mis = Math.max(startMis, endMis);
                if (mis <= toleranceA && (best == null || mis < best.mismatchA())) {
                    best = new NetworkMatch(i, h, reversed, mis, network.kraEv(h), band.kraEv(),
                            end.energyEv() - start.energyEv());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A copy of {@code network} in which the matched hop (with {@code sameType}: every hop of its type label, the
     * symmetry-equivalent hops of a bvse network) has the band's E_KRA. The site energies are kept, so the new
     * saddle energy is (E_from + E_to)/2 + E_KRA(NEB): one site energy serves several hops, and keeping it keeps
     * detailed balance in the kinetic Monte Carlo; the band's own reaction energy is reported beside the network's
     * in the match.
     */
    public static SiteNetwork substitute(SiteNetwork network, NetworkMatch match, boolean sameType) {
        List<NetworkHop> hops = new ArrayList<>(network.hops().size());
        String type = match.hop().type();
        for (int i = 0; i < network.hops().size(); i++) {
            NetworkHop h = network.hops().get(i);
            boolean covered = i == match.hopIndex() || sameType && !type.isEmpty() && type.equals(h.type());
            if (covered) {
                double mid = 0.5 * (network.sites().get(h.from()).energyEv() + network.sites().get(h.to()).energyEv());
                hops.add(new NetworkHop(h.from(), h.to(), h.image(), mid + match.nebKraEv(), h.type()));
            } else {
                hops.add(h);
            }
        }
        return new SiteNetwork(network.lattice(), network.ion(), network.charge(), network.sites(), hops,
                network.source());
    }

    private static double sq(double x) {
        return x * x;
    }
}
