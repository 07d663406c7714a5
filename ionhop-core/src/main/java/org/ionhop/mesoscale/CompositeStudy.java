package org.ionhop.mesoscale;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.io.NumericalFailureException;
import org.ionhop.stats.Measured;
import org.ionhop.transport.ArrheniusConvention;
import org.ionhop.units.Constants;

/**
 * Facade of the composite-electrolyte analysis (docs/mesoscale.md): the effective conductivity of a filler in a
 * matrix, with an interface shell, against the filler fraction; its maximum; sigma(T) and the apparent activation
 * energy at each fraction; the interface shell fitted to measured data; and the resistor-network check of the
 * model.
 */
public final class CompositeStudy {
    /** Points of the dense fraction grid of the curve and of the maximum search. */
    static final int GRID = 401;

    private CompositeStudy() {
    }

    /** Evaluates the settings' model at every fraction, on a dense curve, and locates the maximum. */
    public static CompositeResult run(CompositeSettings s) {
        List<CompositePoint> points = new ArrayList<>();
        for (double f : s.fractions()) {
            points.add(point(s, f, true));
        }
        List<CompositePoint> curve = new ArrayList<>();
        for (int i = 0; i < GRID; i++) {
            curve.add(point(s, i / (GRID - 1.0), !s.temperaturesK().isEmpty()));
        }
        return new CompositeResult(s, points, maximum(s, curve), curve);
    }

    /** The composite at one fraction (of the settings' type) and the reference temperature. */
    static CompositePoint point(CompositeSettings s, double fraction, boolean withTemperatures) {
        double phi = s.volumeFraction(fraction);
        double fint = s.interfaceFraction(phi);
        double t0 = s.referenceTemperatureK();
        double sigma = sigma(s, phi, t0);
        Bounds bounds = bounds(s, phi, t0);
        double ea = Double.NaN;
        List<TemperaturePoint> st = new ArrayList<>();
        if (withTemperatures && !s.temperaturesK().isEmpty()) {
            ea = apparentEaEv(s, phi, t0);
            for (double t : s.temperaturesK()) {
                st.add(new TemperaturePoint(t, sigma(s, phi, t), apparentEaEv(s, phi, t)));
            }
        }
        return new CompositePoint(fraction, phi, s.model() == CompositeModel.CORE_SHELL ? fint : Double.NaN,
                sigma, bounds, ea, st);
    }

    /** The model's conductivity (S/cm) at a filler volume fraction and a temperature (K). */
    public static double sigma(CompositeSettings s, double volumeFraction, double temperatureK) {
        return s.model().sigma(s.matrix().sigma(temperatureK), s.filler().sigma(temperatureK),
                s.shell().sigma(temperatureK), volumeFraction, s.interfaceFraction(volumeFraction));
    }

    /** Wiener and Hashin-Shtrikman bounds of the model's phases at a volume fraction and temperature. */
    public static Bounds bounds(CompositeSettings s, double volumeFraction, double temperatureK) {
        double sm = s.matrix().sigma(temperatureK);
        double sf = s.filler().sigma(temperatureK);
        if (s.model() == CompositeModel.CORE_SHELL) {
            double fint = s.interfaceFraction(volumeFraction);
            return Bounds.of(new double[] {volumeFraction, fint, 1 - volumeFraction - fint},
                    new double[] {sf, s.shell().sigma(temperatureK), sm});
        }
        return Bounds.of(new double[] {volumeFraction, 1 - volumeFraction}, new double[] {sf, sm});
    }

    /**
     * The apparent activation energy E_a = -d ln y / d beta, beta = 1 / k_B T, y = sigma or sigma T by the
     * settings' convention, by a central difference in beta with step 1e-4 beta (truncation error of order
     * 1e-8 relative for these smooth functions, far below the rounding of the reported digits).
     */
    public static double apparentEaEv(CompositeSettings s, double volumeFraction, double temperatureK) {
        double beta = 1 / (Constants.BOLTZMANN_EV_PER_K * temperatureK);
        double h = 1e-4 * beta;
        double yp = lnY(s, volumeFraction, beta + h);
        double ym = lnY(s, volumeFraction, beta - h);
        return -(yp - ym) / (2 * h);
    }

    private static double lnY(CompositeSettings s, double phi, double beta) {
        double t = 1 / (Constants.BOLTZMANN_EV_PER_K * beta);
        double sigma = sigma(s, phi, t);
        return Math.log(s.convention() == ArrheniusConvention.TIMES_T ? sigma * t : sigma);
    }

    /** Best grid point, then golden-section search on its two neighbouring intervals. */
    static CompositeMaximum maximum(CompositeSettings s, List<CompositePoint> curve) {
        int best = 0;
        for (int i = 1; i < curve.size(); i++) {
            if (curve.get(i).sigmaSCm() > curve.get(best).sigmaSCm()) {
                best = i;
            }
        }
        double x;
        if (best == 0 || best == curve.size() - 1) {
            x = curve.get(best).fraction();
        } else {
            x = goldenSection(s, curve.get(best - 1).fraction(), curve.get(best + 1).fraction());
        }
        double t0 = s.referenceTemperatureK();
        double phi = s.volumeFraction(x);
        double sigma = sigma(s, phi, t0);
        boolean interior = sigma > curve.get(0).sigmaSCm() && sigma > curve.get(curve.size() - 1).sigmaSCm();
        return new CompositeMaximum(x, phi, s.model() == CompositeModel.CORE_SHELL ? s.interfaceFraction(phi)
                : Double.NaN, sigma, interior);
    }

    private static double goldenSection(CompositeSettings s, double lo, double hi) {
        final double g = (Math.sqrt(5) - 1) / 2;
        double t0 = s.referenceTemperatureK();
        double a = lo;
        double b = hi;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        double fc = sigma(s, s.volumeFraction(c), t0);
        double fd = sigma(s, s.volumeFraction(d), t0);
        while (b - a > 1e-12) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = sigma(s, s.volumeFraction(c), t0);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = sigma(s, s.volumeFraction(d), t0);
            }
        }
        return (a + b) / 2;
    }

    /**
     * Fits the interface shell (conductivity and thickness) of the core-shell model to measured conductivities at
     * the reference temperature; everything else stays as in the settings, whose shell values start the fit.
     * Residuals are ln sigma_model - ln sigma_data, divided by the relative error when errors are given; the
     * parameters are ln sigma_shell and ln t (both stay positive). Levenberg-Marquardt (Hipparchus, after MINPACK);
     * standard errors from the covariance (J^T J)^-1 scaled by the reduced chi^2, propagated to sigma_shell and t
     * through d x = x d ln x.
     *
     * @throws InvalidSettingException   if the model is not core-shell or the start has no shell
     * @throws NumericalFailureException if the optimiser does not converge
     */
    public static ShellFit fit(CompositeSettings s, CompositeData data) {
        InvalidSettingException.require(s.model() == CompositeModel.CORE_SHELL, "model",
                "the fit adjusts the interface shell, so it needs core-shell; got " + s.model().label());
        InvalidSettingException.require(s.sigmaShellSCm() > 0, "sigmaShellSCm",
                "the fit starts from the shell conductivity: expected > 0, got " + s.sigmaShellSCm());
        InvalidSettingException.require(s.shellNm() > 0, "shellNm",
                "the fit starts from the shell thickness: expected > 0, got " + s.shellNm());
        int m = data.size();
        double[] w = new double[m];
        for (int i = 0; i < m; i++) {
            w[i] = data.sigmaErrSCm() == null ? 1 : data.sigmaErrSCm()[i] / data.sigmaSCm()[i];
        }
        double[] start = {Math.log(s.sigmaShellSCm()), Math.log(s.shellNm())};
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(start)
                .target(new double[m])
                .model(u -> valueAndJacobian(s, data, w, u))
                .maxEvaluations(10000)
                .maxIterations(2000)
                .build();
        LeastSquaresOptimizer.Optimum opt;
        try {
            opt = new LevenbergMarquardtOptimizer().withCostRelativeTolerance(1e-12)
                    .withParameterRelativeTolerance(1e-12).optimize(problem);
        } catch (MathIllegalStateException e) {
            throw new NumericalFailureException("the core-shell fit did not converge: " + e.getMessage(), e);
        }
        double[] u = opt.getPoint().toArray();
        double cost = opt.getCost();
        double chi2 = cost * cost;
        int dof = m - 2;
        double red = dof > 0 ? chi2 / dof : Double.NaN;
        RealMatrix cov;
        try {
            cov = opt.getCovariances(1e-14).scalarMultiply(red);
        } catch (RuntimeException e) {
            throw new NumericalFailureException("the core-shell fit is singular: shell conductivity and thickness "
                    + "cannot both be determined from these points", e);
        }
        double sShell = Math.exp(u[0]);
        double t = Math.exp(u[1]);
        double e0 = Math.sqrt(cov.getEntry(0, 0));
        double e1 = Math.sqrt(cov.getEntry(1, 1));
        return new ShellFit(new Measured(sShell, sShell * e0, m), new Measured(t, t * e1, m),
                cov.getEntry(0, 1) / (e0 * e1), chi2, dof, red, opt.getIterations());
    }

    /** Weighted log residuals of the core-shell model and their Jacobian by central differences. */
    private static Pair<RealVector, RealMatrix> valueAndJacobian(CompositeSettings s, CompositeData d, double[] w,
                                                                 RealVector u) {
        double[] p = u.toArray();
        double[] r = residuals(s, d, w, p);
        RealMatrix jac = new Array2DRowRealMatrix(r.length, 2);
        for (int j = 0; j < 2; j++) {
            double h = 1e-6;
            double[] pp = p.clone();
            double[] pm = p.clone();
            pp[j] += h;
            pm[j] -= h;
            double[] rp = residuals(s, d, w, pp);
            double[] rm = residuals(s, d, w, pm);
            for (int i = 0; i < r.length; i++) {
                jac.setEntry(i, j, (rp[i] - rm[i]) / (2 * h));
            }
        }
        return new Pair<>(new ArrayRealVector(r, false), jac);
    }

    private static double[] residuals(CompositeSettings s, CompositeData d, double[] w, double[] p) {
        CompositeSettings trial = s.withShell(Math.exp(p[0]), Math.exp(p[1]));
        double[] r = new double[d.size()];
        for (int i = 0; i < r.length; i++) {
            double phi = trial.volumeFraction(d.fractions()[i]);
            double model = sigma(trial, phi, trial.referenceTemperatureK());
            r[i] = (Math.log(model) - Math.log(d.sigmaSCm()[i])) / w[i];
        }
        return r;
    }

    /**
     * The resistor network at each of the settings' fractions, at the reference temperature: the particle radius is
     * {@code network.radiusVoxels()} voxels and the shell thickness scales with it (t / r voxels per radius voxel);
     * the model is evaluated at the realised mean filler fraction (and, for core-shell, the realised interface
     * fraction) so that the comparison is not blurred by the discreteness of the spheres. The {@code sites} and
     * {@code bonds} geometries have no shell: there a core-shell model is compared as Bruggeman of filler and
     * matrix.
     */
    public static List<NetworkPoint> networkCheck(CompositeSettings s, NetworkSettings network) {
        double t0 = s.referenceTemperatureK();
        double sm = s.matrix().sigma(t0);
        double sf = s.filler().sigma(t0);
        double ss = s.shell().sigma(t0);
        boolean withShell = s.model() == CompositeModel.CORE_SHELL && network.geometry() == NetworkGeometry.SPHERES;
        double shellVoxels = withShell ? network.radiusVoxels() * s.shellNm() / s.radiusNm() : 0;
        List<NetworkPoint> out = new ArrayList<>();
        for (double f : s.fractions()) {
            double phi = s.volumeFraction(f);
            double[][] samples = ResistorNetwork.sample(network, shellVoxels, phi, sm, sf, ss);
            int k = samples.length;
            double[] sig = new double[k];
            double[] ff = new double[k];
            double[] fi = new double[k];
            int iters = 0;
            for (int i = 0; i < k; i++) {
                sig[i] = samples[i][0];
                ff[i] = samples[i][1];
                fi[i] = samples[i][2];
                iters = Math.max(iters, (int) samples[i][3]);
            }
            Measured mf = Measured.mean(ff);
            Measured mi = Measured.mean(fi);
            double model = withShell
                    ? EffectiveMedium.coreShell(sm, sf, ss, mf.value(), mi.value())
                    : s.model() == CompositeModel.CORE_SHELL ? EffectiveMedium.bruggeman(sm, sf, mf.value())
                    : s.model().sigma(sm, sf, ss, mf.value(), 0);
            out.add(new NetworkPoint(f, phi, mf, mi, Measured.mean(sig), model,
                    EffectiveMedium.bruggeman(sm, sf, mf.value()), iters));
        }
        return out;
    }
}
