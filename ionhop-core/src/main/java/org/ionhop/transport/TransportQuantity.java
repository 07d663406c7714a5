package org.ionhop.transport;

/**
 * The quantities tied together by the Nernst-Einstein relation, the Haven ratio, the random-walk diffusivity and the
 * jump rate of Eq. 1 (see {@link ConsistencyCheck}), with their internal units.
 */
public enum TransportQuantity {
    /** Ionic conductivity sigma, S/cm. */
    SIGMA("sigma", "S/cm", true),
    /** Number density of mobile ions c, 1/Å³. */
    CARRIER_DENSITY("c", "1/Å^3", true),
    /** Charge (collective) diffusivity D_sigma, Å²/ps. */
    CHARGE_DIFFUSIVITY("D_sigma", "Å^2/ps", true),
    /** Tracer diffusivity D*, Å²/ps. */
    TRACER_DIFFUSIVITY("D*", "Å^2/ps", true),
    /** Haven ratio H_R = D* / D_sigma. */
    HAVEN_RATIO("H_R", "1", true),
    /** Tracer correlation factor f = D* / D_random. */
    CORRELATION_FACTOR("f", "1", true),
    /** Jump rate per ion Gamma, 1/ps. */
    JUMP_RATE("Gamma", "1/ps", true),
    /** Jump distance a, Å. */
    JUMP_DISTANCE("a", "Å", true),
    /** Effective attempt frequency nu_0 exp(dS/k_B), THz. */
    EFFECTIVE_ATTEMPT_FREQUENCY("nu0_exp_dS", "THz", true),
    /** Activation enthalpy dH of the jump rate, eV. */
    ACTIVATION_ENTHALPY("dH", "eV", false);

    private final String symbol;
    private final String unit;
    private final boolean logarithmic;

    TransportQuantity(String symbol, String unit, boolean logarithmic) {
        this.symbol = symbol;
        this.unit = unit;
        this.logarithmic = logarithmic;
    }

    /** Short symbol used in outputs. */
    public String symbol() {
        return symbol;
    }

    /** Internal unit. */
    public String unit() {
        return unit;
    }

    /** Whether the check works with its logarithm (positive quantities) rather than its value. */
    public boolean logarithmic() {
        return logarithmic;
    }
}
