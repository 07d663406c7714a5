package org.ionhop.kmc;

/**
 * Sums over one block of a replica's measured events, from which the estimators and their error bars are built
 * (docs/kmc.md, "Estimators and error bars"). Displacements are unwrapped and measured from the block's start.
 *
 * @param events       kMC events in the block
 * @param durationPs   simulated time of the block (ps)
 * @param tracerSq     sum over ions of the squared displacement per Cartesian direction (Å²)
 * @param collective   displacement of the sum of all ions' positions per direction (Å)
 * @param jumpSq       sum over all hops of the squared hop length (Å²)
 * @param m2           time average of the squared staggered order parameter (NaN if not bipartite)
 * @param m4           time average of its fourth power
 * @param mAbs         time average of its absolute value
 * @param speciesTracerSq sum of squared displacements (all directions, Å²) per isotope species
 */
public record Block(long events, double durationPs, double[] tracerSq, double[] collective, double jumpSq, double m2,
                    double m4, double mAbs, double[] speciesTracerSq) {
    /** Sum of the squared displacements over directions and ions (Å²). */
    public double tracerSqTotal() {
        return tracerSq[0] + tracerSq[1] + tracerSq[2];
    }

    /** Squared length of the collective displacement (Å²). */
    public double collectiveSqTotal() {
        return collective[0] * collective[0] + collective[1] * collective[1] + collective[2] * collective[2];
    }
}
