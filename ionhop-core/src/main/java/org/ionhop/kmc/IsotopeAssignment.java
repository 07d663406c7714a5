package org.ionhop.kmc;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The isotope species of each ion of a replica: the mixture's proportions (rounded, the last species taking the
 * rest) assigned at random, and the attempt-frequency factor of each ion, sqrt(M_ref / M) (classical attempt
 * frequency nu ~ M^(-1/2); physics.md, isotope effect).
 *
 * @param ionSpecies    species index of each ion (all 0 without a mixture)
 * @param speciesCounts ions of each species (one entry without a mixture)
 * @param nuFactor      attempt-frequency factor of each ion, or null without a mixture
 */
record IsotopeAssignment(int[] ionSpecies, int[] speciesCounts, double[] nuFactor) {

    /** Draws the assignment (no random numbers are drawn without a mixture). */
    static IsotopeAssignment draw(List<Isotope> iso, double referenceMassAmu, int nIons, RandomGenerator rng) {
        int[] speciesCounts = new int[Math.max(1, iso.size())];
        int[] ionSpecies = new int[nIons];
        if (iso.isEmpty()) {
            return new IsotopeAssignment(ionSpecies, speciesCounts, null);
        }
        int assigned = 0;
        for (int k = 0; k < iso.size(); k++) {
            speciesCounts[k] = k == iso.size() - 1 ? nIons - assigned : (int) Math.round(iso.get(k).fraction() * nIons);
            speciesCounts[k] = Math.max(0, Math.min(speciesCounts[k], nIons - assigned));
            assigned += speciesCounts[k];
        }
        int[] labels = new int[nIons];
        int pos = 0;
        for (int k = 0; k < iso.size(); k++) {
            for (int c = 0; c < speciesCounts[k]; c++) {
                labels[pos++] = k;
            }
        }
        for (int i = nIons - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = labels[i];
            labels[i] = labels[j];
            labels[j] = t;
        }
        double[] f = new double[nIons];
        for (int i = 0; i < nIons; i++) {
            ionSpecies[i] = labels[i];
            f[i] = Math.sqrt(referenceMassAmu / iso.get(labels[i]).massAmu());
        }
        return new IsotopeAssignment(ionSpecies, speciesCounts, f);
    }
}
