package org.ionhop.structure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.ionhop.units.Constants;
import org.ionhop.units.Units;

/**
 * A periodic crystal structure: a lattice and its sites, after any symmetry expansion.
 *
 * @param lattice          the periodic cell
 * @param sites            every atom position in the cell (P1), in file order
 * @param source           where it came from (a file name), for messages and outputs
 * @param spaceGroup       the space-group symbol or number given by the file, or "" if none
 * @param symmetryOpsUsed  the number of symmetry operations applied when expanding the file (1 for P1)
 * @param oxidationSource  where the oxidation states came from
 * @param warnings         what the reader found doubtful but could read (merged images with capped occupancy, a
 *                         composition that differs from the file's formula, no symmetry information), one sentence
 *                         each, for the user; empty when there is nothing to say
 */
public record Structure(Lattice lattice, List<Site> sites, String source, String spaceGroup, int symmetryOpsUsed,
                        OxidationSource oxidationSource, List<String> warnings) {

    /** Copies the site and warning lists so the structure is immutable. */
    public Structure {
        sites = List.copyOf(sites);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        source = source == null ? "" : source;
        spaceGroup = spaceGroup == null ? "" : spaceGroup;
        if (oxidationSource == null) {
            oxidationSource = sites.stream().allMatch(Site::hasOxidationState) && !sites.isEmpty()
                    ? OxidationSource.GIVEN : OxidationSource.NONE;
        }
    }

    /** A structure without warnings. */
    public Structure(Lattice lattice, List<Site> sites, String source, String spaceGroup, int symmetryOpsUsed,
                     OxidationSource oxidationSource) {
        this(lattice, sites, source, spaceGroup, symmetryOpsUsed, oxidationSource, List.of());
    }

    /** The same structure with these warnings added after its own. */
    public Structure withWarnings(List<String> more) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new Structure(lattice, sites, source, spaceGroup, symmetryOpsUsed, oxidationSource, all);
    }

    /** A P1 structure with oxidation-state source inferred from the sites. */
    public static Structure of(Lattice lattice, List<Site> sites, String source) {
        return new Structure(lattice, sites, source, "", 1, null);
    }

    /** Number of site entries (atoms, or partial atoms on disordered sites). */
    public int numSites() {
        return sites.size();
    }

    /** Cell volume in Å³. */
    public double volume() {
        return lattice.volume();
    }

    /** Occupancy-weighted count of each element in the cell, in order of first appearance. */
    public Map<Element, Double> composition() {
        Map<Element, Double> c = new LinkedHashMap<>();
        for (Site s : sites) {
            c.merge(s.element(), s.occupancy(), Double::sum);
        }
        return Collections.unmodifiableMap(c);
    }

    /** Total mass of the cell contents in amu (occupancy-weighted). */
    public double massAmu() {
        double m = 0;
        for (Site s : sites) {
            m += s.element().massAmu() * s.occupancy();
        }
        return m;
    }

    /** Density in g/cm³: Z M / (N_A V) written as the cell's mass over its volume. */
    public double densityGPerCm3() {
        return Units.amuPerA3ToGPerCm3(massAmu() / volume());
    }

    /** Number density of an element in the cell (occupancy-weighted), per Å³. */
    public double numberDensityPerA3(Element e) {
        return composition().getOrDefault(e, 0.0) / volume();
    }

    /**
     * Cell formula, e.g. "Li4Fe4P4O16", elements by increasing electronegativity, with fractional counts where
     * sites are partly occupied.
     */
    public String formula() {
        return formatFormula(composition(), 1);
    }

    /** Reduced formula, e.g. "LiFePO4"; equals the cell formula when counts are not all whole numbers. */
    public String reducedFormula() {
        return formatFormula(composition(), formulaUnits());
    }

    /** Formula units per cell for the reduced formula (Z), or 1 when counts are not whole. */
    public int formulaUnits() {
        long g = 0;
        for (double v : composition().values()) {
            long r = Math.round(v);
            if (Math.abs(v - r) > 1e-6) {
                return 1;
            }
            g = gcd(g, r);
        }
        return (int) Math.max(1, g);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Elements in order of increasing electronegativity (then atomic number), as in "Li7La3Zr2O12". */
    private static String formatFormula(Map<Element, Double> c, long divisor) {
        StringBuilder sb = new StringBuilder();
        List<Map.Entry<Element, Double>> entries = new ArrayList<>(c.entrySet());
        entries.sort(java.util.Comparator.comparingDouble((Map.Entry<Element, Double> e) -> e.getKey().electronegativity())
                .thenComparingInt(e -> e.getKey().atomicNumber()));
        for (Map.Entry<Element, Double> e : entries) {
            double n = e.getValue() / divisor;
            sb.append(e.getKey().symbol());
            if (Math.abs(n - 1) > 1e-6) {
                sb.append(formatCount(n));
            }
        }
        return sb.toString();
    }

    private static String formatCount(double n) {
        if (Math.abs(n - Math.rint(n)) < 1e-6) {
            return Long.toString(Math.round(n));
        }
        return new BigDecimal(n).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** Sites with partial occupancy. */
    public List<Site> partialSites() {
        return sites.stream().filter(Site::isPartial).toList();
    }

    /** Sites of one element. */
    public List<Site> sitesOf(Element e) {
        return sites.stream().filter(s -> s.element() == e).toList();
    }

    /** Whether every site has an oxidation state. */
    public boolean hasOxidationStates() {
        return !sites.isEmpty() && sites.stream().allMatch(Site::hasOxidationState);
    }

    /** The structure with the oxidation state of each element set as given (elements absent from the map keep theirs). */
    public Structure withOxidationStates(Map<Element, Double> states, OxidationSource how) {
        List<Site> out = new ArrayList<>(sites.size());
        for (Site s : sites) {
            Double q = states.get(s.element());
            out.add(q == null ? s : s.withOxidationState(q));
        }
        return new Structure(lattice, out, source, spaceGroup, symmetryOpsUsed, how, warnings);
    }

    /** The structure without the sites that match (e.g. the mobile ion removed from the framework). */
    public Structure without(Predicate<Site> drop) {
        return new Structure(lattice, sites.stream().filter(drop.negate()).toList(), source, spaceGroup,
                symmetryOpsUsed, oxidationSource, warnings);
    }

    /** Cartesian coordinates of all sites, as a flat array x0, y0, z0, x1, ... (Å). */
    public double[] cartesianCoordinates() {
        double[] xyz = new double[3 * sites.size()];
        double[] tmp = new double[3];
        for (int i = 0; i < sites.size(); i++) {
            double[] f = sites.get(i).frac();
            lattice.toCartesian(f[0], f[1], f[2], tmp);
            System.arraycopy(tmp, 0, xyz, 3 * i, 3);
        }
        return xyz;
    }

    /** A supercell repeated na x nb x nc times; site order: each original site's images together. */
    public Structure supercell(int na, int nb, int nc) {
        if (na < 1 || nb < 1 || nc < 1) {
            throw new IllegalArgumentException("supercell factors must be at least 1");
        }
        List<Site> out = new ArrayList<>(sites.size() * na * nb * nc);
        for (Site s : sites) {
            for (int i = 0; i < na; i++) {
                for (int j = 0; j < nb; j++) {
                    for (int k = 0; k < nc; k++) {
                        double[] f = {(s.frac(0) + i) / na, (s.frac(1) + j) / nb, (s.frac(2) + k) / nc};
                        out.add(s.withFrac(f));
                    }
                }
            }
        }
        return new Structure(lattice.scaled(na, nb, nc), out, source, spaceGroup, symmetryOpsUsed, oxidationSource,
                warnings);
    }

    /** Avogadro-based check helper: the mass density for Z formula units of molar mass M (g/mol) in this cell. */
    public double densityFromFormula(int z, double molarMassGPerMol) {
        return z * molarMassGPerMol / (Constants.AVOGADRO_PER_MOL * volume() * Units.CM3_PER_ANGSTROM3);
    }
}
