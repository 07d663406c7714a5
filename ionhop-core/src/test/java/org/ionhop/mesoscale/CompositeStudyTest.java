package org.ionhop.mesoscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.transport.ArrheniusConvention;
import org.ionhop.units.Constants;

/** The facade: maximum, apparent activation energy, fit and network check. */
class CompositeStudyTest {
    private static final CompositeSettings DEFAULTS = CompositeSettings.defaults();

    @Test
    void maximumOfTheDefaultCompositeIsInteriorAndMatchesABruteForceScan() {
        CompositeResult r = CompositeStudy.run(DEFAULTS);
        CompositeMaximum max = r.maximum();
        assertThat(max.interior()).isTrue();
        // independent route: 100001-point scan
        double bestF = 0;
        double best = 0;
        for (int i = 0; i <= 100000; i++) {
            double f = i / 100000.0;
            double s = CompositeStudy.sigma(DEFAULTS, f, DEFAULTS.referenceTemperatureK());
            if (s > best) {
                best = s;
                bestF = f;
            }
        }
        assertThat(max.sigmaSCm()).isGreaterThanOrEqualTo(best * (1 - 1e-12));
        assertThat(max.fraction()).isCloseTo(bestF, within(2e-5));
        // the maximum sits where the interface is largest: f = r^3 / (r + t)^3 for these conductivities
        assertThat(max.volumeFraction()).isCloseTo(Math.pow(100.0 / 120, 3), within(1e-6));
        assertThat(r.points()).hasSize(21);
        assertThat(r.points().get(0).sigmaSCm()).isCloseTo(1e-6, within(1e-18));
    }

    @Test
    void monotoneModelHasItsMaximumAtAPurePhase() {
        CompositeResult r = CompositeStudy.run(DEFAULTS.withModel(CompositeModel.BRUGGEMAN));
        assertThat(r.maximum().interior()).isFalse();
        assertThat(r.maximum().fraction()).isEqualTo(1.0);
        assertThat(r.maximum().sigmaSCm()).isCloseTo(1e-4, within(1e-16));
    }

    @Test
    void apparentActivationEnergyOfTheParallelModelIsTheConductivityWeightedMean() {
        // sigma T = sum f_i A_i exp(-E_i / kT) => E_a = sum f_i sigma_i E_i / sum f_i sigma_i, exactly
        CompositeSettings s = DEFAULTS.withModel(CompositeModel.PARALLEL).withTemperaturesK(List.of(330.0));
        double t = 330;
        for (double f : new double[] {0, 0.2, 0.5, 0.9, 1}) {
            double sf = s.filler().sigma(t);
            double sm = s.matrix().sigma(t);
            double expected = (f * sf * s.eaFillerEv() + (1 - f) * sm * s.eaMatrixEv()) / (f * sf + (1 - f) * sm);
            assertThat(CompositeStudy.apparentEaEv(s, f, t)).as("f=" + f).isCloseTo(expected, within(1e-7));
        }
    }

    @Test
    void apparentActivationEnergyLiesBetweenThoseOfThePhases() {
        // sigma_eff is homogeneous of degree 1 in the phase conductivities, so d ln sigma_eff / d beta is a convex
        // combination of the phases' -E_i (Euler's theorem, positive weights d ln s_eff / d ln s_i).
        for (CompositeModel m : CompositeModel.values()) {
            CompositeSettings s = DEFAULTS.withModel(m);
            for (double f = 0; f <= 1.0; f += 0.05) {
                for (double t : new double[] {250, 300, 360}) {
                    double ea = CompositeStudy.apparentEaEv(s, f, t);
                    assertThat(ea).as(m + " f=" + f).isBetween(0.30 - 1e-6, 0.80 + 1e-6);
                }
            }
            assertThat(CompositeStudy.apparentEaEv(s, 0, 300)).isCloseTo(0.80, within(1e-7));
            assertThat(CompositeStudy.apparentEaEv(s, 1, 300)).isCloseTo(0.30, within(1e-7));
        }
    }

    @Test
    void plainConventionRecoversThePhaseLawAtThePureEnds() {
        CompositeSettings s = DEFAULTS.withConvention(ArrheniusConvention.PLAIN);
        assertThat(CompositeStudy.apparentEaEv(s, 0, 400)).isCloseTo(0.80, within(1e-7));
        double k = Constants.BOLTZMANN_EV_PER_K;
        double expected = 1e-6 * Math.exp(-0.80 / k * (1 / 400.0 - 1 / 298.15));
        assertThat(CompositeStudy.sigma(s, 0, 400)).isCloseTo(expected, within(1e-12 * expected));
    }

    @Test
    void temperaturesGiveSigmaTAndEaAtEveryPoint() {
        CompositeSettings s = DEFAULTS.withTemperaturesK(List.of(280.0, 320.0)).withFractions(List.of(0.3, 0.6));
        CompositeResult r = CompositeStudy.run(s);
        for (CompositePoint p : r.points()) {
            assertThat(p.sigmaT()).hasSize(2);
            assertThat(p.eaEv()).isBetween(0.3, 0.8);
            assertThat(p.sigmaT().get(1).sigmaSCm()).isGreaterThan(p.sigmaT().get(0).sigmaSCm());
            assertThat(p.interfaceFraction()).isCloseTo(s.interfaceFraction(p.volumeFraction()), within(0.0));
        }
    }

    @Test
    void fitRecoversSyntheticShellWithinItsErrors() {
        double trueShell = 2.5e-3;
        double trueT = 14;
        CompositeSettings truth = DEFAULTS.withShell(trueShell, trueT);
        SplittableRandom rng = new SplittableRandom(42);
        int n = 15;
        double[] f = new double[n];
        double[] sig = new double[n];
        double[] err = new double[n];
        double rel = 0.05;
        for (int i = 0; i < n; i++) {
            f[i] = 0.05 + 0.9 * i / (n - 1);
            double exact = CompositeStudy.sigma(truth, f[i], 298.15);
            sig[i] = exact * Math.exp(rel * gaussian(rng));
            err[i] = rel * sig[i];
        }
        ShellFit fit = CompositeStudy.fit(DEFAULTS, new CompositeData(f, sig, err));
        assertThat(fit.sigmaShellSCm().sigmasFrom(trueShell)).as("%s", fit).isLessThan(3);
        assertThat(fit.shellNm().sigmasFrom(trueT)).as("%s", fit).isLessThan(3);
        assertThat(fit.sigmaShellSCm().relativeError()).isBetween(1e-3, 0.3);
        assertThat(fit.reducedChiSquare()).isBetween(0.2, 3.0);
        assertThat(fit.degreesOfFreedom()).isEqualTo(n - 2);
        // noise-free data are recovered exactly
        for (int i = 0; i < n; i++) {
            sig[i] = CompositeStudy.sigma(truth, f[i], 298.15);
        }
        ShellFit exact = CompositeStudy.fit(DEFAULTS, new CompositeData(f, sig, null));
        assertThat(exact.sigmaShellSCm().value()).isCloseTo(trueShell, within(1e-6 * trueShell));
        assertThat(exact.shellNm().value()).isCloseTo(trueT, within(1e-6 * trueT));
    }

    private static double gaussian(SplittableRandom rng) {
        // Box-Muller
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    @Test
    void fitNeedsTheCoreShellModel() {
        double[] f = {0.1, 0.2, 0.3};
        double[] s = {1e-6, 2e-6, 3e-6};
        assertThatThrownBy(() -> CompositeStudy.fit(DEFAULTS.withModel(CompositeModel.BRUGGEMAN),
                new CompositeData(f, s, null)))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> assertThat(e.setting()).isEqualTo("model"));
    }

    @Test
    void settingsRejectImpossibleValuesNamingTheComponent() {
        assertThatThrownBy(() -> DEFAULTS.withSigmas(-1, 1e-6))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("sigmaFillerSCm"));
        assertThatThrownBy(() -> DEFAULTS.withFractions(List.of(0.2, 1.5)))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("fractions"));
        assertThatThrownBy(() -> DEFAULTS.withTemperaturesK(List.of(-5.0)))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("temperaturesK"));
    }

    @Test
    void networkCheckOfBondsFollowsBruggemanAndReportsItsSpread() {
        CompositeSettings s = DEFAULTS.withModel(CompositeModel.BRUGGEMAN).withSigmas(1e-3, 1e-4)
                .withFractions(List.of(0.5));
        NetworkSettings ns = NetworkSettings.defaults().withGeometry(NetworkGeometry.BONDS).withGridSize(16)
                .withSeed(7);
        NetworkPoint p = CompositeStudy.networkCheck(s, ns).get(0);
        double sd = p.sigmaSCm().err() * Math.sqrt(ns.samples());
        assertThat(Math.abs(p.sigmaSCm().value() - p.modelSCm())).isLessThan(3 * sd + 1e-12);
        assertThat(p.modelSCm()).isEqualTo(p.bruggemanSCm());
    }
}
