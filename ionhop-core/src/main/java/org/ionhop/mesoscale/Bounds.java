package org.ionhop.mesoscale;

/**
 * The bounds a composite of given volume fractions obeys (see {@link EffectiveMedium}), in S/cm: Wiener's
 * series and parallel bounds (any microstructure) and the tighter Hashin-Shtrikman bounds (isotropic ones).
 *
 * @param wienerLowerSCm series bound
 * @param wienerUpperSCm parallel bound
 * @param hsLowerSCm     Hashin-Shtrikman lower bound
 * @param hsUpperSCm     Hashin-Shtrikman upper bound
 */
public record Bounds(double wienerLowerSCm, double wienerUpperSCm, double hsLowerSCm, double hsUpperSCm) {

    /** The four bounds of phases with these volume fractions and conductivities. */
    public static Bounds of(double[] fractions, double[] sigmas) {
        return new Bounds(EffectiveMedium.series(fractions, sigmas), EffectiveMedium.parallel(fractions, sigmas),
                EffectiveMedium.hashinShtrikmanLower(fractions, sigmas),
                EffectiveMedium.hashinShtrikmanUpper(fractions, sigmas));
    }

    /** Whether a conductivity lies within all four bounds, up to a relative slack for rounding. */
    public boolean contains(double sigma, double relativeSlack) {
        double lo = Math.max(wienerLowerSCm, hsLowerSCm);
        double hi = Math.min(wienerUpperSCm, hsUpperSCm);
        return sigma >= lo * (1 - relativeSlack) && sigma <= hi * (1 + relativeSlack);
    }
}
