package org.ionhop.mesoscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The closed-form models against their limits, bounds and known identities. */
class EffectiveMediumTest {

    /** A log-uniform conductivity over 8 decades, or exactly 0 one time in ten (insulating phases). */
    private static double randomSigma(SplittableRandom rng) {
        return rng.nextInt(10) == 0 ? 0 : Math.pow(10, -8 + 8 * rng.nextDouble());
    }

    @Test
    void everyModelLiesWithinWienerAndHashinShtrikmanBoundsForRandomInputs() {
        SplittableRandom rng = new SplittableRandom(17);
        for (int trial = 0; trial < 5000; trial++) {
            double sm = randomSigma(rng);
            double sf = randomSigma(rng);
            double ss = randomSigma(rng);
            if (sm == 0 && sf == 0) {
                continue;
            }
            double f = rng.nextDouble();
            double r = 1 + 500 * rng.nextDouble();
            double t = 100 * rng.nextDouble();
            double fint = EffectiveMedium.interfaceFraction(f, r, t);
            Bounds two = Bounds.of(new double[] {f, 1 - f}, new double[] {sf, sm});
            Bounds three = Bounds.of(new double[] {f, fint, 1 - f - fint}, new double[] {sf, ss, sm});
            // Wiener bounds contain the Hashin-Shtrikman bounds.
            assertThat(two.hsLowerSCm()).isGreaterThanOrEqualTo(two.wienerLowerSCm() * (1 - 1e-12));
            assertThat(two.hsUpperSCm()).isLessThanOrEqualTo(two.wienerUpperSCm() * (1 + 1e-12));
            for (CompositeModel m : CompositeModel.values()) {
                double sigma = m.sigma(sm, sf, ss, f, fint);
                Bounds b = m == CompositeModel.CORE_SHELL ? three : two;
                boolean ok;
                if (m == CompositeModel.PARALLEL || m == CompositeModel.SERIES) {
                    // the layered models are Wiener's bounds (anisotropic, so outside HS in general)
                    double w = m == CompositeModel.PARALLEL ? b.wienerUpperSCm() : b.wienerLowerSCm();
                    ok = Math.abs(sigma - w) <= 1e-12 * w;
                } else {
                    // the isotropic ones lie within Hashin-Shtrikman's (three-phase bounds for core-shell), which
                    // lie within Wiener's
                    ok = b.contains(sigma, 1e-9) && sigma >= b.wienerLowerSCm() * (1 - 1e-9)
                            && sigma <= b.wienerUpperSCm() * (1 + 1e-9);
                }
                if (!ok) {
                    fail(String.format("%s sm=%g sf=%g ss=%g f=%g fint=%g -> %g outside %s", m, sm, sf, ss, f,
                            fint, sigma, b));
                }
            }
        }
    }

    @Test
    void fractionZeroAndOneGiveThePurePhases() {
        double sm = 3e-6;
        double sf = 2e-3;
        double ss = 5e-2;
        for (CompositeModel m : CompositeModel.values()) {
            double fint0 = EffectiveMedium.interfaceFraction(0, 100, 20);
            double fint1 = EffectiveMedium.interfaceFraction(1, 100, 20);
            assertThat(m.sigma(sm, sf, ss, 0, fint0)).as(m + " at 0").isCloseTo(sm, within(1e-15 * sm + 1e-18));
            assertThat(m.sigma(sm, sf, ss, 1, fint1)).as(m + " at 1").isCloseTo(sf, within(1e-12 * sf));
        }
    }

    @Test
    void maxwellGarnettIsTheHashinShtrikmanBoundOfTheMatrixSide() {
        // Maxwell's formula is the exact conductivity of Hashin's coated-sphere assemblage, which attains the HS
        // bound whose reference medium is the matrix: the lower bound for sf > sm, the upper for sf < sm.
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 1000; i++) {
            double sm = Math.pow(10, -6 + 4 * rng.nextDouble());
            double sf = sm * Math.pow(10, 4 * rng.nextDouble());
            double f = rng.nextDouble();
            double[] fr = {f, 1 - f};
            double mg = EffectiveMedium.maxwellGarnett(sm, sf, f);
            assertThat(mg).isCloseTo(EffectiveMedium.hashinShtrikmanLower(fr, new double[] {sf, sm}),
                    within(1e-12 * mg));
            double mgInv = EffectiveMedium.maxwellGarnett(sf, sm, f);
            assertThat(mgInv).isCloseTo(EffectiveMedium.hashinShtrikmanUpper(fr, new double[] {sm, sf}),
                    within(1e-12 * mgInv));
        }
    }

    @Test
    void bruggemanPercolatesAtOneThirdForInsulatorAndConductor() {
        // Conducting spheres (1) in an insulator (0): 2 s^2 - (3f - 1) s = 0, so s = (3f - 1) / 2 above f = 1/3
        // and 0 below, exactly.
        for (double f = 0; f <= 1.0001; f += 0.01) {
            double s = EffectiveMedium.bruggeman(0, 1, f);
            double expected = Math.max(0, (3 * f - 1) / 2);
            assertThat(s).as("f=" + f).isCloseTo(expected, within(1e-14));
        }
        // and the mirror image: insulating filler in a conducting matrix dies at filler fraction 2/3
        assertThat(EffectiveMedium.bruggeman(1, 0, 2.0 / 3 - 1e-9)).isGreaterThan(0);
        assertThat(EffectiveMedium.bruggeman(1, 0, 2.0 / 3 + 1e-9)).isZero();
        // Maxwell-Garnett has no threshold: isolated insulating spheres always leave the matrix connected
        assertThat(EffectiveMedium.maxwellGarnett(1, 0, 0.9)).isCloseTo(2 * 0.1 / 2.9, within(1e-15));
    }

    @Test
    void bruggemanRootSolvesTheImplicitEquationAtExtremeContrast() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < 2000; i++) {
            double sm = Math.pow(10, -12 + 12 * rng.nextDouble());
            double sf = Math.pow(10, -12 + 12 * rng.nextDouble());
            double f = rng.nextDouble();
            double s = EffectiveMedium.bruggeman(sm, sf, f);
            // each term is at most of order 1, so the residual measures relative accuracy
            double residual = f * (sf - s) / (sf + 2 * s) + (1 - f) * (sm - s) / (sm + 2 * s);
            assertThat(Math.abs(residual)).as("sm=%g sf=%g f=%g", sm, sf, f).isLessThan(1e-12);
            assertThat(s).isPositive();
        }
    }

    @Test
    void coatedSphereLimitsAndNeutralInclusion() {
        assertThat(EffectiveMedium.coatedSphere(5, 5, 0.3)).isCloseTo(5, within(1e-14));
        assertThat(EffectiveMedium.coatedSphere(5, 2, 1)).isEqualTo(5);
        assertThat(EffectiveMedium.coatedSphere(5, 2, 0)).isCloseTo(2, within(1e-14));
        // Hashin's neutral inclusion: a coated sphere whose equivalent equals the matrix leaves it unchanged.
        double core = 10;
        double shell = 0.5;
        double y = 0.4;
        double eq = EffectiveMedium.coatedSphere(core, shell, y);
        double fint = 0.25 * (1 / y - 1);
        assertThat(EffectiveMedium.coreShell(eq, core, shell, 0.25, fint)).isCloseTo(eq, within(1e-12 * eq));
    }

    @Test
    void interfaceFractionFromTheShellGeometry() {
        // r = 100, t = 20: ((120/100)^3 - 1) = 0.728 per unit filler, until f = (100/120)^3 = 0.5787
        assertThat(EffectiveMedium.interfaceFraction(0.1, 100, 20)).isCloseTo(0.0728, within(1e-12));
        double peak = Math.pow(100.0 / 120, 3);
        assertThat(EffectiveMedium.interfaceFraction(peak, 100, 20)).isCloseTo(1 - peak, within(1e-12));
        assertThat(EffectiveMedium.interfaceFraction(0.8, 100, 20)).isCloseTo(0.2, within(1e-12));
        assertThat(EffectiveMedium.interfaceFraction(0.3, 100, 0)).isZero();
    }

    @Test
    void weightFractionsConvertThroughTheDensities() {
        // 70 wt% of a 2.0 g/cm3 filler in a 1.3 g/cm3 matrix: 0.35 cm3 against 0.3/1.3 cm3
        double phi = FractionType.WEIGHT.toVolume(0.7, 2.0, 1.3);
        assertThat(phi).isCloseTo(0.35 / (0.35 + 0.3 / 1.3), within(1e-15));
        assertThat(FractionType.WEIGHT.fromVolume(phi, 2.0, 1.3)).isCloseTo(0.7, within(1e-15));
        assertThat(FractionType.VOLUME.toVolume(0.7, 2.0, 1.3)).isEqualTo(0.7);
    }
}
