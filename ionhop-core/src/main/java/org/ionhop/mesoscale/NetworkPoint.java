package org.ionhop.mesoscale;

import org.ionhop.stats.Measured;

/**
 * The resistor network at one filler fraction, over independent random microstructures, beside the model.
 *
 * @param fraction          the asked-for filler fraction (settings' type)
 * @param volumeFraction    its target volume fraction
 * @param fillerFraction    filler voxel fraction realised (mean and standard error over samples)
 * @param interfaceFraction shell voxel fraction realised
 * @param sigmaSCm          network conductivity (S/cm): mean and standard error over samples
 * @param modelSCm          the settings' model at the realised mean fractions (S/cm)
 * @param bruggemanSCm      symmetric Bruggeman of filler and matrix at the realised filler fraction (S/cm)
 * @param maxIterations     the most conjugate-gradient iterations any sample needed
 */
public record NetworkPoint(double fraction, double volumeFraction, Measured fillerFraction,
                           Measured interfaceFraction, Measured sigmaSCm, double modelSCm, double bruggemanSCm,
                           int maxIterations) {
}
