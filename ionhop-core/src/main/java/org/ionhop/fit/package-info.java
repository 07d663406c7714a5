/**
 * Shared least-squares code of the domain packages: Levenberg-Marquardt with covariance
 * ({@link org.ionhop.fit.NonlinearLeastSquares}), bound-enforcing reparametrisation
 * ({@link org.ionhop.fit.ParameterTransform}) and non-negative least squares ({@link org.ionhop.fit.Nnls}).
 * Used by the impedance fits (CNLS, DRT) and the NMR fits (BPP, Stejskal-Tanner, lineshapes), so that neither
 * domain imports the other. Depends on Hipparchus only, on no other ionhop package.
 */
package org.ionhop.fit;
