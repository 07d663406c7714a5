package org.ionhop.neb;

/** Whether the band is converged by its forces. */
public enum NebConvergence {
    /** Every intermediate image's perpendicular (climbing image: total) force is below the threshold. */
    CONVERGED,
    /** Some image's force is above the threshold. */
    NOT_CONVERGED,
    /** Some intermediate image has no forces, so convergence cannot be judged. */
    UNKNOWN
}
