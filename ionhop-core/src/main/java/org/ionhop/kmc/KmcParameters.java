package org.ionhop.kmc;

import java.util.List;
import java.util.Map;

/**
 * Everything a kinetic Monte Carlo run needs besides the site network. Units: K, eV, 1/ps, V/Å, amu.
 *
 * @param temperatureK         temperature
 * @param ions                 number of mobile ions (0 &lt; ions &lt; sites)
 * @param rateLaw              KRA or random trap
 * @param barrierOverrideEv    if finite: E_KRA of every hop (KRA law) or the saddle energy E_s (random trap);
 *                             NaN keeps the network's saddle energies (KRA law only)
 * @param attemptFrequencyPerPs attempt frequency nu of hops without a per-type value (1/ps; 10/ps = 1e13 Hz)
 * @param attemptByHopType     attempt frequency per hop-type label (1/ps), overriding the default
 * @param disorder             random site-energy disorder (drawn once from the master seed)
 * @param interactionEv        nearest-neighbour pair energy eps of H = eps sum_bonds n_i n_j (bonds = hops)
 * @param fieldVPerA           electric field (V/Å), three components; zero for equilibrium runs
 * @param phononLoweringEv     barrier lowering alpha^2 / (2 m omega^2) of phonon-assisted hopping (see
 *                             {@link #phononLowering})
 * @param isotopes             isotope mixture of the mobile ion (empty: all ions of the reference mass)
 * @param referenceMassAmu     the mass the attempt frequencies refer to (the element's standard mass)
 * @param events               measured kMC events per replica
 * @param equilibrationEvents  events per replica before measuring
 * @param blocks               blocks per replica for the error bars (at least 1)
 */
public record KmcParameters(double temperatureK, int ions, RateLaw rateLaw, double barrierOverrideEv,
                            double attemptFrequencyPerPs, Map<String, Double> attemptByHopType, Disorder disorder,
                            double interactionEv, double[] fieldVPerA, double phononLoweringEv, List<Isotope> isotopes,
                            double referenceMassAmu, long events, long equilibrationEvents, int blocks) {

    /** Validates and copies. */
    public KmcParameters {
        if (!(temperatureK > 0)) {
            throw new IllegalArgumentException("temperature must be > 0 K, got " + temperatureK);
        }
        if (!(attemptFrequencyPerPs > 0)) {
            throw new IllegalArgumentException("attempt frequency must be > 0, got " + attemptFrequencyPerPs + " /ps");
        }
        if (rateLaw == RateLaw.RANDOM_TRAP && !Double.isFinite(barrierOverrideEv)) {
            throw new IllegalArgumentException("the random-trap rate law needs the saddle energy (--barrier)");
        }
        if (events < 1 || equilibrationEvents < 0 || blocks < 1 || events < blocks) {
            throw new IllegalArgumentException("need events >= blocks >= 1 and equilibration >= 0; got events=" + events
                    + " blocks=" + blocks);
        }
        if (!Double.isFinite(interactionEv) || !(phononLoweringEv >= 0)) {
            throw new IllegalArgumentException("interaction must be finite and phonon lowering >= 0");
        }
        fieldVPerA = fieldVPerA == null ? new double[3] : fieldVPerA.clone();
        if (fieldVPerA.length != 3) {
            throw new IllegalArgumentException("the field needs three components");
        }
        attemptByHopType = attemptByHopType == null ? Map.of() : Map.copyOf(attemptByHopType);
        isotopes = isotopes == null ? List.of() : List.copyOf(isotopes);
        disorder = disorder == null ? Disorder.NONE : disorder;
    }

    /** Defaults: KRA law, nu = 10/ps, no disorder, interactions, field, phonon term or isotopes, 10 blocks. */
    public static KmcParameters of(double temperatureK, int ions, long events) {
        return new KmcParameters(temperatureK, ions, RateLaw.KRA, Double.NaN, 10.0, Map.of(), Disorder.NONE, 0.0,
                null, 0.0, List.of(), 1.0, events, 0, 10);
    }

    /** A copy of the field vector. */
    @Override
    public double[] fieldVPerA() {
        return fieldVPerA.clone();
    }

    /** The same parameters at another temperature. */
    public KmcParameters withTemperature(double t) {
        return new KmcParameters(t, ions, rateLaw, barrierOverrideEv, attemptFrequencyPerPs, attemptByHopType, disorder,
                interactionEv, fieldVPerA, phononLoweringEv, isotopes, referenceMassAmu, events, equilibrationEvents, blocks);
    }

    /** The same parameters with another number of ions. */
    public KmcParameters withIons(int n) {
        return new KmcParameters(temperatureK, n, rateLaw, barrierOverrideEv, attemptFrequencyPerPs, attemptByHopType,
                disorder, interactionEv, fieldVPerA, phononLoweringEv, isotopes, referenceMassAmu, events,
                equilibrationEvents, blocks);
    }

    /** The same parameters with another field (V/Å). */
    public KmcParameters withField(double[] field) {
        return new KmcParameters(temperatureK, ions, rateLaw, barrierOverrideEv, attemptFrequencyPerPs, attemptByHopType,
                disorder, interactionEv, field, phononLoweringEv, isotopes, referenceMassAmu, events,
                equilibrationEvents, blocks);
    }

    /** The same parameters with another run length. */
    public KmcParameters withEvents(long measured, long equilibration, int nBlocks) {
        return new KmcParameters(temperatureK, ions, rateLaw, barrierOverrideEv, attemptFrequencyPerPs, attemptByHopType,
                disorder, interactionEv, fieldVPerA, phononLoweringEv, isotopes, referenceMassAmu, measured,
                equilibration, nBlocks);
    }

    /** The same parameters with another rate law and barrier (E_KRA or E_s, eV). */
    public KmcParameters withRateLaw(RateLaw law, double barrierEv) {
        return new KmcParameters(temperatureK, ions, law, barrierEv, attemptFrequencyPerPs, attemptByHopType, disorder,
                interactionEv, fieldVPerA, phononLoweringEv, isotopes, referenceMassAmu, events, equilibrationEvents,
                blocks);
    }

    /** The same parameters with site disorder and pair interaction. */
    public KmcParameters withEnergetics(Disorder d, double epsEv) {
        return new KmcParameters(temperatureK, ions, rateLaw, barrierOverrideEv, attemptFrequencyPerPs, attemptByHopType,
                d, epsEv, fieldVPerA, phononLoweringEv, isotopes, referenceMassAmu, events, equilibrationEvents, blocks);
    }

    /** The same parameters with an isotope mixture and the reference mass of the attempt frequency. */
    public KmcParameters withIsotopes(List<Isotope> mix, double refMassAmu) {
        return new KmcParameters(temperatureK, ions, rateLaw, barrierOverrideEv, attemptFrequencyPerPs, attemptByHopType,
                disorder, interactionEv, fieldVPerA, phononLoweringEv, mix, refMassAmu, events, equilibrationEvents,
                blocks);
    }

    /** The same parameters with attempt frequencies (1/ps) and the phonon-assisted barrier lowering (eV). */
    public KmcParameters withAttempt(double nuPerPs, Map<String, Double> byType, double phononEv) {
        return new KmcParameters(temperatureK, ions, rateLaw, barrierOverrideEv, nuPerPs, byType, disorder,
                interactionEv, fieldVPerA, phononEv, isotopes, referenceMassAmu, events, equilibrationEvents, blocks);
    }

    /**
     * Barrier lowering of phonon-assisted hopping (physics.md): a mode of angular frequency omega and effective
     * mass m modulating the barrier linearly, E_m(u) = E_m0 - alpha u, raises the thermal mean rate by
     * exp(alpha^2 / (2 m omega^2 k_B T)), i.e. lowers the barrier by alpha^2 / (2 m omega^2).
     *
     * @param alphaEvPerA       coupling alpha (eV/Å)
     * @param modeFrequencyThz  mode frequency omega / 2 pi (THz)
     * @param massAmu           effective mass m (amu)
     * @return the lowering in eV
     */
    public static double phononLowering(double alphaEvPerA, double modeFrequencyThz, double massAmu) {
        if (!(modeFrequencyThz > 0) || !(massAmu > 0)) {
            throw new IllegalArgumentException("phonon mode frequency and mass must be > 0");
        }
        double omegaPerPs = 2 * Math.PI * modeFrequencyThz;
        // m omega^2 in eV/Å^2: 1 amu Å^2/ps^2 = 1.66053906660e-27 kg * 1e4 m^2/s^2 = 1.0364269e-4 eV.
        double kEvPerA2 = massAmu * omegaPerPs * omegaPerPs * AMU_A2_PER_PS2_IN_EV;
        return alphaEvPerA * alphaEvPerA / (2 * kEvPerA2);
    }

    /** 1 amu Å²/ps² in eV (CODATA 2018 amu and e). */
    static final double AMU_A2_PER_PS2_IN_EV =
            org.ionhop.units.Constants.ATOMIC_MASS_UNIT_KG * 1e4 / org.ionhop.units.Constants.ELEMENTARY_CHARGE_C;
}
