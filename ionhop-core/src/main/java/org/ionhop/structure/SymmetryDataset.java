package org.ionhop.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The space group found in a structure's atoms by {@link SpaceGroupFinder}.
 *
 * @param number             International Tables number (1-230)
 * @param hermannMauguin     short Hermann-Mauguin symbol of the standard setting, e.g. "Pnma"
 * @param international      that symbol with spaces, e.g. "P n m a"
 * @param hallNumber         the Hall setting (1-530) the operations matched, in the found conventional cell
 * @param settingLabel       that setting's label, e.g. "Pmnb" or "R-3c:H" (may differ from the standard one)
 * @param toleranceA         the distance tolerance of the search (Å)
 * @param pointGroupOrder    the number of rotations (the point-group order)
 * @param translationsInCell the lattice translations inside the given cell (1 for a primitive cell; 4 for the
 *                           conventional cell of an F lattice)
 * @param orbitOfSite        for each site of the structure, the index of its orbit (symmetry-distinct site),
 *                           numbered from 0 in order of first appearance
 */
public record SymmetryDataset(int number, String hermannMauguin, String international, int hallNumber,
                              String settingLabel, double toleranceA, int pointGroupOrder, int translationsInCell,
                              int[] orbitOfSite) {
    /** Copies the array. */
    public SymmetryDataset {
        orbitOfSite = orbitOfSite.clone();
    }

    /** A copy of the orbit index of each site. */
    @Override
    public int[] orbitOfSite() {
        return orbitOfSite.clone();
    }

    /** The operations of the space group in the given cell: rotations times translations in the cell. */
    public int operationsInCell() {
        return pointGroupOrder * translationsInCell;
    }

    /**
     * The symmetry-distinct sites of each element: per element (in order of first appearance) the number of site
     * entries in each of its orbits, e.g. LiFePO4 in Pnma: Li [4], Fe [4], P [4], O [4, 4, 8].
     */
    public Map<Element, List<Integer>> distinctSites(Structure s) {
        Map<Element, List<Integer>> out = new LinkedHashMap<>();
        Map<Integer, Integer> sizes = new LinkedHashMap<>();
        Map<Integer, Element> elementOf = new LinkedHashMap<>();
        for (int i = 0; i < orbitOfSite.length; i++) {
            sizes.merge(orbitOfSite[i], 1, Integer::sum);
            elementOf.putIfAbsent(orbitOfSite[i], s.sites().get(i).element());
        }
        sizes.forEach((orbit, n) -> out.computeIfAbsent(elementOf.get(orbit), e -> new ArrayList<>()).add(n));
        out.replaceAll((e, l) -> List.copyOf(l));
        return out;
    }

    /** The orbits of one element: the site indices of each, in site order. */
    public List<List<Integer>> orbitsOf(Structure s, Element e) {
        Map<Integer, List<Integer>> byOrbit = new LinkedHashMap<>();
        for (int i = 0; i < orbitOfSite.length; i++) {
            if (s.sites().get(i).element() == e) {
                byOrbit.computeIfAbsent(orbitOfSite[i], k -> new ArrayList<>()).add(i);
            }
        }
        return byOrbit.values().stream().map(List::copyOf).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymmetryDataset d && number == d.number && hallNumber == d.hallNumber
                && Double.compare(toleranceA, d.toleranceA) == 0 && pointGroupOrder == d.pointGroupOrder
                && translationsInCell == d.translationsInCell && java.util.Arrays.equals(orbitOfSite, d.orbitOfSite);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(number, hallNumber, toleranceA, java.util.Arrays.hashCode(orbitOfSite));
    }

    @Override
    public String toString() {
        return hermannMauguin + " (" + number + ")";
    }
}
