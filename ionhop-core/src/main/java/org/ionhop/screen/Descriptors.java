package org.ionhop.screen;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ionhop.network.NetworkSite;
import org.ionhop.network.SiteNetwork;
import org.ionhop.structure.CellList;
import org.ionhop.structure.Element;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;
import org.ionhop.units.Constants;

/**
 * Frustration and coordination descriptors of the mobile-ion sites, the quantities the second seed argues make
 * ions fast: a flat site-energy distribution (small spread, many sites within k_B T of the lowest) and a mobile
 * ion that is coordinated evenly by all anion species ("balanced interaction with all anions").
 *
 * @param siteEnergySpreadEv   population standard deviation of the landscape's site energies, in eV
 * @param withinKt300          share of landscape sites within k_B T at 300 K (25.85 meV) of the lowest site
 * @param anionEnvironments    number of distinct first-shell anion environments (species and counts) of the
 *                             mobile-ion sites of the structure
 * @param anionSpecies         number of anion species in those shells
 * @param anionBalance         Shannon evenness H / ln k of the occupancy-weighted anion neighbours by species
 *                             (k species; 0 when there is one species, NaN when there are no neighbours)
 */
public record Descriptors(double siteEnergySpreadEv, double withinKt300, int anionEnvironments, int anionSpecies,
                          double anionBalance) {
    /**
     * First-shell cut-off as a multiple of the shortest mobile-ion-anion distance: 1.3 takes in the distorted
     * polyhedra of real electrolytes (Li-S 2.4-2.9 Å) while staying below the second shell.
     */
    static final double SHELL_FACTOR = 1.3;
    /** Largest first-shell radius searched, in Å. */
    static final double MAX_SHELL_A = 3.6;

    /** Descriptors of a structure whose sites carry oxidation states and of its landscape network. */
    public static Descriptors of(Structure charged, Element ion, SiteNetwork network) {
        double[] e = network.sites().stream().mapToDouble(NetworkSite::energyEv).toArray();
        double spread = Double.NaN;
        double within = Double.NaN;
        if (e.length > 0) {
            double mean = 0;
            double min = Double.POSITIVE_INFINITY;
            for (double v : e) {
                mean += v / e.length;
                min = Math.min(min, v);
            }
            double ss = 0;
            int near = 0;
            double kt = Constants.BOLTZMANN_EV_PER_K * 300.0;
            for (double v : e) {
                ss += (v - mean) * (v - mean);
                if (v - min <= kt) {
                    near++;
                }
            }
            spread = Math.sqrt(ss / e.length);
            within = (double) near / e.length;
        }
        return coordination(charged, ion, spread, within);
    }

    private static Descriptors coordination(Structure s, Element ion, double spread, double within) {
        CellList cells = CellList.of(s, 2.0);
        TreeSet<String> environments = new TreeSet<>();
        Map<Element, Double> weightBySpecies = new TreeMap<>();
        for (int i = 0; i < s.sites().size(); i++) {
            Site site = s.sites().get(i);
            if (site.element() != ion) {
                continue;
            }
            double[] x = s.lattice().toCartesian(site.frac());
            double[] nearest = {Double.POSITIVE_INFINITY};
            cells.forEachWithin(x[0], x[1], x[2], MAX_SHELL_A, (j, na, nb, nc, dx, dy, dz, r2) -> {
                double r = Math.sqrt(r2);
                if (isAnion(s.sites().get(j), ion) && r > 0.5) {
                    nearest[0] = Math.min(nearest[0], r);
                }
            });
            if (!Double.isFinite(nearest[0])) {
                continue;
            }
            double shell = Math.min(MAX_SHELL_A, SHELL_FACTOR * nearest[0]);
            Map<Element, Double> env = new TreeMap<>();
            cells.forEachWithin(x[0], x[1], x[2], shell, (j, na, nb, nc, dx, dy, dz, r2) -> {
                Site n = s.sites().get(j);
                if (isAnion(n, ion) && r2 > 0.25) {
                    env.merge(n.element(), n.occupancy(), Double::sum);
                }
            });
            StringBuilder key = new StringBuilder();
            env.forEach((el, w) -> key.append(el.symbol()).append(Math.round(w * 100) / 100.0).append(' '));
            environments.add(key.toString());
            env.forEach((el, w) -> weightBySpecies.merge(el, w * site.occupancy(), Double::sum));
        }
        return new Descriptors(spread, within, environments.size(), weightBySpecies.size(), evenness(weightBySpecies));
    }

    private static boolean isAnion(Site n, Element ion) {
        return n.element() != ion && n.hasOxidationState() && n.oxidationState() < 0;
    }

    /** Shannon evenness H / ln k of the weights (Pielou, J. Theor. Biol. 13, 131 (1966)). */
    static double evenness(Map<Element, Double> w) {
        if (w.isEmpty()) {
            return Double.NaN;
        }
        if (w.size() == 1) {
            return 0.0;
        }
        double total = w.values().stream().mapToDouble(Double::doubleValue).sum();
        double h = 0;
        for (double v : w.values()) {
            double p = v / total;
            if (p > 0) {
                h -= p * Math.log(p);
            }
        }
        return h / Math.log(w.size());
    }
}
