package org.ionhop.transport;

import java.util.ArrayList;
import java.util.List;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.stats.Measured;
import org.ionhop.units.Constants;
import org.ionhop.units.Units;

/**
 * The transport-theory facade: one settings record in, one result record out, for each calculation that
 * {@code ionhop transport} offers. Eq. 1 forward ({@link #sigma}) and inverse ({@link #invert}), the harmonic
 * transition-state attempt frequency ({@link #vineyard}), phonon-assisted hopping ({@link #phonon}), the isotope
 * effect ({@link #isotope}), configurational entropy ({@link #entropy}) and the consistency check of measured
 * numbers ({@link #check}). Relations and conventions: docs/physics.md and docs/transport.md. Inputs and outputs
 * are in the units their names carry; internally eV, Å, ps, K, e, amu.
 */
public final class TransportTheory {
    /** The form the inverse fits: Eq. 1 is exactly Arrhenius in sigma T. */
    public static final String INVERSE_CONVENTION = "sigma*T = A exp(-dH/k_B T)";

    private TransportTheory() {
    }

    /** Eq. 1 forward: sigma, D_sigma, D* and the total jump rate Gamma at each temperature. */
    public static SigmaResult sigma(SigmaSettings settings) {
        HoppingConductivity h = settings.hopping();
        List<SigmaResult.Row> rows = new ArrayList<>();
        for (double t : settings.temperaturesK()) {
            rows.add(new SigmaResult.Row(t, h.conductivitySPerCm(t),
                    Units.a2PerPsToCm2PerS(h.chargeDiffusivityA2PerPs(t)),
                    Units.a2PerPsToCm2PerS(h.tracerDiffusivityA2PerPs(t)), Units.perPsToHz(h.jumpRatePerPs(t))));
        }
        return new SigmaResult(settings, rows);
    }

    /**
     * Eq. 1 inverse. With the carrier density given: the effective attempt frequency nu_0 exp(dS/k_B) that
     * reproduces sigma (and dS = ln(nu_eff / nu_0) with a known nu_0). Without it: the density that reproduces sigma
     * with the known nu_0 and dS. From a series, an Arrhenius fit of sigma T gives dH and the prefactor first.
     */
    public static InvertResult invert(InvertSettings s) {
        boolean solveC = s.solvesForDensity();
        HopSettings hop = s.hop();
        // With c unknown, a placeholder c = 1/Å³ gives nu_eff(c = 1), and c follows from the known nu_0 exp(dS).
        double cPerA3 = solveC ? 1.0 : s.carrierDensityPerCm3() * Units.CM3_PER_ANGSTROM3;
        HoppingConductivity base = new HoppingConductivity(hop.correlationFactor(), hop.havenRatio(), cPerA3,
                hop.chargeE(), s.jumpDistanceA(), solveC ? s.attemptFrequencyThz() : 1,
                solveC ? s.activationEntropyKb() : 0, s.data() == null ? s.activationEnthalpyEv() : 0,
                hop.dimension());
        InvertResult.Point point = null;
        InvertResult.Fit fit = null;
        InvertResult.CarrierDensity density = null;
        Measured nuEff;
        if (s.data() != null) {
            SigmaSeries d = s.data();
            HoppingConductivity.InverseResult r = base.fromMeasurements(d.temperaturesK(), d.sigmaSPerCm(),
                    d.errors());
            nuEff = Measured.of(r.effectiveAttemptFrequencyThz(), r.effectiveAttemptFrequencyErrThz());
            fit = new InvertResult.Fit(Measured.of(r.fit().activationEnergyEv(), r.fit().activationEnergyErrEv()),
                    INVERSE_CONVENTION, d.temperaturesK().length);
            if (solveC) {
                density = density(base.carrierDensityPerA3From(r), nuEff.err() / nuEff.value());
            }
        } else {
            nuEff = Measured.undetermined(base.effectiveAttemptFrequencyThz(s.sigmaSPerCm(), s.temperatureK()));
            point = new InvertResult.Point(s.sigmaSPerCm(), s.temperatureK(), s.activationEnthalpyEv());
            if (solveC) {
                density = density(base.carrierDensityPerA3For(s.sigmaSPerCm(), s.temperatureK()), Double.NaN);
            }
        }
        InvertResult.Attempt attempt = null;
        if (!solveC) {
            boolean known = !Double.isNaN(s.attemptFrequencyThz());
            attempt = new InvertResult.Attempt(nuEff, known ? s.attemptFrequencyThz() : null,
                    known ? Math.log(nuEff.value() / s.attemptFrequencyThz()) : null);
        }
        return new InvertResult(s, point, fit, density, attempt);
    }

    private static InvertResult.CarrierDensity density(double perA3, double relErr) {
        double c = Units.perA3ToPerCm3(perA3);
        return new InvertResult.CarrierDensity(Measured.of(c, c * relErr));
    }

    /** Vineyard's attempt frequency of one path and, with a barrier and temperatures, its rate. */
    public static VineyardResult vineyard(VineyardSettings s) {
        double nu = Vineyard.attemptFrequencyThz(s.minimumThz(), s.saddleThz());
        List<VineyardResult.Rate> rates = null;
        if (!Double.isNaN(s.barrierEv()) && s.temperaturesK().length > 0) {
            rates = new ArrayList<>();
            for (double t : s.temperaturesK()) {
                rates.add(new VineyardResult.Rate(t,
                        Units.perPsToHz(Vineyard.ratePerPs(s.minimumThz(), s.saddleThz(), s.barrierEv(), t))));
            }
        }
        return new VineyardResult(s, nu, rates);
    }

    /** Phonon-assisted hopping: barrier spread, effective barrier, mean rate and enhancement per temperature. */
    public static PhononResult phonon(PhononSettings s) {
        boolean mode = s.hasMode();
        Double lowering = mode ? PhononAssistedHopping.barrierLoweringEv(s.couplingEvPerA(), s.massAmu(),
                s.modeFrequencyThz()) : null;
        List<PhononResult.Row> rows = new ArrayList<>();
        for (double t : s.temperaturesK()) {
            double spread = mode ? PhononAssistedHopping.barrierSpreadEv(s.couplingEvPerA(), s.massAmu(),
                    s.modeFrequencyThz(), t) : s.spreadEv();
            rows.add(new PhononResult.Row(t, spread, PhononAssistedHopping.effectiveBarrierEv(s.barrierEv(), spread, t),
                    Units.perPsToHz(PhononAssistedHopping.meanRatePerPs(s.attemptFrequencyThz(), s.barrierEv(),
                            spread, t)),
                    PhononAssistedHopping.enhancement(spread, t)));
        }
        return new PhononResult(s, lowering, rows);
    }

    /** The classical isotope ratio and, from a measured ratio, the isotope-effect parameter. */
    public static IsotopeResult isotope(IsotopeSettings s) {
        double classical = IsotopeEffect.classicalRatio(s.lightAmu(), s.heavyAmu());
        IsotopeResult.Measurement e = Double.isNaN(s.ratio()) ? null : new IsotopeResult.Measurement(s.ratio(),
                Measured.of(IsotopeEffect.parameter(s.ratio(), s.lightAmu(), s.heavyAmu()),
                        IsotopeEffect.parameterErr(s.ratioErr(), s.lightAmu(), s.heavyAmu())));
        return new IsotopeResult(s, classical, e);
    }

    /** Configurational entropy and, with a mixing enthalpy, the free energy of mixing. */
    public static EntropyResult entropy(EntropySettings s) {
        double sKb = ConfigurationalEntropy.perFormulaUnitKb(s.sublattices());
        EntropyResult.Mixing mixing = null;
        if (!Double.isNaN(s.mixingEnthalpyEv())) {
            double tStar = ConfigurationalEntropy.stabilityTemperatureK(s.mixingEnthalpyEv(), sKb);
            List<EntropyResult.Row> rows = null;
            if (s.temperaturesK().length > 0) {
                rows = new ArrayList<>();
                for (double t : s.temperaturesK()) {
                    rows.add(new EntropyResult.Row(t,
                            ConfigurationalEntropy.mixingFreeEnergyEv(s.mixingEnthalpyEv(), sKb, t)));
                }
            }
            mixing = new EntropyResult.Mixing(tStar, rows);
        }
        return new EntropyResult(s, sKb, sKb * Constants.GAS_CONSTANT_J_PER_MOL_K, mixing);
    }

    /** The consistency check of measured transport numbers. */
    public static ConsistencyCheck.Result check(CheckSettings s) {
        return ConsistencyCheck.check(s.measurements(), s.temperatureK(), s.chargeE(), s.dimension(), s.alpha());
    }

    /** Requires at least one temperature, each finite and above 0 K. */
    static void requireTemperatures(String setting, double[] temperaturesK) {
        if (temperaturesK == null) {
            throw new InvalidSettingException(setting, "expected at least one temperature, got none");
        }
        InvalidSettingException.require(temperaturesK.length > 0, setting,
                "expected at least one temperature, got none");
        for (double t : temperaturesK) {
            InvalidSettingException.require(t > 0 && Double.isFinite(t), setting,
                    "expected temperatures > 0 K, got " + t);
        }
    }
}
