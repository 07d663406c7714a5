package org.ionhop.mesoscale;

import org.ionhop.stats.Measured;

/**
 * The interface shell fitted to measured sigma(fraction) with the core-shell model.
 *
 * @param sigmaShellSCm    the shell conductivity at the reference temperature (S/cm) with its standard error
 * @param shellNm          the shell thickness (nm) with its standard error
 * @param correlation      correlation coefficient of the two (in log parameters)
 * @param chiSquare        sum of squared (weighted) residuals of ln sigma
 * @param degreesOfFreedom points minus 2
 * @param reducedChiSquare chi^2 / dof; the errors are scaled by its square root
 * @param iterations       Levenberg-Marquardt iterations
 */
public record ShellFit(Measured sigmaShellSCm, Measured shellNm, double correlation, double chiSquare,
                       int degreesOfFreedom, double reducedChiSquare, int iterations) {
}
