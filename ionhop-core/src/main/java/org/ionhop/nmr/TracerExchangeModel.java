package org.ionhop.nmr;

import java.util.Locale;

/** The exchange models of {@link TracerExchange}. */
public enum TracerExchangeModel {
    /** First-order exchange between the components: two-pool for two columns, three-pool for three. */
    FIRST_ORDER,
    /** First-order exchange between two pools. */
    TWO_POOL,
    /** First-order exchange between three pools; the chain topologies and the triangle compared by BIC. */
    THREE_POOL,
    /** Diffusion-limited exchange of each component as spheres of one radius in a well-stirred reservoir. */
    SPHERE_DIFFUSION;

    /** The command-line spelling ({@code first-order}, {@code sphere-diffusion}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses the command-line spelling. */
    public static TracerExchangeModel parse(String s) {
        for (TracerExchangeModel m : values()) {
            if (m.label().equalsIgnoreCase(s.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("expected first-order, two-pool, three-pool or sphere-diffusion, found '"
                + s + "'");
    }
}
