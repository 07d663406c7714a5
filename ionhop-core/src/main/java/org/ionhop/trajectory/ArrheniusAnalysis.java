package org.ionhop.trajectory;

import java.util.List;

import org.ionhop.transport.ArrheniusConvention;
import org.ionhop.transport.ArrheniusFit;
import org.ionhop.transport.NernstEinstein;

/**
 * Arrhenius analysis of diffusivities at several temperatures, through the shared weighted fit
 * {@link ArrheniusFit} (ln D = ln D_0 - E_a / (k_B T), weights 1 / (s_D / D)^2), and the conductivity at a target
 * temperature by Nernst-Einstein from the extrapolated D: sigma(T) = n z^2 e^2 D(T) / (k_B T), with the 68 % and 95 %
 * intervals of D(T) carried over (n and z are exact, so the relative interval is that of D).
 *
 * @param fit              the Arrhenius fit of D (D in Å²/ps)
 * @param targetK          the target temperature (K)
 * @param diffusivity      D at the target with its intervals (Å²/ps)
 * @param sigmaSPerCm      sigma at the target (S/cm)
 * @param sigmaLow68SPerCm lower end of the 68 % interval of sigma
 * @param sigmaHigh68SPerCm upper end of the 68 % interval
 * @param sigmaLow95SPerCm lower end of the 95 % interval
 * @param sigmaHigh95SPerCm upper end of the 95 % interval
 */
public record ArrheniusAnalysis(ArrheniusFit fit, double targetK, ArrheniusFit.Prediction diffusivity,
                                double sigmaSPerCm, double sigmaLow68SPerCm, double sigmaHigh68SPerCm,
                                double sigmaLow95SPerCm, double sigmaHigh95SPerCm) {
    /**
     * Fits D(T) and extrapolates.
     *
     * @param temperaturesK    temperatures (K)
     * @param dA2PerPs         diffusivities (Å²/ps), positive
     * @param errA2PerPs       their standard errors (Å²/ps)
     * @param numberDensityPerA3 number density of the mobile ion (1/Å³) for Nernst-Einstein
     * @param chargeE          its charge (e)
     * @param targetK          temperature to extrapolate to (K)
     */
    public static ArrheniusAnalysis of(double[] temperaturesK, double[] dA2PerPs, double[] errA2PerPs,
                                       double numberDensityPerA3, double chargeE, double targetK) {
        ArrheniusFit fit = ArrheniusFit.fit(temperaturesK, dA2PerPs, errA2PerPs, ArrheniusConvention.PLAIN);
        ArrheniusFit.Prediction p = fit.predict(targetK);
        double f = NernstEinstein.conductivitySPerCm(numberDensityPerA3, chargeE, 1.0, targetK);
        return new ArrheniusAnalysis(fit, targetK, p, f * p.value(), f * p.low68(), f * p.high68(), f * p.low95(),
                f * p.high95());
    }

    /**
     * From transport results at several temperatures: the Arrhenius fit of D* (the tracer diffusivity, whose
     * errors are small enough for a fit; D_sigma is usually too noisy in AIMD-length runs), so the extrapolated
     * conductivity assumes H_R = 1.
     */
    public static ArrheniusAnalysis ofTracer(List<TransportResult> results, double targetK) {
        int n = results.size();
        double[] t = new double[n];
        double[] d = new double[n];
        double[] e = new double[n];
        double density = 0;
        for (int i = 0; i < n; i++) {
            TransportResult r = results.get(i);
            t[i] = r.temperatureK();
            d[i] = r.tracer().diffusivityA2PerPs();
            e[i] = r.tracer().diffusivityErrA2PerPs();
            if (!(d[i] > 0)) {
                throw new IllegalArgumentException(r.source() + ": D* is not positive (" + d[i] + " Å²/ps); no Arrhenius "
                        + "fit is possible");
            }
            density += r.ions() / r.volumeA3() / n;
        }
        return of(t, d, e, density, results.get(0).ionChargeE(), targetK);
    }
}
