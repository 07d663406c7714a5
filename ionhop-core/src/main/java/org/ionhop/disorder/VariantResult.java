package org.ionhop.disorder;

import java.util.List;

/**
 * A variant and its orderings ({@link DisorderStudy#variant}).
 *
 * @param settings       the settings of the run
 * @param variant        the sublattices and their exact contents
 * @param orderings      the ordered configurations, in output order
 * @param symmetry       the symmetry-distinct count
 * @param seconds        wall time (s)
 */
public record VariantResult(DisorderSettings settings, Variant variant, List<Ordering> orderings,
                            SymmetryCount symmetry, double seconds) {
    /** Copies. */
    public VariantResult {
        orderings = List.copyOf(orderings);
    }

    /** Formula of the parent. */
    public String parentFormula() {
        return variant.parent().reducedFormula();
    }

    /** Formula of the ordered supercell (the same for every ordering). */
    public String formula() {
        return orderings.isEmpty() ? "" : orderings.get(0).structure().formula();
    }

    /** Ideal configurational entropy per formula unit of the parent, in k_B (closed form). */
    public double configEntropyKbPerFormulaUnit() {
        return variant.idealEntropyKbPerFormulaUnit();
    }

    /** ln W / Z of the exact-count ensemble, in k_B per formula unit. */
    public double ensembleEntropyKbPerFormulaUnit() {
        return variant.ensembleEntropyKbPerFormulaUnit();
    }

    /** Mean Ewald energy of the orderings (eV per cell). */
    public double meanEwaldEnergyEv() {
        return orderings.stream().mapToDouble(Ordering::ewaldEnergyEv).average().orElse(Double.NaN);
    }
}
