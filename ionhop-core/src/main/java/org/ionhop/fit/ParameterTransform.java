package org.ionhop.fit;

/**
 * Maps an unconstrained fit variable u to a bounded physical parameter p (bounds by reparametrisation):
 * with only a lower bound, p = lo + exp(u) (a log parameter: positive values, relative steps, which suits
 * quantities spanning decades such as R and Q); with both bounds, p = lo + (hi - lo) / (1 + exp(-u)).
 *
 * @param lower lower bound (finite)
 * @param upper upper bound (may be +infinity)
 */
public record ParameterTransform(double lower, double upper) {
    /** Checks the bounds. */
    public ParameterTransform {
        if (!Double.isFinite(lower) || !(upper > lower)) {
            throw new IllegalArgumentException("bounds need a finite lower bound below the upper one, got [" + lower
                    + ", " + upper + "]");
        }
    }

    /** Whether the upper bound is finite (logistic map) rather than infinite (exponential map). */
    public boolean bothBounds() {
        return Double.isFinite(upper);
    }

    /** The physical value p(u). */
    public double toPhysical(double u) {
        return bothBounds() ? lower + (upper - lower) / (1 + Math.exp(-u)) : lower + Math.exp(u);
    }

    /** The fit variable for a physical value, which is first pulled strictly inside the bounds. */
    public double toInternal(double p) {
        double width = bothBounds() ? upper - lower : Math.max(Math.abs(lower), Math.abs(p));
        double eps = 1e-9 * (width > 0 ? width : 1);
        double q = Math.max(p, lower + eps);
        if (bothBounds()) {
            q = Math.min(q, upper - eps);
            return Math.log((q - lower) / (upper - q));
        }
        return Math.log(q - lower);
    }

    /** dp/du at u (for propagating the covariance to physical parameters). */
    public double derivative(double u) {
        if (bothBounds()) {
            double s = 1 / (1 + Math.exp(-u));
            return (upper - lower) * s * (1 - s);
        }
        return Math.exp(u);
    }
}
