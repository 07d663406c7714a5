package org.ionhop.nmr;

import org.ionhop.structure.Element;
import org.ionhop.structure.Structure;
import org.ionhop.transport.NernstEinstein;
import org.ionhop.units.Units;

/**
 * The Haven ratio H_R = D* / D_sigma (physics.md, "Driving force and linear response"): D* the tracer diffusivity
 * from PFG-NMR, D_sigma the charge diffusivity from the conductivity by Nernst-Einstein,
 * D_sigma = sigma k_B T / (n q^2) ({@link NernstEinstein}). Relative errors of D*, sigma and n add in quadrature.
 * H_R &lt; 1 means correlated (concerted) motion of the carriers; H_R = 1 uncorrelated hops.
 *
 * @param havenRatio              H_R
 * @param havenRatioErr           its standard error
 * @param tracerCm2PerS           D* in cm^2/s
 * @param chargeDiffusivityCm2PerS D_sigma in cm^2/s
 * @param carrierDensityPerA3     n in 1/Å^3
 * @param temperatureK            T in K
 */
public record HavenRatio(double havenRatio, double havenRatioErr, double tracerCm2PerS, double chargeDiffusivityCm2PerS,
                         double carrierDensityPerA3, double temperatureK) {

    /**
     * Computes H_R.
     *
     * @param tracerCm2PerS      D* in cm^2/s
     * @param tracerErrCm2PerS   its error (0 if unknown)
     * @param sigmaSPerCm        conductivity in S/cm
     * @param sigmaErrSPerCm     its error (0 if unknown)
     * @param carrierDensityPerA3 mobile-ion density in 1/Å^3
     * @param chargeE            ionic charge in e
     * @param temperatureK       temperature in K
     */
    public static HavenRatio of(double tracerCm2PerS, double tracerErrCm2PerS, double sigmaSPerCm, double sigmaErrSPerCm,
                                double carrierDensityPerA3, double chargeE, double temperatureK) {
        if (!(tracerCm2PerS > 0) || !(sigmaSPerCm > 0) || !(carrierDensityPerA3 > 0) || !(temperatureK > 0)) {
            throw new IllegalArgumentException("D*, sigma, carrier density and T must be positive");
        }
        double dSigma = Units.a2PerPsToCm2PerS(
                NernstEinstein.diffusivityA2PerPs(carrierDensityPerA3, chargeE, sigmaSPerCm, temperatureK));
        double h = tracerCm2PerS / dSigma;
        double rel = Math.hypot(tracerErrCm2PerS / tracerCm2PerS, sigmaErrSPerCm / sigmaSPerCm);
        return new HavenRatio(h, h * rel, tracerCm2PerS, dSigma, carrierDensityPerA3, temperatureK);
    }

    /** Mobile-ion density of a structure: occupancy-weighted count of the element per Å^3. */
    public static double carrierDensityPerA3(Structure s, Element ion) {
        double n = s.numberDensityPerA3(ion);
        if (!(n > 0)) {
            throw new IllegalArgumentException("the structure " + s.source() + " contains no " + ion);
        }
        return n;
    }
}
