package org.ionhop.landscape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ionhop.structure.Element;
import org.ionhop.structure.Lattice;
import org.ionhop.structure.OxidationSource;
import org.ionhop.structure.PairDistances;
import org.ionhop.structure.Site;
import org.ionhop.structure.SpaceGroup;
import org.ionhop.structure.SpaceGroupFinder;
import org.ionhop.structure.SpaceGroupTable;
import org.ionhop.structure.Structure;
import org.ionhop.structure.SymmetryDataset;

/**
 * What a structure file contains after symmetry expansion, with the oxidation states of the one route
 * ({@link OxidationStates#assign(Structure)}, the route {@link LandscapeAnalysis} uses, so the two never disagree).
 * It lives beside the landscape because that route needs the softBV bond-valence table.
 *
 * @param structure              the structure with the route's oxidation states (or none)
 * @param formula                cell formula
 * @param reducedFormula         reduced formula
 * @param formulaUnits           formula units per cell (Z)
 * @param volumeA3               cell volume (Å³)
 * @param densityGPerCm3         mass density (g/cm³)
 * @param numSites               site entries in the cell (partial atoms counted)
 * @param cell                   cell parameters and vectors
 * @param species                occupancy-weighted count of each element in the cell, in order of first appearance
 * @param spaceGroup             the space-group symbol or "#number" the file gives, or ""
 * @param spaceGroupNumber       its International Tables number when the name resolves and its order equals the
 *                               number of operations applied (so the name describes the expanded cell), else 0
 * @param spaceGroupSetting      the table's label of that setting ("R-3c:H"), else ""
 * @param symmetryOperationsUsed operations applied when expanding the file
 * @param oxidationSource        where the oxidation states came from
 * @param oxidationStates        the distinct states of each element (e), in order of appearance
 * @param shortestDistancesA     the shortest distance of each element pair up to {@link #SHORTEST_MAX_A} (Å),
 *                               labelled "Li-O"
 * @param partialSites           the partially occupied sites
 * @param detectedSymmetry       the space group found in the atoms ({@link SpaceGroupFinder}, default tolerance),
 *                               with the symmetry-distinct sites; empty when none matched or the cell has more
 *                               than {@link SpaceGroupFinder#MAX_SITES_FOR_SUMMARY} sites (not searched)
 * @param warnings               what the reader warned about ({@link Structure#warnings()})
 */
public record StructureSummary(Structure structure, String formula, String reducedFormula, int formulaUnits,
                               double volumeA3, double densityGPerCm3, int numSites, Cell cell,
                               Map<Element, Double> species, String spaceGroup, int spaceGroupNumber,
                               String spaceGroupSetting, int symmetryOperationsUsed, OxidationSource oxidationSource,
                               Map<Element, List<Double>> oxidationStates, Map<String, Double> shortestDistancesA,
                               List<Site> partialSites, Optional<SymmetryDataset> detectedSymmetry,
                               List<String> warnings) {
    /** Element pairs farther apart than this (Å) are not listed among the shortest distances. */
    public static final double SHORTEST_MAX_A = 6.0;

    /**
     * Cell parameters.
     *
     * @param a        length a (Å)
     * @param b        length b (Å)
     * @param c        length c (Å)
     * @param alpha    angle alpha (degrees)
     * @param beta     angle beta (degrees)
     * @param gamma    angle gamma (degrees)
     * @param vectorsA the three lattice vectors as rows (Å)
     */
    public record Cell(double a, double b, double c, double alpha, double beta, double gamma, double[][] vectorsA) {
        /** The parameters of a lattice. */
        public static Cell of(Lattice l) {
            return new Cell(l.a(), l.b(), l.c(), l.alpha(), l.beta(), l.gamma(),
                    new double[][] {l.vector(0), l.vector(1), l.vector(2)});
        }
    }

    /** Makes the maps and lists unmodifiable. */
    public StructureSummary {
        species = Collections.unmodifiableMap(new LinkedHashMap<>(species));
        oxidationStates = Collections.unmodifiableMap(new LinkedHashMap<>(oxidationStates));
        shortestDistancesA = Collections.unmodifiableMap(new LinkedHashMap<>(shortestDistancesA));
        partialSites = List.copyOf(partialSites);
        warnings = List.copyOf(warnings);
    }

    /** The summary of a structure as read; oxidation states by the one route. */
    public static StructureSummary of(Structure read) {
        Structure s = OxidationStates.assign(read).structure();
        Optional<SpaceGroup> g = tableGroup(s);
        Map<String, Double> shortest = new LinkedHashMap<>();
        for (PairDistances.Pair pair : PairDistances.shortest(s, SHORTEST_MAX_A)) {
            shortest.put(pair.label(), pair.distanceA());
        }
        return new StructureSummary(s, s.formula(), s.reducedFormula(), s.formulaUnits(), s.volume(),
                s.densityGPerCm3(), s.numSites(), Cell.of(s.lattice()), s.composition(), s.spaceGroup(),
                g.map(SpaceGroup::number).orElse(0), g.map(SpaceGroup::label).orElse(""), s.symmetryOpsUsed(),
                s.oxidationSource(), distinctStates(s), shortest, s.partialSites(),
                read.numSites() <= SpaceGroupFinder.MAX_SITES_FOR_SUMMARY ? SpaceGroupFinder.find(read)
                        : Optional.empty(), read.warnings());
    }

    /** Distinct oxidation states of each element, in order of appearance. */
    private static Map<Element, List<Double>> distinctStates(Structure s) {
        Map<Element, List<Double>> out = new LinkedHashMap<>();
        for (Site site : s.sites()) {
            if (site.hasOxidationState()) {
                List<Double> l = out.computeIfAbsent(site.element(), e -> new ArrayList<>());
                if (!l.contains(site.oxidationState())) {
                    l.add(site.oxidationState());
                }
            }
        }
        out.replaceAll((e, l) -> List.copyOf(l));
        return out;
    }

    /**
     * The table's setting for the file's space-group name ("R -3 c H" or "#167"), when the name resolves and its
     * order equals the number of operations applied.
     */
    private static Optional<SpaceGroup> tableGroup(Structure s) {
        String name = s.spaceGroup();
        Optional<SpaceGroup> g = name.startsWith("#")
                ? SpaceGroupTable.get().byNumber(parseIntOrZero(name.substring(1)))
                : SpaceGroupTable.get().bySymbol(name);
        return g.filter(x -> x.order() == s.symmetryOpsUsed());
    }

    private static int parseIntOrZero(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The detected group in words: "Pnma (No. 62) at 0.05 Å; distinct sites Li 4, Fe 4, P 4, O 4+4+8", "not
     * searched (...)" for cells above the size limit, or "" when none was found.
     */
    public String detectedSymmetryText() {
        return detectedSymmetry.map(d -> {
            StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "%s (No. %d) at %s Å;"
                    + " distinct sites", d.hermannMauguin(), d.number(), d.toleranceA()));
            d.distinctSites(structure).forEach((e, sizes) -> sb.append(' ').append(e.symbol()).append(' ')
                    .append(String.join("+", sizes.stream().map(String::valueOf).toList())).append(','));
            sb.setLength(sb.length() - 1);
            return sb.toString();
        }).orElse(structure.numSites() > SpaceGroupFinder.MAX_SITES_FOR_SUMMARY ? "not searched (more than "
                + SpaceGroupFinder.MAX_SITES_FOR_SUMMARY + " sites)" : "");
    }

    /** The states as "Li+1 Fe+2 P+5 O-2" (whole numbers without decimals), or "" when there are none. */
    public String oxidationStatesText() {
        StringBuilder sb = new StringBuilder();
        oxidationStates.forEach((e, qs) -> {
            for (double q : qs) {
                sb.append(sb.length() == 0 ? "" : " ").append(e.symbol()).append(q >= 0 ? "+" : "-")
                        .append(wholeOrThreeDigits(Math.abs(q)));
            }
        });
        return sb.toString();
    }

    private static String wholeOrThreeDigits(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}
