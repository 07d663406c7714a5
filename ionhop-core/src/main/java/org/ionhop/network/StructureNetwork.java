package org.ionhop.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/**
 * A site network from a crystal structure: the sites of the mobile element (partly occupied ones included, each
 * labelled by its site label) joined by a hop whenever two of them (periodic images included) are closer than a
 * cut-off. Every hop gets a type "LABEL1-LABEL2@d" (labels sorted, d the distance in Å to 0.01) and a barrier
 * looked up by that type, then by the label pair "LABEL1-LABEL2", then the default. Site energies by label
 * (default 0). Positions closer than 0.5 Å (split sites of a disordered refinement) are not joined.
 */
public final class StructureNetwork {
    /** Shortest distance that makes a hop (Å). */
    public static final double MIN_HOP_A = 0.5;

    private StructureNetwork() {
    }

    /**
     * Builds the network.
     *
     * @param s             the structure
     * @param ion           the mobile element
     * @param cutoffA       largest hop distance (Å)
     * @param barrierEv     default E_KRA (eV)
     * @param barrierByType E_KRA by hop type or label pair
     * @param energyByLabel site energy by site label (eV)
     */
    public static SiteNetwork build(Structure s, Element ion, double cutoffA, double barrierEv,
                                    Map<String, Double> barrierByType, Map<String, Double> energyByLabel) {
        List<Site> mobile = s.sitesOf(ion);
        if (mobile.isEmpty()) {
            throw new IllegalArgumentException("the structure " + s.source() + " has no " + ion + " sites");
        }
        if (!(cutoffA > MIN_HOP_A)) {
            throw new IllegalArgumentException("hop cut-off must exceed " + MIN_HOP_A + " Å, got " + cutoffA);
        }
        Lattice lat = s.lattice();
        List<NetworkSite> sites = new ArrayList<>();
        for (Site site : mobile) {
            sites.add(new NetworkSite(wrapped(site.frac()), energyByLabel.getOrDefault(site.label(), 0.0), site.label()));
        }
        double[] spacing = lat.planeSpacings();
        int[] range = new int[3];
        for (int k = 0; k < 3; k++) {
            range[k] = (int) Math.ceil(cutoffA / spacing[k]);
        }
        List<NetworkHop> hops = new ArrayList<>();
        double[] f = new double[3];
        for (int i = 0; i < sites.size(); i++) {
            for (int j = i; j < sites.size(); j++) {
                for (int a = -range[0]; a <= range[0]; a++) {
                    for (int b = -range[1]; b <= range[1]; b++) {
                        for (int c = -range[2]; c <= range[2]; c++) {
                            int[] im = {a, b, c};
                            if (i == j && !positive(im)) {
                                continue;
                            }
                            for (int k = 0; k < 3; k++) {
                                f[k] = sites.get(j).frac(k) + im[k] - sites.get(i).frac(k);
                            }
                            double[] v = lat.toCartesian(f);
                            double d = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
                            if (d >= MIN_HOP_A && d <= cutoffA) {
                                String pair = pair(sites.get(i).type(), sites.get(j).type());
                                String type = String.format(Locale.ROOT, "%s@%.2f", pair, d);
                                double kra = barrierByType.getOrDefault(type, barrierByType.getOrDefault(pair, barrierEv));
                                double saddle = kra + 0.5 * (sites.get(i).energyEv() + sites.get(j).energyEv());
                                hops.add(new NetworkHop(i, j, im, saddle, type));
                            }
                        }
                    }
                }
            }
        }
        return new SiteNetwork(lat, ion.name(), 1.0, sites, hops, s.source());
    }

    /** Number of ions the structure's occupancies imply: the rounded sum of the mobile sites' occupancies. */
    public static int ionsFromOccupancy(Structure s, Element ion) {
        return (int) Math.round(s.sitesOf(ion).stream().mapToDouble(Site::occupancy).sum());
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    private static double[] wrapped(double[] f) {
        return new double[] {Site.wrap(f[0]), Site.wrap(f[1]), Site.wrap(f[2])};
    }

    private static boolean positive(int[] v) {
        for (int x : v) {
            if (x != 0) {
                return x > 0;
            }
        }
        return false;
    }
}
