package org.ionhop.kmc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ionhop.stats.Measured;
import org.ionhop.units.Units;

/**
 * The reported estimates of one temperature of a kinetic Monte Carlo study, evaluated once from its
 * {@link KmcResult} (docs/kmc.md, "Estimators and error bars"). Diffusivities in cm²/s and conductivities in S/cm,
 * the units of the outputs; the raw run with its Å²/ps estimators stays in {@link KmcResult}.
 *
 * @param temperatureK                     temperature (K)
 * @param ions                             mobile ions
 * @param sites                            sites
 * @param vacancies                        empty sites
 * @param dimension                        d of D = MSD / (2 d t)
 * @param tracerDiffusivityCm2PerS         D* (cm²/s)
 * @param tracerDiffusivityXCm2PerS        D*_xx (cm²/s)
 * @param tracerDiffusivityYCm2PerS        D*_yy (cm²/s)
 * @param tracerDiffusivityZCm2PerS        D*_zz (cm²/s)
 * @param chargeDiffusivityCm2PerS         D_sigma (cm²/s)
 * @param havenRatio                       H_R = D* / D_sigma
 * @param correlationFactor                tracer correlation factor f
 * @param conductivitySPerCm               Nernst-Einstein conductivity from D_sigma (S/cm)
 * @param conductivityFromTracerSPerCm     the same from D* (H_R = 1 assumed, S/cm)
 * @param numberDensityPerA3               ions per Å³
 * @param drift                            the response to the field, or null when no field was applied
 * @param occupancyByType                  mean occupancy per site type (order of the network)
 * @param order                            the staggered order parameter, or null when the hop graph is not bipartite
 * @param tracerDiffusivityByIsotopeCm2PerS D* per isotope label (cm²/s), empty without an isotope mixture
 * @param tracerMsdExponent                log-log slope of the tracer MSD at the end of the run
 * @param tracerSubdiffusive               whether that slope is markedly below 1 ({@link KmcResult#tracerSubdiffusive})
 * @param effectiveSamples                 blocks behind the error bars
 * @param replicas                         replicas
 * @param events                           measured events over all replicas
 * @param equilibrationEvents              equilibration events over all replicas
 * @param eventsPerSecond                  events per second of one thread (wall clock)
 * @param simulatedTimePs                  simulated time per replica (ps)
 */
public record KmcEstimates(double temperatureK, int ions, int sites, int vacancies, int dimension,
                           Measured tracerDiffusivityCm2PerS, Measured tracerDiffusivityXCm2PerS,
                           Measured tracerDiffusivityYCm2PerS, Measured tracerDiffusivityZCm2PerS,
                           Measured chargeDiffusivityCm2PerS, Measured havenRatio, Measured correlationFactor,
                           Measured conductivitySPerCm, Measured conductivityFromTracerSPerCm,
                           double numberDensityPerA3, Drift drift, Map<String, Measured> occupancyByType, Order order,
                           Map<String, Measured> tracerDiffusivityByIsotopeCm2PerS, Measured tracerMsdExponent,
                           boolean tracerSubdiffusive, int effectiveSamples, int replicas, long events,
                           long equilibrationEvents, double eventsPerSecond, double simulatedTimePs) {

    /**
     * Response to an applied field.
     *
     * @param fieldVPerA          field strength |F| (V/Å)
     * @param velocityAPerPs      mean drift velocity of an ion along F (Å/ps)
     * @param conductivitySPerCm  sigma = n q v / |F| (S/cm)
     */
    public record Drift(double fieldVPerA, Measured velocityAPerPs, Measured conductivitySPerCm) {
    }

    /**
     * Staggered order of a bipartite network.
     *
     * @param orderParameter time average of |m|
     * @param binderCumulant Binder cumulant of m
     */
    public record Order(Measured orderParameter, Measured binderCumulant) {
    }

    /** Copies the maps, keeping their order. */
    public KmcEstimates {
        occupancyByType = Collections.unmodifiableMap(new LinkedHashMap<>(occupancyByType));
        tracerDiffusivityByIsotopeCm2PerS = Collections.unmodifiableMap(
                new LinkedHashMap<>(tracerDiffusivityByIsotopeCm2PerS));
    }

    /** Evaluates every estimator of a run. */
    public static KmcEstimates of(KmcResult r) {
        double toCm2 = Units.CM2_PER_S_PER_A2_PER_PS;
        Measured tracer = r.tracerDiffusivity();
        Drift drift = r.driven() ? new Drift(r.fieldStrengthVPerA(), r.driftVelocity(), r.fieldConductivity()) : null;
        Order order = r.hasOrderParameter() ? new Order(r.orderParameter(), r.binderCumulant()) : null;
        Map<String, Measured> byIsotope = new LinkedHashMap<>();
        List<Isotope> isotopes = r.parameters().isotopes();
        if (!isotopes.isEmpty()) {
            List<Measured> d = r.tracerDiffusivityBySpecies();
            for (int k = 0; k < isotopes.size(); k++) {
                byIsotope.put(isotopes.get(k).label(), d.get(k).times(toCm2));
            }
        }
        int ions = r.parameters().ions();
        return new KmcEstimates(r.parameters().temperatureK(), ions, r.sites(), r.sites() - ions, r.dimension(),
                tracer.times(toCm2), r.tracerDiffusivity(0).times(toCm2), r.tracerDiffusivity(1).times(toCm2),
                r.tracerDiffusivity(2).times(toCm2), r.chargeDiffusivity().times(toCm2), r.havenRatio(),
                r.correlationFactor(), r.conductivity(), r.conductivityFromTracer(), r.numberDensityPerA3(), drift,
                r.occupancyByType(), order, byIsotope, r.tracerMsdExponent(), r.tracerSubdiffusive(), tracer.samples(),
                r.replicas().size(), r.events(), r.totalEvents() - r.events(), r.eventsPerSecond(), r.simulatedTimePs());
    }
}
