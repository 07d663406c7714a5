package org.ionhop.disorder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.special.Gamma;

import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.Site;
import org.ionhop.structure.Structure;

/**
 * A disordered supercell as sublattices with exact contents: every position belongs to one sublattice, and an
 * ordering puts the sublattice's species (vacancies included) on its positions in some order. Counts are fixed,
 * so every ordering has exactly the variant's composition.
 *
 * @param parent        the parent structure with oxidation states
 * @param lattice       the supercell lattice
 * @param frac          fractional coordinates of every position (supercell)
 * @param labels        label of each position (the parent's site label, joined by "/" for mixed sites)
 * @param sublattices   the sublattices
 * @param supercell     the supercell matrix, row by row
 * @param formulaUnits  formula units of the parent in the supercell (parent Z times det M)
 */
public record Variant(Structure parent, Lattice lattice, List<double[]> frac, List<String> labels,
                      List<Sublattice> sublattices, List<Integer> supercell, int formulaUnits) {

    /**
     * One kind of occupant: an element with its formal charge, or a vacancy (element null).
     *
     * @param element the element, or null for a vacancy
     * @param charge  formal charge in e (0 for a vacancy)
     */
    public record Species(Element element, double charge) {
        /** The vacancy. */
        public static final Species VACANCY = new Species(null, 0);

        /** Whether this is a vacancy. */
        public boolean vacancy() {
            return element == null;
        }

        /** Symbol, or "Va". */
        public String symbol() {
            return element == null ? "Va" : element.symbol();
        }
    }

    /**
     * A set of positions sharing one content.
     *
     * @param name          the sublattice name (the label of its positions, with a counter when one label has
     *                      several contents)
     * @param positions     indices of its positions
     * @param contents      the species, one per position, in a canonical order (an ordering permutes them)
     * @param targetFractions the fractions the operations asked for (before rounding to whole counts)
     * @param interstitial  whether the positions are interstitial candidates (placed with a minimum separation)
     */
    public record Sublattice(String name, int[] positions, List<Species> contents, Map<Species, Double> targetFractions,
                             boolean interstitial) {
        /** Copies. */
        public Sublattice {
            positions = positions.clone();
            contents = List.copyOf(contents);
            targetFractions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targetFractions));
        }

        @Override
        public int[] positions() {
            return positions.clone();
        }

        /** Whether more than one species (vacancies included) shares the sublattice. */
        public boolean disordered() {
            return contents.stream().distinct().count() > 1;
        }

        /** Count of each species, in order of first appearance. */
        public Map<Species, Integer> counts() {
            Map<Species, Integer> c = new LinkedHashMap<>();
            for (Species s : contents) {
                c.merge(s, 1, Integer::sum);
            }
            return c;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sublattice s && name.equals(s.name) && java.util.Arrays.equals(positions, s.positions)
                    && contents.equals(s.contents) && interstitial == s.interstitial;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(name, java.util.Arrays.hashCode(positions), contents, interstitial);
        }
    }

    /** Copies. */
    public Variant {
        frac = frac.stream().map(double[]::clone).toList();
        labels = List.copyOf(labels);
        sublattices = List.copyOf(sublattices);
        supercell = List.copyOf(supercell);
    }

    /** Number of positions. */
    public int positions() {
        return frac.size();
    }

    /** Net charge of every ordering (e): the same for all, since the counts are fixed. */
    public double netChargeE() {
        double q = 0;
        for (Sublattice s : sublattices) {
            for (Species x : s.contents()) {
                q += x.charge();
            }
        }
        return q;
    }

    /**
     * Ideal configurational entropy per formula unit in k_B, the closed form S / k_B = -(1/Z) sum_sites sum_s
     * x_s ln x_s over every position of the supercell, with x_s the site fractions (vacancies included) that the
     * orderings realise.
     */
    public double idealEntropyKbPerFormulaUnit() {
        double s = 0;
        for (Sublattice sub : sublattices) {
            int n = sub.contents().size();
            for (int c : sub.counts().values()) {
                double x = (double) c / n;
                s -= n * x * Math.log(x);
            }
        }
        return s / formulaUnits;
    }

    /**
     * Entropy of the ensemble the orderings are drawn from, per formula unit in k_B: ln W / Z with W = prod over
     * sublattices of the multinomial N! / prod_s n_s!, the number of distinct configurations with the variant's exact
     * counts (symmetry-equivalent ones counted separately). Tends to the ideal value as the cell grows (Stirling).
     */
    public double ensembleEntropyKbPerFormulaUnit() {
        return lnConfigurations() / formulaUnits;
    }

    /** ln of the number of configurations with the exact counts. */
    public double lnConfigurations() {
        double lnW = 0;
        for (Sublattice sub : sublattices) {
            lnW += Gamma.logGamma(sub.contents().size() + 1.0);
            for (int c : sub.counts().values()) {
                lnW -= Gamma.logGamma(c + 1.0);
            }
        }
        return lnW;
    }

    /** The ordered structure of one assignment (species per position; vacancies left out). */
    public Structure structure(Species[] assignment, String source) {
        List<Site> sites = new ArrayList<>();
        for (int p = 0; p < assignment.length; p++) {
            Species s = assignment[p];
            if (s.vacancy()) {
                continue;
            }
            sites.add(new Site(s.element(), label(p, s.element()), frac.get(p), 1.0, s.charge()));
        }
        return new Structure(lattice, sites, source, "", 1, parent.oxidationSource());
    }

    /** The parent label of an element at a position, or "El_label" for an element new on it. */
    private String label(int p, Element e) {
        String l = labels.get(p);
        for (String part : l.split("/")) {
            if (Element.fromLabel(part).orElse(null) == e) {
                return part;
            }
        }
        return e.symbol() + "_" + l.split("/")[0];
    }

    /** The charges of an assignment, one per position. */
    static double[] charges(Species[] assignment) {
        double[] q = new double[assignment.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = assignment[i].charge();
        }
        return q;
    }

    /** The canonical assignment (each sublattice's contents in order). */
    Species[] canonical() {
        Species[] a = new Species[positions()];
        for (Sublattice s : sublattices) {
            for (int k = 0; k < s.positions.length; k++) {
                a[s.positions[k]] = s.contents.get(k);
            }
        }
        return a;
    }
}
