package org.ionhop.neb;

import java.util.List;

/**
 * The analysed band.
 *
 * @param source                 file or folder read
 * @param images                 per-image results
 * @param barrierForwardEv       spline maximum minus the first image's energy, eV
 * @param barrierReverseEv       spline maximum minus the last image's energy, eV
 * @param reactionEnergyEv       last minus first image energy, eV
 * @param saddleReactionCoordinateA position of the spline maximum, Å
 * @param saddleImage            the image nearest to the spline maximum
 * @param highestImage           the intermediate image of highest energy
 * @param endpointsAreMinima     whether both end points are lower than their neighbours and (with forces) carry a
 *                               tangent force below the threshold
 * @param convergence            the force check
 * @param maxForceEvA            the largest perpendicular (climbing image: total) atom force of the intermediate
 *                               images, eV/Å (NaN without forces)
 * @param firstImageEnergyEv     the first image's total energy, eV (the zero of the profile)
 * @param movingAtom             index (0-based) of the atom that moves furthest from the first to the last image
 * @param movingSpecies          its element symbol
 * @param movingStartCartA       its Cartesian position in the first image, Å
 * @param movingDisplacementA    its displacement from the first to the last image, summed over the image-to-image
 *                               minimum-image steps (so a hop across the cell boundary is continuous), Å
 * @param splineS                reaction coordinates of the sampled spline, Å
 * @param splineE                the sampled spline, eV relative to the first image
 * @param notes                  remarks on the input (missing forces and what was assumed instead)
 * @param settings               the settings used
 */
public record NebResult(String source, List<NebImageResult> images, double barrierForwardEv, double barrierReverseEv,
                        double reactionEnergyEv, double saddleReactionCoordinateA, int saddleImage, int highestImage,
                        boolean endpointsAreMinima, NebConvergence convergence, double maxForceEvA,
                        double firstImageEnergyEv, int movingAtom, String movingSpecies, double[] movingStartCartA,
                        double[] movingDisplacementA, double[] splineS, double[] splineE, List<String> notes,
                        NebSettings settings) {
    /** Copies the lists and arrays. */
    public NebResult {
        images = List.copyOf(images);
        notes = List.copyOf(notes);
        movingStartCartA = movingStartCartA.clone();
        movingDisplacementA = movingDisplacementA.clone();
        splineS = splineS.clone();
        splineE = splineE.clone();
    }

    /**
     * The kinetically resolved barrier E_KRA = E_saddle - (E_first + E_last)/2 = (forward + reverse)/2, eV (Van der
     * Ven et al., Phys. Rev. B 64, 184307 (2001)): the part of the barrier that does not depend on which way the ion
     * hops, the quantity a site network holds per hop.
     */
    public double kraEv() {
        return 0.5 * (barrierForwardEv + barrierReverseEv);
    }

    /** Whether the band passed the force check. */
    public boolean converged() {
        return convergence == NebConvergence.CONVERGED;
    }

    /** A copy of the moving atom's start position. */
    @Override
    public double[] movingStartCartA() {
        return movingStartCartA.clone();
    }

    /** A copy of the moving atom's displacement. */
    @Override
    public double[] movingDisplacementA() {
        return movingDisplacementA.clone();
    }

    /** A copy of the spline abscissae. */
    @Override
    public double[] splineS() {
        return splineS.clone();
    }

    /** A copy of the spline values. */
    @Override
    public double[] splineE() {
        return splineE.clone();
    }
}
