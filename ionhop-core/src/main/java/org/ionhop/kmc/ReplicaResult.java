package org.ionhop.kmc;

import java.util.List;

/**
 * The outcome of one replica (one independent trajectory) of a kinetic Monte Carlo run.
 *
 * @param seed            the replica's seed
 * @param blocks          block sums of the measured part
 * @param siteOccupancy   time-averaged occupancy of every site over the measured part
 * @param msdTimePs       times of the mean-squared-displacement samples (ps, from the start of the measurement)
 * @param msdTracerA2     tracer MSD per ion (Å²) at those times
 * @param msdCollectiveA2 collective MSD per ion, |sum of displacements|² / N (Å²)
 * @param speciesCounts   number of ions of each isotope species
 * @param events          measured events
 * @param wallSeconds     wall-clock time of the replica's whole run (equilibration included)
 * @param totalEvents     events including equilibration
 */
public record ReplicaResult(long seed, List<Block> blocks, double[] siteOccupancy, double[] msdTimePs,
                            double[] msdTracerA2, double[] msdCollectiveA2, int[] speciesCounts, long events,
                            double wallSeconds, long totalEvents) {
}
