package org.ionhop.landscape;

import java.util.List;

import org.ionhop.structure.Element;

/**
 * Where the oxidation states of a structure came from and how sure the assignment is.
 *
 * @param sites              one row per crystallographic site (sites sharing label and element, i.e. the symmetry
 *                           images of one site of the file), in file order
 * @param residualCharge     total charge of the cell with the assigned states and the occupancies (e); non-zero
 *                           when rounded occupancies (or the user's states) do not balance exactly
 * @param logLikelihood      log-likelihood of the bond-valence assignment (NaN when no site was assigned from
 *                           bond-valence sums)
 * @param runnerUpLogLikelihood log-likelihood of the best charge-neutral alternative (NaN when there is none)
 * @param runnerUp           what the alternative changes ("Fe1 +2 -&gt; +3, ..."), empty when there is none
 * @param notes              warnings and remarks (non-neutral states, molecular units, mixed-valence sites)
 */
public record OxidationReport(List<SiteState> sites, double residualCharge, double logLikelihood,
                              double runnerUpLogLikelihood, String runnerUp, List<String> notes) {
    /** Where one state came from. */
    public enum Source {
        /** The file ({@code _atom_type_oxidation_number} or type symbols such as {@code Li1+}). */
        FILE("file"),
        /** The user ({@code oxidationStates}). */
        USER("user"),
        /** The maximum-likelihood assignment from bond-valence sums. */
        BOND_VALENCE("bond-valence sums"),
        /** The charge-balanced usual states of the composition ({@code OxidationStateGuesser}). */
        COMPOSITION("composition guess");

        private final String text;

        Source(String text) {
            this.text = text;
        }

        /** The source as written in outputs. */
        public String text() {
            return text;
        }
    }

    /**
     * The state of one crystallographic site.
     *
     * @param label       the site label
     * @param element     the element
     * @param atoms       the number of positions (symmetry images) of the site in the cell
     * @param state       the formal charge (e); a half-integer for a mixed-valence site (two integer states in equal
     *                    shares, each on half of the occupancy)
     * @param source      where it came from
     * @param bondValenceSum the bond-valence sum of the site with the assigned state (valence units; NaN when not
     *                    computed)
     */
    public record SiteState(String label, Element element, int atoms, double state, Source source,
                            double bondValenceSum) {
    }

    /** Copies the lists. */
    public OxidationReport {
        sites = List.copyOf(sites);
        notes = List.copyOf(notes);
        runnerUp = runnerUp == null ? "" : runnerUp;
    }

    /** A report without sites (nothing assigned). */
    static OxidationReport empty() {
        return new OxidationReport(List.of(), Double.NaN, Double.NaN, Double.NaN, "", List.of());
    }

    /** The margin of the assignment over the runner-up (log-likelihood units; NaN when there is no runner-up). */
    public double margin() {
        return logLikelihood - runnerUpLogLikelihood;
    }
}
