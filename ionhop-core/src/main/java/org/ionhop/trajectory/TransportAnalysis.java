package org.ionhop.trajectory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.stats.Measured;
import org.ionhop.transport.NernstEinstein;

/**
 * The facade: {@link Displacements} to {@link TransportResult} (MSDs, the diffusive window, GLS fits of D*, its
 * Cartesian components and D_sigma, the Haven ratio, and Nernst-Einstein conductivities).
 *
 * <pre>
 * D*       = slope of tracer MSD / (2 d)                       (d = 3; d = 1 per axis)
 * D_sigma  = slope of charge MSD / (2 d)   (MSD of sum z_i r_i divided by sum z_i^2)
 * sigma_*  = sum_s n_s z_s^2 e^2 D*_s / (k_B T)                 (Nernst-Einstein, H_R = 1 assumed)
 * sigma    = (sum_i z_i^2 / V) e^2 D_sigma / (k_B T)            (collective: includes ion-ion correlations)
 * H_R      = sigma_* / sigma                                    (= D* / D_sigma for one mobile species;
 *                                                                 NaN when a fitted D is not positive)
 * </pre>
 * (physics.md "Driving force and linear response" and "Diffusion from trajectories".) The tracer covariance assumes
 * the ions are independent walkers; the charge covariance treats the summed displacement as one walker.
 */
public final class TransportAnalysis {
    private TransportAnalysis() {
    }

    /** Analyses displacements. */
    public static TransportResult analyse(Displacements d, AnalysisSettings s) {
        double temperature = Double.isNaN(s.temperatureK()) ? d.temperatureK() : s.temperatureK();
        if (!(temperature > 0)) {
            throw new InvalidSettingException("temperatureK", d.header().source() + " does not state the "
                    + "temperature; expected a temperature in K");
        }
        Map<String, Double> charges = s.chargeMap(d.ionSpecies());
        Msd msd = MsdCalculator.compute(d, charges);
        int si = msd.indexOf(s.ion());
        double dt = d.frameIntervalPs();
        double[] tracerTotal = msd.tracerTotal(si);
        DiffusiveRegime regime = DiffusiveRegime.choose(tracerTotal, dt, s.fitStartPs(), s.fitEndPs());
        int a = regime.startLag();
        int b = regime.endLag();
        int nIon = msd.ionsPerSpecies()[si];
        double k4 = msd.tracerStepCumulant4()[si];
        DiffusionFit tracer = DiffusionFit.fit(tracerTotal, dt, a, b, 3, nIon, k4);
        DiffusionFit[] comp = new DiffusionFit[3];
        for (int axis = 0; axis < 3; axis++) {
            comp[axis] = DiffusionFit.fit(msd.tracer()[si][axis], dt, a, b, 1, nIon, k4);
        }
        Map<String, DiffusionFit> bySpecies = new LinkedHashMap<>();
        double volume = d.meanVolumeA3();
        double sigmaT = 0;
        double sigmaTVar = 0;
        for (int k = 0; k < msd.species().size(); k++) {
            String sp = msd.species().get(k);
            DiffusionFit f = k == si ? tracer
                    : DiffusionFit.fit(msd.tracerTotal(k), dt, a, b, 3, msd.ionsPerSpecies()[k],
                    msd.tracerStepCumulant4()[k]);
            bySpecies.put(sp, f);
            double n = msd.ionsPerSpecies()[k] / volume;
            double z = charges.get(sp);
            sigmaT += NernstEinstein.conductivitySPerCm(n, z, f.diffusivityA2PerPs(), temperature);
            double e = NernstEinstein.conductivitySPerCm(n, z, f.diffusivityErrA2PerPs(), temperature);
            sigmaTVar += e * e;
        }
        DiffusionFit charge = DiffusionFit.fit(msd.chargeTotal(), dt, a, b, 3, 1, msd.chargeStepCumulant4());
        double nq = msd.chargeSquareSum() / volume;
        double sigmaC = NernstEinstein.conductivitySPerCm(nq, 1, charge.diffusivityA2PerPs(), temperature);
        double sigmaCErr = NernstEinstein.conductivitySPerCm(nq, 1, charge.diffusivityErrA2PerPs(), temperature);
        double sigmaTErr = Math.sqrt(sigmaTVar);
        // A ratio with a non-positive D_sigma has no physical meaning: report it as undetermined (NaN).
        double haven = sigmaC > 0 && sigmaT > 0 ? sigmaT / sigmaC : Double.NaN;
        double havenErr = Math.abs(haven) * Math.hypot(sigmaTErr / sigmaT, sigmaCErr / sigmaC);
        return new TransportResult(d.header().source(), s.ion(), temperature, d.frames(), dt, nIon,
                charges.get(s.ion()), volume, regime, tracer, comp, bySpecies, charge, Measured.of(haven, havenErr),
                Measured.of(sigmaT, sigmaTErr), Measured.of(sigmaC, sigmaCErr), d.maxFrameworkDriftA(), msd);
    }
}
