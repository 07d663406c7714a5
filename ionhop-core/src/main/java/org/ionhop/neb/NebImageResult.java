package org.ionhop.neb;

/**
 * One image of an analysed band.
 *
 * @param index                    image number (0 = initial state)
 * @param reactionCoordinateA      cumulative minimum-image distance from the first image over all atoms, Å
 * @param energyEv                 energy relative to the first image, eV
 * @param forceParallelEvA         force along the band tangent, eV/Å (NaN without forces); the profile's slope
 *                                 there is its negative
 * @param maxPerpendicularForceEvA largest force on one atom after the tangent component is removed, eV/Å (for the
 *                                 climbing image the total force; NaN without forces)
 * @param climbing                 whether this is the climbing image
 */
public record NebImageResult(int index, double reactionCoordinateA, double energyEv, double forceParallelEvA,
                             double maxPerpendicularForceEvA, boolean climbing) {
}
