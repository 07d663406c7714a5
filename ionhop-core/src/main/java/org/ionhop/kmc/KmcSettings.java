package org.ionhop.kmc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.network.BuiltinLattice;
import org.ionhop.structure.Element;
import org.ionhop.units.Constants;

/**
 * Every option of a kinetic Monte Carlo study ({@link KmcStudy}) with its default in one place: {@link #defaults()},
 * {@code withX} copies, validation in the constructor ({@link InvalidSettingException} naming the component).
 * The defaults that depend on the system (the number of ions, the equilibration length, the barrier of a network)
 * are left open here (null) and resolved by {@link KmcStudy#run}, documented with each component.
 *
 * @param source                     where the sites come from (default: the simple cubic lattice of {@link
 *                                   KmcSource.Lattice#of})
 * @param ion                        the mobile ion of a built-in lattice or structure (default Li; a network names
 *                                   its own)
 * @param ions                       number of mobile ions, or null for the source's (a structure's occupancies, else
 *                                   half filling)
 * @param vacancies                  number of empty sites (ions = sites - vacancies), or null; not together with
 *                                   {@code ions}
 * @param temperaturesK              temperatures (K); two or more give Arrhenius fits (default 300)
 * @param barrierEv                  E_KRA of every hop (KRA law) or the saddle energy E_s (random trap), eV; null for
 *                                   the default: the network's own barriers, {@link #DEFAULT_BARRIER_EV} for
 *                                   lattices, structures and the random trap
 * @param rateLaw                    how barriers follow from site and saddle energies (default KRA)
 * @param attemptFrequencyHz         attempt frequency nu (Hz, default 1e13)
 * @param attemptFrequencyByTypeHz   attempt frequency (Hz) of single hop types
 * @param disorderSigmaEv            standard deviation of random site energies (eV, default 0)
 * @param disorder                   distribution of that disorder (default Gaussian)
 * @param interactionEv              pair energy eps of ions on neighbouring sites, H = eps sum n_i n_j (eV, default
 *                                   0)
 * @param fieldVPerA                 electric field strength (V/Å, default 0: equilibrium)
 * @param fieldDirection             Cartesian direction of the field, three components, any length but zero (default
 *                                   x)
 * @param isotopes                   isotope mixture of the mobile ion (default none: all ions of the standard mass)
 * @param phononCouplingEvPerA       barrier-mode coupling alpha of phonon-assisted hopping (eV/Å, default 0: off)
 * @param phononFrequencyThz         frequency of the barrier-modulating mode (THz, default 5)
 * @param phononMassAmu              effective mass of that mode (amu, default 30)
 * @param steps                      measured events per temperature, split over the replicas (default 2,000,000)
 * @param equilibration              events per replica before measuring, or null for the larger of 10 per site and a
 *                                   fifth of the measured events per replica
 * @param replicas                   independent replicas per temperature (default 4)
 * @param blocks                     blocks per replica for the error bars (default 10)
 * @param seed                       master seed (default 1)
 * @param threads                    worker threads, or null for every core (results do not depend on it)
 */
public record KmcSettings(KmcSource source,
                          Element ion,
                          Integer ions,
                          Integer vacancies,
                          List<Double> temperaturesK,
                          Double barrierEv,
                          RateLaw rateLaw,
                          double attemptFrequencyHz,
                          Map<String, Double> attemptFrequencyByTypeHz,
                          double disorderSigmaEv,
                          Disorder.Kind disorder,
                          double interactionEv,
                          double fieldVPerA,
                          List<Double> fieldDirection,
                          List<Isotope> isotopes,
                          double phononCouplingEvPerA,
                          double phononFrequencyThz,
                          double phononMassAmu,
                          long steps,
                          Long equilibration,
                          int replicas,
                          int blocks,
                          long seed,
                          Integer threads) {
    /** E_KRA of every hop of a built-in lattice or structure, and the random trap's saddle energy (eV). */
    public static final double DEFAULT_BARRIER_EV = 0.3;
    /** Attempt frequency nu (Hz). */
    public static final double DEFAULT_ATTEMPT_FREQUENCY_HZ = 1e13;
    /**
     * Largest site disorder in units of k_B T at the lowest temperature: the energies of a Gaussian sample lie
     * within +-3 sigma, so hop energy differences reach 6 sigma and the rates span exp(6 sigma / k_B T); at 100 k_B T
     * that is exp(600), near the range of a double (1e308 / 1e-308), and an ion in the deepest site would wait
     * 1e260 times longer than in a typical one: no run could sample it.
     */
    public static final double MAX_DISORDER_KT = 100;

    private static final KmcSettings DEFAULTS = new KmcSettings(KmcSource.Lattice.of(BuiltinLattice.SIMPLE_CUBIC),
            Element.Li, null, null, List.of(300.0), null, RateLaw.KRA, DEFAULT_ATTEMPT_FREQUENCY_HZ, Map.of(), 0.0,
            Disorder.Kind.GAUSSIAN, 0.0, 0.0, List.of(1.0, 0.0, 0.0), List.of(), 0.0, 5.0, 30.0, 2_000_000L, null, 4, 10,
            1L, null);

    /** Validates and copies (maps keep their order). */
    public KmcSettings {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ion, "ion");
        Objects.requireNonNull(rateLaw, "rateLaw");
        Objects.requireNonNull(disorder, "disorder");
        InvalidSettingException.require(ions == null || vacancies == null, "vacancies",
                "give the number of ions or of vacancies, not both");
        InvalidSettingException.require(ions == null || ions >= 1, "ions", "expected at least 1, got " + ions);
        InvalidSettingException.require(vacancies == null || vacancies >= 1, "vacancies",
                "expected at least 1, got " + vacancies);
        if (temperaturesK == null) {
            throw new InvalidSettingException("temperaturesK", "expected at least one temperature");
        }
        InvalidSettingException.require(!temperaturesK.isEmpty(), "temperaturesK",
                "expected at least one temperature");
        for (Double t : temperaturesK) {
            InvalidSettingException.positive("temperaturesK", t == null ? Double.NaN : t);
        }
        temperaturesK = List.copyOf(temperaturesK);
        if (barrierEv != null) {
            // A negative E_KRA or saddle would make hops faster than the attempt frequency (the clamp then
            // silently gives barrier 0); 0 is the limit of free hopping.
            InvalidSettingException.require(Double.isFinite(barrierEv) && barrierEv >= 0, "barrierEv",
                    "expected a barrier of 0 eV or more (a negative one would make hops faster than the attempt "
                            + "frequency), got " + barrierEv);
        }
        InvalidSettingException.positive("attemptFrequencyHz", attemptFrequencyHz);
        Map<String, Double> byType = new LinkedHashMap<>();
        if (attemptFrequencyByTypeHz != null) {
            attemptFrequencyByTypeHz.forEach((k, v) -> byType.put(k,
                    InvalidSettingException.positive("attemptFrequencyByTypeHz", v == null ? Double.NaN : v)));
        }
        attemptFrequencyByTypeHz = Collections.unmodifiableMap(byType);
        InvalidSettingException.nonNegative("disorderSigmaEv", disorderSigmaEv);
        double tMin = temperaturesK.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double maxSigma = MAX_DISORDER_KT * Constants.BOLTZMANN_EV_PER_K * tMin;
        InvalidSettingException.require(disorderSigmaEv <= maxSigma, "disorderSigmaEv", String.format(Locale.ROOT,
                "expected at most %.3g eV at %s K (%.0f k_B T: site energies over +-3 sigma would make rates span "
                        + "more than 1e260 and trap every ion for good), got %s", maxSigma,
                tMin == Math.rint(tMin) ? Long.toString((long) tMin) : Double.toString(tMin), MAX_DISORDER_KT,
                disorderSigmaEv));
        InvalidSettingException.finite("interactionEv", interactionEv);
        InvalidSettingException.finite("fieldVPerA", fieldVPerA);
        if (fieldDirection == null) {
            throw new InvalidSettingException("fieldDirection", "expected three components, got none");
        }
        InvalidSettingException.require(fieldDirection.size() == 3, "fieldDirection",
                "expected three components, got " + fieldDirection.size());
        double len2 = 0;
        for (Double c : fieldDirection) {
            double v = InvalidSettingException.finite("fieldDirection", c == null ? Double.NaN : c);
            len2 += v * v;
        }
        InvalidSettingException.require(len2 > 0, "fieldDirection", "expected a non-zero vector, got 0,0,0");
        fieldDirection = List.copyOf(fieldDirection);
        isotopes = isotopes == null ? List.of() : List.copyOf(isotopes);
        if (!isotopes.isEmpty()) {
            double sum = isotopes.stream().mapToDouble(Isotope::fraction).sum();
            InvalidSettingException.require(Math.abs(sum - 1) <= 1e-6, "isotopes",
                    "expected fractions adding up to 1, got " + sum);
        }
        InvalidSettingException.finite("phononCouplingEvPerA", phononCouplingEvPerA);
        InvalidSettingException.positive("phononFrequencyThz", phononFrequencyThz);
        InvalidSettingException.positive("phononMassAmu", phononMassAmu);
        InvalidSettingException.require(replicas >= 1, "replicas", "expected at least 1, got " + replicas);
        InvalidSettingException.require(blocks >= 1, "blocks", "expected at least 1, got " + blocks);
        InvalidSettingException.require(steps >= (long) replicas * blocks, "steps",
                "expected at least replicas x blocks = " + (long) replicas * blocks + ", got " + steps);
        InvalidSettingException.require(equilibration == null || equilibration >= 0, "equilibration",
                "expected 0 or more events, got " + equilibration);
        InvalidSettingException.require(threads == null || threads >= 1, "threads", "expected at least 1, got " + threads);
    }

    /** Every default (on the default source, the 8 x 8 x 8 simple cubic lattice). */
    public static KmcSettings defaults() {
        return DEFAULTS;
    }

    /** Every default on the given source. */
    public static KmcSettings of(KmcSource source) {
        return DEFAULTS.withSource(source);
    }

    /** The temperatures as an array (K). */
    public double[] temperatureArrayK() {
        return temperaturesK.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The field vector F (V/Å): the strength along the normalised direction. */
    public double[] fieldVectorVPerA() {
        double x = fieldDirection.get(0);
        double y = fieldDirection.get(1);
        double z = fieldDirection.get(2);
        double len = Math.sqrt(x * x + y * y + z * z);
        return new double[] {fieldVPerA * x / len, fieldVPerA * y / len, fieldVPerA * z / len};
    }

    /** The site disorder as drawn by the runner. */
    public Disorder siteDisorder() {
        return switch (disorder) {
            case NONE -> Disorder.NONE;
            case GAUSSIAN -> Disorder.gaussian(disorderSigmaEv);
            case UNIFORM -> Disorder.uniform(disorderSigmaEv);
        };
    }

    /** A copy with another {@code source}. */
    public KmcSettings withSource(KmcSource value) {
        return new KmcSettings(value, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas,
                blocks, seed, threads);
    }

    /** A copy with another {@code ion}. */
    public KmcSettings withIon(Element value) {
        return new KmcSettings(source, value, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas,
                blocks, seed, threads);
    }

    /** A copy with another {@code ions}. */
    public KmcSettings withIons(Integer value) {
        return new KmcSettings(source, ion, value, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas,
                blocks, seed, threads);
    }

    /** A copy with another {@code vacancies}. */
    public KmcSettings withVacancies(Integer value) {
        return new KmcSettings(source, ion, ions, value, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas,
                blocks, seed, threads);
    }

    /** A copy with another {@code temperaturesK}. */
    public KmcSettings withTemperaturesK(List<Double> value) {
        return new KmcSettings(source, ion, ions, vacancies, value, barrierEv, rateLaw, attemptFrequencyHz, attemptFrequencyByTypeHz,
                disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection, isotopes, phononCouplingEvPerA,
                phononFrequencyThz, phononMassAmu, steps, equilibration, replicas, blocks, seed, threads);
    }

    /** A copy with another {@code barrierEv}. */
    public KmcSettings withBarrierEv(Double value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, value, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas,
                blocks, seed, threads);
    }

    /** A copy with another {@code rateLaw}. */
    public KmcSettings withRateLaw(RateLaw value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, value, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas,
                blocks, seed, threads);
    }

    /** A copy with another {@code attemptFrequencyHz}. */
    public KmcSettings withAttemptFrequencyHz(double value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, value, attemptFrequencyByTypeHz,
                disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection, isotopes, phononCouplingEvPerA,
                phononFrequencyThz, phononMassAmu, steps, equilibration, replicas, blocks, seed, threads);
    }

    /** A copy with another {@code attemptFrequencyByTypeHz}. */
    public KmcSettings withAttemptFrequencyByTypeHz(Map<String, Double> value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz, value,
                disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection, isotopes, phononCouplingEvPerA,
                phononFrequencyThz, phononMassAmu, steps, equilibration, replicas, blocks, seed, threads);
    }

    /** A copy with another {@code disorderSigmaEv}. */
    public KmcSettings withDisorderSigmaEv(double value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, value, disorder, interactionEv, fieldVPerA, fieldDirection, isotopes,
                phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas, blocks, seed,
                threads);
    }

    /** A copy with another {@code disorder}. */
    public KmcSettings withDisorder(Disorder.Kind value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, value, interactionEv, fieldVPerA, fieldDirection, isotopes,
                phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas, blocks, seed,
                threads);
    }

    /** A copy with another {@code interactionEv}. */
    public KmcSettings withInteractionEv(double value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, value, fieldVPerA, fieldDirection, isotopes,
                phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas, blocks, seed,
                threads);
    }

    /** A copy with another {@code fieldVPerA}. */
    public KmcSettings withFieldVPerA(double value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, value, fieldDirection, isotopes,
                phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas, blocks, seed,
                threads);
    }

    /** A copy with another {@code fieldDirection}. */
    public KmcSettings withFieldDirection(List<Double> value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, value, isotopes,
                phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas, blocks, seed,
                threads);
    }

    /** A copy with another {@code isotopes}. */
    public KmcSettings withIsotopes(List<Isotope> value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection, value,
                phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas, blocks, seed,
                threads);
    }

    /** A copy with another {@code phononCouplingEvPerA}. */
    public KmcSettings withPhononCouplingEvPerA(double value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, value, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas, blocks, seed,
                threads);
    }

    /** A copy with another {@code phononFrequencyThz}. */
    public KmcSettings withPhononFrequencyThz(double value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, phononCouplingEvPerA, value, phononMassAmu, steps, equilibration, replicas, blocks, seed,
                threads);
    }

    /** A copy with another {@code phononMassAmu}. */
    public KmcSettings withPhononMassAmu(double value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, phononCouplingEvPerA, phononFrequencyThz, value, steps, equilibration, replicas, blocks,
                seed, threads);
    }

    /** A copy with another {@code steps}. */
    public KmcSettings withSteps(long value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, value, equilibration, replicas,
                blocks, seed, threads);
    }

    /** A copy with another {@code equilibration}. */
    public KmcSettings withEquilibration(Long value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, value, replicas, blocks,
                seed, threads);
    }

    /** A copy with another {@code replicas}. */
    public KmcSettings withReplicas(int value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, value,
                blocks, seed, threads);
    }

    /** A copy with another {@code blocks}. */
    public KmcSettings withBlocks(int value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas,
                value, seed, threads);
    }

    /** A copy with another {@code seed}. */
    public KmcSettings withSeed(long value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas,
                blocks, value, threads);
    }

    /** A copy with another {@code threads}. */
    public KmcSettings withThreads(Integer value) {
        return new KmcSettings(source, ion, ions, vacancies, temperaturesK, barrierEv, rateLaw, attemptFrequencyHz,
                attemptFrequencyByTypeHz, disorderSigmaEv, disorder, interactionEv, fieldVPerA, fieldDirection,
                isotopes, phononCouplingEvPerA, phononFrequencyThz, phononMassAmu, steps, equilibration, replicas,
                blocks, seed, value);
    }
}
