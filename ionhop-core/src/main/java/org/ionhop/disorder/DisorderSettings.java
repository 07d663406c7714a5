package org.ionhop.disorder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.structure.Element;

/**
 * Everything that decides a variant and its orderings ({@link DisorderStudy#variant}), with every default in one
 * place. Operations apply in this order: supercell, fractional occupancies of the file, substitutions (with their
 * charge compensation), exchanges, vacancies.
 *
 * @param supercell        supercell matrix, 9 integers row by row (rows: new a, b, c in old lattice vectors);
 *                         identity by default
 * @param minAtoms         when above 0, a diagonal supercell grown along the shortest axis until the cell holds at
 *                         least this many sites (replaces {@code supercell})
 * @param substitutions    substitutions of a fraction of selected sites by another element
 * @param compensation     how the charge of aliovalent substitutions is compensated (null: not at all)
 * @param exchanges        exchanges of a fraction of the atoms between two sets of sites (anion mixing)
 * @param vacancies        removal of a fraction of selected sites
 * @param oxidationStates  formal charges set by the user (others from the file or guessed, as in {@code bvse})
 * @param orderings        ordered configurations to make
 * @param mode             random orderings, or the lowest electrostatic energy found
 * @param candidates       random starts relaxed by swaps in {@code LOW_ENERGY} mode (at least {@code orderings})
 * @param seed             seed of the random orderings (ordering i uses a generator seeded from (seed, i))
 * @param enumerationLimit largest number of configurations enumerated for the symmetry-distinct count (0: never)
 * @param minSeparationA   smallest distance between two interstitials placed by compensation, in Å
 */
public record DisorderSettings(List<Integer> supercell, int minAtoms, List<Substitution> substitutions,
                               Compensation compensation, List<Exchange> exchanges, List<Vacancy> vacancies,
                               Map<Element, Integer> oxidationStates, int orderings, Mode mode, int candidates,
                               long seed, long enumerationLimit, double minSeparationA) {

    /** How the orderings are chosen. */
    public enum Mode { RANDOM, LOW_ENERGY }

    /**
     * Replace a fraction of the selected sites by another element.
     *
     * @param sites    which sites
     * @param element  the new element
     * @param fraction share of the selected sites replaced, in (0, 1]
     */
    public record Substitution(SiteSelector sites, Element element, double fraction) {
        /** Validates. */
        public Substitution {
            InvalidSettingException.require(sites != null && element != null, "substitutions",
                    "expected SITES=ELEMENT:FRACTION");
            InvalidSettingException.require(fraction > 0 && fraction <= 1, "substitutions",
                    "expected a fraction in (0, 1], got " + fraction);
        }
    }

    /**
     * Charge compensation of aliovalent substitution.
     *
     * @param kind    vacancies on the given sites, or interstitials of the element
     * @param sites   the sites that lose atoms (vacancy), or the element of the interstitials (interstitial)
     */
    public record Compensation(Kind kind, SiteSelector sites) {
        /** Vacancies on a sublattice or interstitials of an element. */
        public enum Kind { VACANCY, INTERSTITIAL }

        /** Validates. */
        public Compensation {
            if (kind == null || sites == null) {
                throw new InvalidSettingException("compensation", "expected vacancy:SITES or interstitial:ELEMENT");
            }
            if (kind == Kind.INTERSTITIAL && sites.element() == null) {
                throw new InvalidSettingException("compensation", "expected interstitial:ELEMENT with an element "
                        + "symbol, got " + sites.text());
            }
        }
    }

    /**
     * Exchange a fraction of the atoms of two sets of sites (S/Cl site exchange in argyrodites: x = 0.5 is random
     * mixing of the two sites, x = 1 full inversion).
     *
     * @param a        first set
     * @param b        second set
     * @param fraction share of the smaller set's atoms moved to the other set (and back), in [0, 1]
     */
    public record Exchange(SiteSelector a, SiteSelector b, double fraction) {
        /** Validates. */
        public Exchange {
            InvalidSettingException.require(a != null && b != null, "exchanges", "expected A,B=FRACTION");
            InvalidSettingException.require(fraction >= 0 && fraction <= 1, "exchanges",
                    "expected a fraction in [0, 1], got " + fraction);
        }
    }

    /**
     * Remove a fraction of the selected sites.
     *
     * @param sites    which sites
     * @param fraction share removed, in (0, 1)
     */
    public record Vacancy(SiteSelector sites, double fraction) {
        /** Validates. */
        public Vacancy {
            InvalidSettingException.require(sites != null, "vacancies", "expected SITES=FRACTION");
            InvalidSettingException.require(fraction > 0 && fraction < 1, "vacancies",
                    "expected a fraction in (0, 1), got " + fraction);
        }
    }

    /**
     * The fraction of one disorder operation, the abscissa of a disorder series (the report draws the ensemble's
     * descriptors against it).
     *
     * @param operation {@code substitution}, {@code exchange} or {@code vacancy}
     * @param sites     the sites as given ({@code P1=Ge}, {@code Cl,S[P=0]}, {@code Li1})
     * @param fraction  the share substituted, exchanged or removed
     */
    public record Fraction(String operation, String sites, double fraction) {
    }

    /**
     * The fraction of every operation, in the order they apply: substitutions, exchanges, vacancies. A series of
     * variants that differ in one of them (S/Cl exchange at x = 0, 0.5, 1) is told apart by it.
     */
    public List<Fraction> fractions() {
        List<Fraction> out = new java.util.ArrayList<>();
        for (Substitution s : substitutions) {
            out.add(new Fraction("substitution", s.sites().text() + "=" + s.element().symbol(), s.fraction()));
        }
        for (Exchange x : exchanges) {
            out.add(new Fraction("exchange", x.a().text() + "," + x.b().text(), x.fraction()));
        }
        for (Vacancy v : vacancies) {
            out.add(new Fraction("vacancy", v.sites().text(), v.fraction()));
        }
        return List.copyOf(out);
    }

    /** Validates and copies. */
    public DisorderSettings {
        supercell = List.copyOf(supercell);
        InvalidSettingException.require(supercell.size() == 9, "supercell",
                "expected 9 integers (3x3 matrix) or 3 (diagonal), got " + supercell.size());
        InvalidSettingException.require(Supercells.determinant(supercell) > 0, "supercell",
                "expected a matrix with positive determinant, got " + supercell);
        InvalidSettingException.require(minAtoms >= 0, "minAtoms", "expected a number of atoms >= 0, got " + minAtoms);
        substitutions = List.copyOf(substitutions);
        exchanges = List.copyOf(exchanges);
        vacancies = List.copyOf(vacancies);
        oxidationStates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(oxidationStates));
        InvalidSettingException.require(orderings >= 1 && orderings <= 100_000, "orderings",
                "expected 1 to 100000 orderings, got " + orderings);
        InvalidSettingException.require(mode != null, "mode", "expected random or low-energy");
        InvalidSettingException.require(candidates >= orderings, "candidates",
                "expected at least as many candidates as orderings (" + orderings + "), got " + candidates);
        InvalidSettingException.require(enumerationLimit >= 0, "enumerationLimit",
                "expected a limit >= 0, got " + enumerationLimit);
        InvalidSettingException.require(minSeparationA >= 0 && Double.isFinite(minSeparationA), "minSeparationA",
                "expected a distance >= 0 Å, got " + minSeparationA);
    }

    /** The defaults: no supercell, no operations, 8 random orderings, seed 1, enumeration up to 200000. */
    public static DisorderSettings defaults() {
        return new DisorderSettings(List.of(1, 0, 0, 0, 1, 0, 0, 0, 1), 0, List.of(), null, List.of(), List.of(),
                Map.of(), 8, Mode.RANDOM, 32, 1L, 200_000L, 1.5);
    }

    /** Copy with a supercell matrix (9 integers) or diagonal (3 integers). */
    public DisorderSettings withSupercell(List<Integer> m) {
        List<Integer> full = m.size() == 3 ? List.of(m.get(0), 0, 0, 0, m.get(1), 0, 0, 0, m.get(2)) : m;
        return new DisorderSettings(full, minAtoms, substitutions, compensation, exchanges, vacancies, oxidationStates,
                orderings, mode, candidates, seed, enumerationLimit, minSeparationA);
    }

    /** Copy with a target size. */
    public DisorderSettings withMinAtoms(int n) {
        return new DisorderSettings(supercell, n, substitutions, compensation, exchanges, vacancies, oxidationStates,
                orderings, mode, candidates, seed, enumerationLimit, minSeparationA);
    }

    /** Copy with substitutions. */
    public DisorderSettings withSubstitutions(List<Substitution> s) {
        return new DisorderSettings(supercell, minAtoms, s, compensation, exchanges, vacancies, oxidationStates,
                orderings, mode, candidates, seed, enumerationLimit, minSeparationA);
    }

    /** Copy with a compensation. */
    public DisorderSettings withCompensation(Compensation c) {
        return new DisorderSettings(supercell, minAtoms, substitutions, c, exchanges, vacancies, oxidationStates,
                orderings, mode, candidates, seed, enumerationLimit, minSeparationA);
    }

    /** Copy with exchanges. */
    public DisorderSettings withExchanges(List<Exchange> x) {
        return new DisorderSettings(supercell, minAtoms, substitutions, compensation, x, vacancies, oxidationStates,
                orderings, mode, candidates, seed, enumerationLimit, minSeparationA);
    }

    /** Copy with vacancies. */
    public DisorderSettings withVacancies(List<Vacancy> v) {
        return new DisorderSettings(supercell, minAtoms, substitutions, compensation, exchanges, v, oxidationStates,
                orderings, mode, candidates, seed, enumerationLimit, minSeparationA);
    }

    /** Copy with user oxidation states. */
    public DisorderSettings withOxidationStates(Map<Element, Integer> ox) {
        return new DisorderSettings(supercell, minAtoms, substitutions, compensation, exchanges, vacancies, ox,
                orderings, mode, candidates, seed, enumerationLimit, minSeparationA);
    }

    /** Copy with another number of orderings (candidates raised to at least that). */
    public DisorderSettings withOrderings(int n) {
        return new DisorderSettings(supercell, minAtoms, substitutions, compensation, exchanges, vacancies,
                oxidationStates, n, mode, Math.max(candidates, n), seed, enumerationLimit, minSeparationA);
    }

    /** Copy with another mode. */
    public DisorderSettings withMode(Mode m) {
        return new DisorderSettings(supercell, minAtoms, substitutions, compensation, exchanges, vacancies,
                oxidationStates, orderings, m, candidates, seed, enumerationLimit, minSeparationA);
    }

    /** Copy with another number of low-energy candidates. */
    public DisorderSettings withCandidates(int n) {
        return new DisorderSettings(supercell, minAtoms, substitutions, compensation, exchanges, vacancies,
                oxidationStates, orderings, mode, n, seed, enumerationLimit, minSeparationA);
    }

    /** Copy with another seed. */
    public DisorderSettings withSeed(long s) {
        return new DisorderSettings(supercell, minAtoms, substitutions, compensation, exchanges, vacancies,
                oxidationStates, orderings, mode, candidates, s, enumerationLimit, minSeparationA);
    }

    /** Copy with another enumeration limit. */
    public DisorderSettings withEnumerationLimit(long n) {
        return new DisorderSettings(supercell, minAtoms, substitutions, compensation, exchanges, vacancies,
                oxidationStates, orderings, mode, candidates, seed, n, minSeparationA);
    }
}
