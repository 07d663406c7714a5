package org.ionhop.trajectory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.grid.PeriodicGrid;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;
import org.ionhop.units.Units;

/**
 * Where the ions sit and how they hop between sites. Each ion in each frame is assigned to the nearest site within a
 * capture radius (minimum image); between sites it keeps its last site ("transit" frames count for the site it left,
 * so that vibrations across the boundary are not counted as hops). A jump is a change of assigned site.
 *
 * <p>Results: the fraction of time on each site type, completed residence times per type (stays bounded by jumps at
 * both ends), jump counts and rates between types (rate = jumps / (ions x duration)), and the jump-based correlation
 * factor f = D* / D_jump with the uncorrelated-walk diffusivity of the observed jumps
 * D_jump = sum_jumps |l|^2 / (6 N t) (l the site-to-site vector; physics.md and Deck and Hu 2023, Eq. 1: f = D* / D_r).
 *
 * @param siteCount            number of sites
 * @param types                site types in order of first appearance
 * @param timeFraction         fraction of ion-frames on sites of each type (transit frames counted for the last site)
 * @param meanResidencePs      mean completed residence time per type (ps), NaN if none completed
 * @param residenceEvents      number of completed residences per type
 * @param jumps                jumps from type i to type j
 * @param jumpRatePerIonPerPs  jumps from i to j per ion per ps
 * @param jumpDiffusivityA2PerPs D_jump (Å²/ps)
 * @param correlationFactor    f = D* / D_jump (NaN without jumps or D*)
 * @param unassignedFraction   fraction of ion-frames farther than the radius from every site
 */
public record SiteAnalysis(int siteCount, List<String> types, double[] timeFraction, double[] meanResidencePs,
                           long[] residenceEvents, long[][] jumps, double[][] jumpRatePerIonPerPs,
                           double jumpDiffusivityA2PerPs, double correlationFactor, double unassignedFraction) {

    /** D_jump in cm²/s. */
    public double jumpDiffusivityCm2PerS() {
        return Units.a2PerPsToCm2PerS(jumpDiffusivityA2PerPs);
    }

    /** The statistics of each site type, keyed by type in the order of {@link #types}. */
    public Map<String, SiteType> byType() {
        Map<String, SiteType> out = new LinkedHashMap<>();
        for (int i = 0; i < types.size(); i++) {
            Map<String, Long> to = new LinkedHashMap<>();
            Map<String, Double> rate = new LinkedHashMap<>();
            for (int k = 0; k < types.size(); k++) {
                to.put(types.get(k), jumps[i][k]);
                rate.put(types.get(k), jumpRatePerIonPerPs[i][k]);
            }
            out.put(types.get(i), new SiteType(timeFraction[i], meanResidencePs[i], residenceEvents[i], to, rate));
        }
        return out;
    }

    /**
     * One site type.
     *
     * @param timeFraction               fraction of assigned ion-frames on sites of this type
     * @param meanResidencePs            mean completed residence time (ps), NaN if none completed
     * @param residenceEvents            completed residences
     * @param jumpsTo                    jumps from this type to each type
     * @param jumpRatePerIonPerPsTo      jumps to each type per ion per ps
     */
    public record SiteType(double timeFraction, double meanResidencePs, long residenceEvents, Map<String, Long> jumpsTo,
                           Map<String, Double> jumpRatePerIonPerPsTo) {
        /** Copies the maps (order kept). */
        public SiteType {
            jumpsTo = Collections.unmodifiableMap(new LinkedHashMap<>(jumpsTo));
            jumpRatePerIonPerPsTo = Collections.unmodifiableMap(new LinkedHashMap<>(jumpRatePerIonPerPsTo));
        }
    }

    /** A site: its type (label) and fractional position in the reference cell. */
    public record SitePosition(String type, double[] frac) {
    }

    /**
     * The sites of the mobile species in a reference structure, typed by their labels with trailing digits kept
     * ("Li1", "Li2"), in the trajectory's reference cell.
     */
    public static List<SitePosition> sitesFrom(Structure s, String species) {
        List<SitePosition> out = new ArrayList<>();
        for (Site site : s.sites()) {
            if (site.element().symbol().equals(species)) {
                out.add(new SitePosition(site.label(), site.frac().clone()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the reference structure has no " + species + " sites");
        }
        return out;
    }

    /**
     * Sites at the local maxima of a density grid (26 neighbours, periodic) above {@code minFraction} of the largest
     * value, merging maxima closer than {@code mergeA}; all of type "D".
     */
    public static List<SitePosition> sitesFromDensity(PeriodicGrid g, double minFraction, double mergeA) {
        double cut = minFraction * g.max();
        List<SitePosition> out = new ArrayList<>();
        List<Double> height = new ArrayList<>();
        int na = g.na();
        int nb = g.nb();
        int nc = g.nc();
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                for (int k = 0; k < nc; k++) {
                    double v = g.at(i, j, k);
                    if (v < cut || !isMax(g, i, j, k, v)) {
                        continue;
                    }
                    double[] f = {(i + 0.5) / na, (j + 0.5) / nb, (k + 0.5) / nc};
                    boolean merged = false;
                    for (int s = 0; s < out.size() && !merged; s++) {
                        if (g.lattice().minimumImageDistance(out.get(s).frac(), f) < mergeA) {
                            merged = true;
                            if (v > height.get(s)) {
                                out.set(s, new SitePosition("D", f));
                                height.set(s, v);
                            }
                        }
                    }
                    if (!merged) {
                        out.add(new SitePosition("D", f));
                        height.add(v);
                    }
                }
            }
        }
        return out;
    }

    private static boolean isMax(PeriodicGrid g, int i, int j, int k, double v) {
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                for (int c = -1; c <= 1; c++) {
                    if ((a != 0 || b != 0 || c != 0) && g.at(Math.floorMod(i + a, g.na()), Math.floorMod(j + b, g.nb()),
                            Math.floorMod(k + c, g.nc())) > v) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Analyses the mobile ions of {@code species}.
     *
     * @param d          displacements
     * @param species    the ion
     * @param sites      the sites
     * @param radiusA    capture radius (Å)
     * @param tracerA2PerPs D* for the correlation factor (NaN to skip)
     */
    public static SiteAnalysis analyse(Displacements d, String species, List<SitePosition> sites, double radiusA,
                                       double tracerA2PerPs) {
        Lattice l = d.referenceLattice();
        List<String> types = new ArrayList<>();
        Map<String, Integer> typeIndex = new LinkedHashMap<>();
        int ns = sites.size();
        int[] siteType = new int[ns];
        double[][] sf = new double[ns][];
        for (int s = 0; s < ns; s++) {
            String t = sites.get(s).type();
            Integer idx = typeIndex.get(t);
            if (idx == null) {
                idx = types.size();
                typeIndex.put(t, idx);
                types.add(t);
            }
            siteType[s] = idx;
            sf[s] = sites.get(s).frac();
        }
        int nt = types.size();
        long[] timeCount = new long[nt];
        long[][] jumps = new long[nt][nt];
        double[] residenceSum = new double[nt];
        long[] residenceN = new long[nt];
        double jumpSq = 0;
        long unassigned = 0;
        long total = 0;
        int frames = d.frames();
        double r2 = radiusA * radiusA;
        double[] f = new double[3];
        double[] vec = new double[3];
        int ionsOfSpecies = 0;
        for (int ion = 0; ion < d.ions(); ion++) {
            if (!d.species(ion).equals(species)) {
                continue;
            }
            ionsOfSpecies++;
            double[][] s = d.ion(ion);
            int current = -1;
            int enteredAt = -1;
            boolean enteredByJump = false;
            for (int t = 0; t < frames; t++) {
                l.toFractional(s[0][t], s[1][t], s[2][t], f);
                int nearest = -1;
                double best = r2;
                for (int k = 0; k < ns; k++) {
                    double dd = l.minimumImageVector(sf[k], f, vec);
                    if (dd <= best) {
                        best = dd;
                        nearest = k;
                    }
                }
                total++;
                if (nearest < 0) {
                    unassigned++;
                } else if (nearest != current) {
                    if (current >= 0) {
                        jumps[siteType[current]][siteType[nearest]]++;
                        jumpSq += l.minimumImageVector(sf[current], sf[nearest], vec);
                        if (enteredByJump) {
                            residenceSum[siteType[current]] += (t - enteredAt) * d.frameIntervalPs();
                            residenceN[siteType[current]]++;
                        }
                        enteredByJump = true;
                    }
                    current = nearest;
                    enteredAt = t;
                }
                if (current >= 0) {
                    timeCount[siteType[current]]++;
                }
            }
        }
        if (ionsOfSpecies == 0) {
            throw new IllegalArgumentException("no mobile " + species + " ions for the site analysis");
        }
        double duration = (frames - 1) * d.frameIntervalPs();
        double[] frac = new double[nt];
        double[] res = new double[nt];
        double[][] rates = new double[nt][nt];
        long assigned = 0;
        for (long c : timeCount) {
            assigned += c;
        }
        for (int i = 0; i < nt; i++) {
            frac[i] = assigned > 0 ? timeCount[i] / (double) assigned : Double.NaN;
            res[i] = residenceN[i] > 0 ? residenceSum[i] / residenceN[i] : Double.NaN;
            for (int j = 0; j < nt; j++) {
                rates[i][j] = jumps[i][j] / (ionsOfSpecies * duration);
            }
        }
        double dJump = jumpSq / (6 * ionsOfSpecies * duration);
        double fCorr = dJump > 0 && Double.isFinite(tracerA2PerPs) ? tracerA2PerPs / dJump : Double.NaN;
        return new SiteAnalysis(ns, List.copyOf(types), frac, res, residenceN, jumps, rates, dJump, fCorr,
                unassigned / (double) total);
    }
}
