package org.ionhop.transport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;

import org.ionhop.units.Units;

/**
 * Checks transport numbers from different sources against each other and derives what they imply.
 *
 * <p>Ten quantities ({@link TransportQuantity}) obey four relations at one temperature (docs/physics.md; the seeds' Eq. 1):
 * <pre>
 *   sigma = c q^2 D_sigma / (k_B T)             (Nernst-Einstein)
 *   H_R   = D* / D_sigma                         (Haven ratio)
 *   D*    = f Gamma a^2 / (2d)                   (random walk with correlation factor f)
 *   Gamma = nu_0 exp(dS/k_B) exp(-dH / k_B T)    (jump rate)
 * </pre>
 * In logarithms (and dH itself) these are linear, so with measurements y_k +- s_k (s_k of ln y for positive
 * quantities, i.e. the relative error) the best estimate of all ten is a weighted least-squares problem on the
 * six-dimensional solution space of the relations (Hipparchus SVD). A quantity is implied when the measurements
 * determine it (its row lies in the row space of the measured ones); its standard error comes from the covariance.
 * With more measurements than free directions the fit has dof = k - rank degrees of freedom and chi^2 tests
 * consistency; each measurement is also compared with the value the others imply (leave-one-out z-score). Implied
 * f above 1 is flagged too (a tracer correlation factor cannot exceed 1).
 *
 * <p>A measurement given with zero error is treated as exact to a relative 1e-9.
 */
public final class ConsistencyCheck {
    private static final int N = TransportQuantity.values().length;
    private static final double EXACT_REL = 1e-9;
    private static final double RANK_TOL = 1e-9;

    private ConsistencyCheck() {
    }

    /**
     * One measured or assumed value.
     *
     * @param quantity which
     * @param value    value in the quantity's internal unit
     * @param stdErr   standard error in the same unit (0 for exact)
     * @param source   where it came from (e.g. "PFG-NMR", "EIS", "AIMD")
     */
    public record Measurement(TransportQuantity quantity, double value, double stdErr, String source) {
        /** Validates. */
        public Measurement {
            if (!Double.isFinite(value) || (quantity.logarithmic() && !(value > 0))) {
                throw new IllegalArgumentException(quantity.symbol() + " must be " + (quantity.logarithmic()
                        ? "positive" : "finite") + ", found " + value);
            }
            if (!(stdErr >= 0) || !Double.isFinite(stdErr)) {
                throw new IllegalArgumentException(quantity.symbol() + ": standard error must be >= 0, found " + stdErr);
            }
        }

        double y() {
            return quantity.logarithmic() ? Math.log(value) : value;
        }

        double s() {
            double rel = quantity.logarithmic() ? stdErr / value : stdErr;
            double floor = quantity.logarithmic() ? EXACT_REL : EXACT_REL * Math.max(1, Math.abs(value));
            return Math.max(rel, floor);
        }
    }

    /**
     * The estimate of one quantity.
     *
     * @param quantity   which
     * @param determined whether the measurements fix it
     * @param value      best estimate (NaN when not determined)
     * @param stdErr     its standard error (first order for logarithmic quantities)
     * @param measured   the measurement of it, or null
     * @param looZ       for a measured quantity: (measured - implied by the others) / combined error, NaN if the
     *                   others do not determine it (for logarithmic quantities in ln y)
     * @param impliedByOthers for a measured quantity: the value the other measurements imply, NaN if none
     */
    public record Estimate(TransportQuantity quantity, boolean determined, double value, double stdErr,
                           Measurement measured, double looZ, double impliedByOthers) {
    }

    /**
     * The result of the check.
     *
     * @param temperatureK    T
     * @param chargeE         q
     * @param dimension       d
     * @param estimates       one per quantity, in enum order
     * @param chiSquare       chi^2 of the weighted fit
     * @param degreesOfFreedom measurements minus independent directions they fix
     * @param pValue          probability of a chi^2 at least this large if all are consistent (NaN when dof = 0)
     * @param consistent      whether p >= alpha (true when dof = 0) and no physical bound is violated
     * @param findings        plain-language notes: implied values, inconsistencies, violated bounds
     */
    public record Result(double temperatureK, double chargeE, int dimension, List<Estimate> estimates,
                         double chiSquare, int degreesOfFreedom, double pValue, boolean consistent,
                         List<String> findings) {
        /** The estimate of one quantity. */
        public Estimate get(TransportQuantity q) {
            return estimates.get(q.ordinal());
        }
    }

    /**
     * Runs the check.
     *
     * @param measurements what the user has (each quantity at most once)
     * @param temperatureK T in K
     * @param chargeE      charge of the mobile ion in e
     * @param dimension    d of the random walk (3 for bulk)
     * @param alpha        significance level for inconsistency (e.g. 0.05)
     */
    public static Result check(List<Measurement> measurements, double temperatureK, double chargeE, int dimension,
                               double alpha) {
        if (!(temperatureK > 0) || chargeE == 0 || dimension < 1 || dimension > 3 || !(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("consistency check needs T > 0, q != 0, d in 1..3 and 0 < alpha < 1");
        }
        Map<TransportQuantity, Measurement> byQ = new EnumMap<>(TransportQuantity.class);
        for (Measurement m : measurements) {
            if (byQ.put(m.quantity(), m) != null) {
                throw new IllegalArgumentException(m.quantity().symbol() + " is given twice");
            }
        }
        if (byQ.isEmpty()) {
            throw new IllegalArgumentException("the consistency check needs at least one measured quantity");
        }
        Space space = new Space(temperatureK, chargeE, dimension);
        Fit all = space.fit(new ArrayList<>(byQ.values()));
        List<Estimate> estimates = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        boolean bounds = true;
        for (TransportQuantity q : TransportQuantity.values()) {
            Measurement m = byQ.get(q);
            double looZ = Double.NaN;
            double implied = Double.NaN;
            if (m != null && byQ.size() > 1) {
                List<Measurement> others = new ArrayList<>(byQ.values());
                others.remove(m);
                Fit rest = space.fit(others);
                if (rest.determined(q)) {
                    double diff = m.y() - rest.mean(q);
                    looZ = diff / Math.sqrt(m.s() * m.s() + rest.variance(q));
                    implied = rest.value(q);
                    if (Math.abs(looZ) > 2) {
                        findings.add(String.format(java.util.Locale.ROOT,
                                "%s measured (%s) = %.4g %s differs from the %.4g implied by the others by %.1f sigma",
                                q.symbol(), m.source(), m.value(), q.unit(), implied, looZ));
                    }
                }
            }
            boolean det = all.determined(q);
            double value = det ? all.value(q) : Double.NaN;
            double err = det ? all.stdErr(q) : Double.NaN;
            estimates.add(new Estimate(q, det, value, err, m, looZ, implied));
            if (det && m == null) {
                findings.add(String.format(java.util.Locale.ROOT, "implied %s = %.4g ± %.2g %s", q.symbol(), value, err,
                        q.unit()));
            }
            if (det && q == TransportQuantity.CORRELATION_FACTOR && value - 1 > 2 * err) {
                bounds = false;
                findings.add(String.format(java.util.Locale.ROOT,
                        "f = %.3g ± %.2g exceeds 1 by more than two standard errors: a tracer correlation factor "
                                + "cannot exceed 1 (check a, Gamma or D*)", value, err));
            }
        }
        double p = all.dof > 0 ? 1 - new ChiSquaredDistribution(all.dof).cumulativeProbability(all.chi2) : Double.NaN;
        boolean statOk = all.dof == 0 || p >= alpha;
        if (!statOk) {
            findings.add(String.format(java.util.Locale.ROOT,
                    "the measurements are inconsistent: chi^2 = %.3g for %d degrees of freedom (p = %.2g < %.2g)",
                    all.chi2, all.dof, p, alpha));
        }
        return new Result(temperatureK, chargeE, dimension, List.copyOf(estimates), all.chi2, all.dof, p,
                statOk && bounds, List.copyOf(findings));
    }

    /** The solution space y = y0 + N theta of the four relations. */
    private static final class Space {
        private final RealVector y0;
        private final RealMatrix nullBasis;

        Space(double temperatureK, double chargeE, int d) {
            int s = TransportQuantity.SIGMA.ordinal();
            int c = TransportQuantity.CARRIER_DENSITY.ordinal();
            int ds = TransportQuantity.CHARGE_DIFFUSIVITY.ordinal();
            int dt = TransportQuantity.TRACER_DIFFUSIVITY.ordinal();
            int hr = TransportQuantity.HAVEN_RATIO.ordinal();
            int f = TransportQuantity.CORRELATION_FACTOR.ordinal();
            int g = TransportQuantity.JUMP_RATE.ordinal();
            int a = TransportQuantity.JUMP_DISTANCE.ordinal();
            int nu = TransportQuantity.EFFECTIVE_ATTEMPT_FREQUENCY.ordinal();
            int h = TransportQuantity.ACTIVATION_ENTHALPY.ordinal();
            // Padded with zero rows to N x N so that the SVD returns the full V, null space included.
            RealMatrix rel = new Array2DRowRealMatrix(N, N);
            RealVector rhs = new ArrayRealVector(N);
            rel.setEntry(0, s, 1);
            rel.setEntry(0, c, -1);
            rel.setEntry(0, ds, -1);
            rhs.setEntry(0, Math.log(NernstEinstein.conductivitySPerCm(1, chargeE, 1, temperatureK)));
            rel.setEntry(1, hr, 1);
            rel.setEntry(1, dt, -1);
            rel.setEntry(1, ds, 1);
            rel.setEntry(2, dt, 1);
            rel.setEntry(2, f, -1);
            rel.setEntry(2, g, -1);
            rel.setEntry(2, a, -2);
            rhs.setEntry(2, -Math.log(2.0 * d));
            rel.setEntry(3, g, 1);
            rel.setEntry(3, nu, -1);
            rel.setEntry(3, h, 1 / Units.kT(temperatureK));
            SingularValueDecomposition svd = new SingularValueDecomposition(rel);
            y0 = svd.getSolver().solve(rhs);
            RealMatrix v = svd.getV();
            int rank = svd.getRank();
            nullBasis = v.getSubMatrix(0, N - 1, rank, N - 1);
        }

        Fit fit(List<Measurement> ms) {
            int k = ms.size();
            int p = nullBasis.getColumnDimension();
            RealMatrix design = new Array2DRowRealMatrix(k, p);
            RealVector rhs = new ArrayRealVector(k);
            for (int i = 0; i < k; i++) {
                Measurement m = ms.get(i);
                int j = m.quantity().ordinal();
                double w = 1 / m.s();
                design.setRow(i, nullBasis.getRowVector(j).mapMultiply(w).toArray());
                rhs.setEntry(i, (m.y() - y0.getEntry(j)) * w);
            }
            SingularValueDecomposition svd = new SingularValueDecomposition(design);
            double[] sv = svd.getSingularValues();
            int rank = 0;
            for (double x : sv) {
                if (x > RANK_TOL * sv[0]) {
                    rank++;
                }
            }
            RealMatrix vr = svd.getV().getSubMatrix(0, p - 1, 0, rank - 1);
            RealMatrix ur = svd.getU().getSubMatrix(0, k - 1, 0, rank - 1);
            RealVector theta = new ArrayRealVector(p);
            RealMatrix cov = new Array2DRowRealMatrix(p, p);
            for (int r = 0; r < rank; r++) {
                RealVector vcol = vr.getColumnVector(r);
                theta = theta.add(vcol.mapMultiply(ur.getColumnVector(r).dotProduct(rhs) / sv[r]));
                cov = cov.add(vcol.outerProduct(vcol).scalarMultiply(1 / (sv[r] * sv[r])));
            }
            RealVector resid = rhs.subtract(design.operate(theta));
            return new Fit(this, theta, cov, vr, resid.dotProduct(resid), k - rank);
        }
    }

    /** A weighted fit on the solution space. */
    private record Fit(Space space, RealVector theta, RealMatrix cov, RealMatrix rowSpace, double chi2, int dof) {
        boolean determined(TransportQuantity q) {
            RealVector n = space.nullBasis.getRowVector(q.ordinal());
            RealVector proj = rowSpace.operate(rowSpace.transpose().operate(n));
            return n.subtract(proj).getNorm() <= 1e-8 * Math.max(1, n.getNorm());
        }

        double mean(TransportQuantity q) {
            return space.y0.getEntry(q.ordinal()) + space.nullBasis.getRowVector(q.ordinal()).dotProduct(theta);
        }

        double variance(TransportQuantity q) {
            RealVector n = space.nullBasis.getRowVector(q.ordinal());
            return n.dotProduct(cov.operate(n));
        }

        double value(TransportQuantity q) {
            return q.logarithmic() ? Math.exp(mean(q)) : mean(q);
        }

        double stdErr(TransportQuantity q) {
            double s = Math.sqrt(Math.max(variance(q), 0));
            return q.logarithmic() ? value(q) * s : s;
        }
    }
}
