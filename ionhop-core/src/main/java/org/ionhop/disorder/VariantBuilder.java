package org.ionhop.disorder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.io.ProgressListener;
import org.ionhop.landscape.BvseSettings;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.landscape.OxidationStates;
import org.ionhop.network.NetworkSite;
import org.ionhop.structure.Element;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/**
 * Builds a {@link Variant} from a structure and the operations of the settings. Each position carries site
 * fractions (the file's occupancies to begin with); the operations change the fractions of the positions they
 * select, and positions with the same label and fractions form one sublattice whose whole counts are the fractions
 * times its size, rounded by largest remainder.
 */
final class VariantBuilder {
    /** Positions closer than this (Å) are one position (mixed sites of a file). */
    private static final double SAME_POSITION_A = 0.05;
    /** Landscape sites closer than this (Å) to an existing position are not interstitial candidates. */
    private static final double INTERSTITIAL_CLEARANCE_A = 1.0;

    private static final class Position {
        final double[] frac;
        final List<String> labels = new ArrayList<>();
        final Map<Variant.Species, Double> dist = new LinkedHashMap<>();
        boolean interstitial;

        Position(double[] frac) {
            this.frac = frac;
        }

        double occupied() {
            return dist.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    private VariantBuilder() {
    }

    static Variant build(Structure raw, DisorderSettings s, ProgressListener progress) {
        Structure parent = OxidationStates.assign(raw, s.oxidationStates()).require();
        Map<Element, Double> charge = new LinkedHashMap<>();
        for (Site site : parent.sites()) {
            charge.putIfAbsent(site.element(), site.oxidationState());
        }
        s.oxidationStates().forEach((e, q) -> charge.put(e, (double) q));
        List<Integer> m = s.minAtoms() > 0 ? Supercells.diagonalFor(parent, s.minAtoms()) : s.supercell();
        Structure sup = Supercells.of(parent, m);
        List<Position> pos = new ArrayList<>();
        int[] posOfSite = group(parent, sup, pos);
        double dq = 0;
        for (DisorderSettings.Substitution sub : s.substitutions()) {
            Double qNew = charge.get(sub.element());
            InvalidSettingException.require(qNew != null, "oxidationStates",
                    "expected a formal charge for " + sub.element().symbol() + " (e.g. --oxidation "
                            + sub.element().symbol() + "=4)");
            boolean[] sel = sub.sites().select(sup, "substitutions");
            for (int i = 0; i < sel.length; i++) {
                if (!sel[i]) {
                    continue;
                }
                Site site = sup.sites().get(i);
                Position p = pos.get(posOfSite[i]);
                Variant.Species old = new Variant.Species(site.element(), site.oxidationState());
                double moved = sub.fraction() * p.dist.getOrDefault(old, 0.0);
                p.dist.merge(old, -moved, Double::sum);
                p.dist.merge(new Variant.Species(sub.element(), qNew), moved, Double::sum);
                dq += moved * (qNew - site.oxidationState());
            }
        }
        if (Math.abs(dq) > 1e-9 && s.compensation() != null) {
            compensate(parent, sup, pos, posOfSite, s, charge, dq, m, progress);
        }
        for (DisorderSettings.Exchange x : s.exchanges()) {
            exchange(sup, pos, posOfSite, x);
        }
        for (DisorderSettings.Vacancy v : s.vacancies()) {
            boolean[] sel = v.sites().select(sup, "vacancies");
            for (int p : positionsOf(sel, posOfSite)) {
                pos.get(p).dist.replaceAll((k, f) -> f * (1 - v.fraction()));
            }
        }
        return assemble(parent, sup, pos, m);
    }

    /**
     * Groups the supercell's sites into positions; returns the position of each site. When every site of the file
     * has its own label (POSCAR and XDATCAR give Li1, Li2, ... per atom), labels say nothing about sublattices and
     * the element symbol stands for them; CIF labels (Li1 for every image of that Wyckoff site) are kept.
     */
    private static int[] group(Structure parent, Structure sup, List<Position> pos) {
        boolean perAtom = parent.numSites() > 1
                && parent.sites().stream().map(Site::label).distinct().count() == parent.numSites();
        int[] of = new int[sup.numSites()];
        for (int i = 0; i < of.length; i++) {
            Site site = sup.sites().get(i);
            int found = -1;
            // mixed sites of a file are consecutive or share a label block; a linear scan over recent positions suffices
            for (int p = pos.size() - 1; p >= 0 && p >= pos.size() - 64; p--) {
                if (sup.lattice().minimumImageDistance(pos.get(p).frac, site.frac()) < SAME_POSITION_A) {
                    found = p;
                    break;
                }
            }
            if (found < 0) {
                for (int p = 0; p < pos.size() - 64; p++) {
                    if (sup.lattice().minimumImageDistance(pos.get(p).frac, site.frac()) < SAME_POSITION_A) {
                        found = p;
                        break;
                    }
                }
            }
            if (found < 0) {
                pos.add(new Position(site.frac()));
                found = pos.size() - 1;
            }
            Position p = pos.get(found);
            String label = perAtom ? site.element().symbol() : site.label();
            if (!p.labels.contains(label)) {
                p.labels.add(label);
            }
            p.dist.merge(new Variant.Species(site.element(), site.oxidationState()), site.occupancy(), Double::sum);
            of[i] = found;
        }
        return of;
    }

    private static List<Integer> positionsOf(boolean[] sel, int[] posOfSite) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (int i = 0; i < sel.length; i++) {
            if (sel[i]) {
                out.add(posOfSite[i]);
            }
        }
        return new ArrayList<>(out);
    }

    private static void compensate(Structure parent, Structure sup, List<Position> pos, int[] posOfSite,
                                   DisorderSettings s, Map<Element, Double> charge, double dq, List<Integer> m,
                                   ProgressListener progress) {
        DisorderSettings.Compensation c = s.compensation();
        if (c.kind() == DisorderSettings.Compensation.Kind.VACANCY) {
            List<Integer> ps = positionsOf(c.sites().select(sup, "compensation"), posOfSite);
            double occupied = 0;
            double qMean = 0;
            for (int p : ps) {
                for (Map.Entry<Variant.Species, Double> e : pos.get(p).dist.entrySet()) {
                    occupied += e.getValue();
                    qMean += e.getValue() * e.getKey().charge();
                }
            }
            qMean /= occupied;
            double remove = dq / qMean;
            InvalidSettingException.require(remove > 0 && remove < occupied, "compensation",
                    String.format(Locale.ROOT, "expected vacancies on %s to compensate a charge of %+.3f e (sites of "
                            + "charge %+.2f, %.1f occupied), which needs %.3f removed", c.sites().text(), dq, qMean,
                            occupied, remove));
            double keep = 1 - remove / occupied;
            for (int p : ps) {
                pos.get(p).dist.replaceAll((k, f) -> f * keep);
            }
            return;
        }
        Element ion = c.sites().element();
        Double q = charge.get(ion);
        if (q == null || q == 0) {
            throw new InvalidSettingException("oxidationStates", "expected a non-zero formal charge for the "
                    + "interstitial " + ion.symbol());
        }
        double add = -dq / q;
        InvalidSettingException.require(add > 0, "compensation", String.format(Locale.ROOT,
                "expected interstitial %s to compensate a charge of %+.3f e, but that needs ions of the other sign",
                ion.symbol(), dq));
        List<double[]> cands = interstitialCandidates(parent, ion, m, sup, pos, progress);
        InvalidSettingException.require(cands.size() > add, "compensation", "expected more than " + add
                + " interstitial positions for " + ion.symbol() + ", the landscape offers " + cands.size());
        for (double[] f : cands) {
            Position p = new Position(f);
            p.labels.add(ion.symbol() + "_i");
            p.dist.put(new Variant.Species(ion, q), add / cands.size());
            p.interstitial = true;
            pos.add(p);
        }
    }

    /**
     * Interstitial positions from the BVSE landscape of the parent (the mobile ion's sites of lowest energy, those
     * within 0.5 eV of the lowest free one), repeated into the supercell, at least 1 Å from every position.
     */
    private static List<double[]> interstitialCandidates(Structure parent, Element ion, List<Integer> m,
                                                         Structure sup, List<Position> pos, ProgressListener progress) {
        var land = LandscapeAnalysis.run(parent, BvseSettings.of(ion).withGridSpacingA(0.2), progress);
        List<NetworkSite> sites = new ArrayList<>(land.network().sites());
        sites.sort(Comparator.comparingDouble(NetworkSite::energyEv));
        List<double[]> free = new ArrayList<>();
        double lowest = Double.NaN;
        for (NetworkSite ns : sites) {
            List<double[]> images = Supercells.points(List.of(ns.frac()), m);
            boolean clear = true;
            for (Position p : pos) {
                if (sup.lattice().minimumImageDistance(p.frac, images.get(0)) < INTERSTITIAL_CLEARANCE_A) {
                    clear = false;
                    break;
                }
            }
            if (!clear) {
                continue;
            }
            if (Double.isNaN(lowest)) {
                lowest = ns.energyEv();
            }
            if (ns.energyEv() - lowest <= 0.5) {
                free.addAll(images);
            }
        }
        return free;
    }

    private static void exchange(Structure sup, List<Position> pos, int[] posOfSite, DisorderSettings.Exchange x) {
        List<Integer> a = positionsOf(x.a().select(sup, "exchanges"), posOfSite);
        List<Integer> b = positionsOf(x.b().select(sup, "exchanges"), posOfSite);
        InvalidSettingException.require(java.util.Collections.disjoint(a, b), "exchanges",
                "expected two disjoint sets of sites, but " + x.a().text() + " and " + x.b().text() + " overlap");
        Map<Variant.Species, Double> meanA = mean(pos, a);
        Map<Variant.Species, Double> meanB = mean(pos, b);
        double k = x.fraction() * Math.min(a.size(), b.size());
        mix(pos, a, meanA, meanB, k / a.size());
        mix(pos, b, meanB, meanA, k / b.size());
    }

    private static Map<Variant.Species, Double> mean(List<Position> pos, List<Integer> ps) {
        Map<Variant.Species, Double> m = new LinkedHashMap<>();
        for (int p : ps) {
            pos.get(p).dist.forEach((k, v) -> m.merge(k, v / ps.size(), Double::sum));
        }
        return m;
    }

    private static void mix(List<Position> pos, List<Integer> ps, Map<Variant.Species, Double> own,
                            Map<Variant.Species, Double> other, double w) {
        for (int p : ps) {
            Map<Variant.Species, Double> d = new LinkedHashMap<>();
            own.forEach((k, v) -> d.merge(k, (1 - w) * v, Double::sum));
            other.forEach((k, v) -> d.merge(k, w * v, Double::sum));
            pos.get(p).dist.clear();
            pos.get(p).dist.putAll(d);
        }
    }

    /** Sublattices: positions with the same labels and fractions; whole counts by largest remainder. */
    private static Variant assemble(Structure parent, Structure sup, List<Position> pos, List<Integer> m) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int p = 0; p < pos.size(); p++) {
            groups.computeIfAbsent(key(pos.get(p)), k -> new ArrayList<>()).add(p);
        }
        List<Variant.Sublattice> subs = new ArrayList<>();
        Map<String, Integer> perLabel = new LinkedHashMap<>();
        for (List<Integer> g : groups.values()) {
            Position first = pos.get(g.get(0));
            String label = String.join("/", first.labels);
            int k = perLabel.merge(label, 1, Integer::sum);
            Map<Variant.Species, Double> target = new LinkedHashMap<>();
            first.dist.forEach((sp, f) -> {
                if (f > 1e-12) {
                    target.put(sp, f);
                }
            });
            double vac = 1 - target.values().stream().mapToDouble(Double::doubleValue).sum();
            if (vac > 1e-9) {
                target.put(Variant.Species.VACANCY, vac);
            }
            List<Variant.Species> contents = counts(target, g.size());
            subs.add(new Variant.Sublattice(k == 1 ? label : label + "#" + k,
                    g.stream().mapToInt(Integer::intValue).toArray(), contents, target, first.interstitial));
        }
        List<double[]> frac = pos.stream().map(p -> p.frac).toList();
        List<String> labels = pos.stream().map(p -> String.join("/", p.labels)).toList();
        int z = parent.formulaUnits() * (int) Supercells.determinant(m);
        return new Variant(parent, sup.lattice(), frac, labels, subs, m, z);
    }

    private static String key(Position p) {
        StringBuilder sb = new StringBuilder(String.join("/", p.labels)).append(p.interstitial ? "|i" : "");
        p.dist.forEach((k, v) -> {
            if (v > 1e-12) {
                sb.append('|').append(k.symbol()).append(String.format(Locale.ROOT, "%.9f", v));
            }
        });
        return sb.toString();
    }

    /** Whole counts n_s summing to n from fractions x_s by largest remainder (Hamilton), in the fractions' order. */
    static List<Variant.Species> counts(Map<Variant.Species, Double> x, int n) {
        List<Variant.Species> sp = new ArrayList<>(x.keySet());
        int[] c = new int[sp.size()];
        double[] rem = new double[sp.size()];
        int total = 0;
        for (int i = 0; i < c.length; i++) {
            double want = x.get(sp.get(i)) * n;
            c[i] = (int) Math.floor(want + 1e-9);
            rem[i] = want - c[i];
            total += c[i];
        }
        while (total < n) {
            int best = 0;
            for (int i = 1; i < c.length; i++) {
                if (rem[i] > rem[best] + 1e-12) {
                    best = i;
                }
            }
            c[best]++;
            rem[best] = -1;
            total++;
        }
        List<Variant.Species> out = new ArrayList<>(n);
        for (int i = 0; i < c.length; i++) {
            for (int k = 0; k < c[i]; k++) {
                out.add(sp.get(i));
            }
        }
        return out;
    }
}
