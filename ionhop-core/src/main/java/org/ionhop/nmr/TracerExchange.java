package org.ionhop.nmr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.stats.Measured;

/**
 * The tracer-exchange facade: a 6Li-fraction table and settings in, a {@link TracerExchangeResult} out.
 *
 * <p>First-order models ({@link TracerExchangeKinetics#pools}) are fitted with the parameters ln r_e per exchanging
 * pair, the amount fractions w through w_i = exp(u_i) / sum exp(u) (u_last = 0), and the initial fractions x_i(0);
 * the fit is started from three rate scales and the lowest residual is kept. With three components the chains
 * (each component once in the middle) and the triangle are compared by BIC; in the best chain the middle component
 * is the one the Li must pass. The sphere model fits each component on its own with ln(D/a²), x(0) and x(inf).
 * Errors are first order from the covariance scaled by the reduced chi-squared. Method and validation:
 * {@code docs/nmr.md}.
 */
public final class TracerExchange {
    private static final int CURVE_POINTS = 241;
    private static final double RISE = 0.1;

    private TracerExchange() {
    }

    /** Reads and fits a table. */
    public static TracerExchangeResult run(Path table, TracerExchangeSettings settings) {
        return run(TracerExchangeData.read(table), settings);
    }

    /** Fits a table. */
    public static TracerExchangeResult run(TracerExchangeData data, TracerExchangeSettings settings) {
        int m = data.components().size();
        TracerExchangeModel model = settings.model();
        if (model == TracerExchangeModel.SPHERE_DIFFUSION) {
            InvalidSettingException.require(Double.isFinite(settings.radiusUm()), "radiusUm",
                    "the sphere-diffusion model needs a particle radius in µm, got none");
            InvalidSettingException.require(data.rows() >= 4, "model",
                    "the sphere-diffusion model needs at least 4 time points per component, got " + data.rows());
            return spheres(data, settings);
        }
        int need = model == TracerExchangeModel.TWO_POOL ? 2 : model == TracerExchangeModel.THREE_POOL ? 3 : 0;
        InvalidSettingException.require(need == 0 ? m == 2 || m == 3 : m == need, "model",
                (need == 0 ? "first-order exchange needs two or three components" : model.label() + " needs " + need
                        + " components") + ", got " + m + " in " + data.source());
        List<int[][]> topologies = new ArrayList<>();
        if (m == 2) {
            topologies.add(new int[][] {{0, 1}});
        } else {
            for (int mid = 0; mid < 3; mid++) {
                int a = (mid + 1) % 3;
                int b = (mid + 2) % 3;
                topologies.add(new int[][] {{Math.min(a, b), mid}, {mid, Math.max(a, b)}});
            }
            topologies.add(new int[][] {{0, 1}, {1, 2}, {0, 2}});
        }
        List<TracerExchangeCandidate> candidates = new ArrayList<>();
        TracerExchangeFitter.Fit best = null;
        int[][] bestEdges = null;
        String bestName = null;
        List<TracerExchangeFitter.Fit> chainFits = new ArrayList<>();
        List<int[][]> chainEdges = new ArrayList<>();
        for (int[][] edges : topologies) {
            TracerExchangeFitter.Fit fit = fitPools(data, edges, starts(data, edges, chainFits, chainEdges));
            if (edges.length == 2) {
                chainFits.add(fit);
                chainEdges.add(edges);
            }
            int npar = fit.p().length;
            InvalidSettingException.require(fit.n() > npar, "model", "the " + model.label() + " model has " + npar
                    + " parameters, more than the " + fit.n() + " data points");
            String name = topologyName(data.components(), edges);
            candidates.add(new TracerExchangeCandidate(name, npar, fit.chi2Reduced(), fit.bic()));
            if (best == null || fit.bic() < best.bic()) {
                best = fit;
                bestEdges = edges;
                bestName = name;
            }
        }
        return poolResult(data, settings, best, bestEdges, bestName, candidates);
    }

    /**
     * Starting points: equal rates on three scales; for the triangle also each chain's optimum with the missing
     * pair's rate 1/50 of the chain's smaller one, since the triangle contains every chain as a limit and a fit
     * from equal rates can stop in a worse local minimum.
     */
    private static List<double[]> starts(TracerExchangeData data, int[][] edges,
                                         List<TracerExchangeFitter.Fit> chainFits, List<int[][]> chainEdges) {
        int m = data.components().size();
        double tEnd = data.timesS()[data.rows() - 1];
        List<double[]> out = new ArrayList<>();
        for (double scale : new double[] {0.3, 3, 30}) {
            double[] p0 = new double[edges.length + m - 1 + m];
            for (int e = 0; e < edges.length; e++) {
                p0[e] = Math.log(scale / (m * tEnd));
            }
            for (int j = 0; j < m; j++) {
                p0[edges.length + m - 1 + j] = data.fractions()[j][0];
            }
            out.add(p0);
        }
        if (edges.length == 3) {
            for (int c = 0; c < chainFits.size(); c++) {
                double[] pc = chainFits.get(c).p();
                int[][] ce = chainEdges.get(c);
                double[] p0 = new double[edges.length + 2 * m - 1];
                double low = Math.min(pc[0], pc[1]) - Math.log(50);
                for (int e = 0; e < 3; e++) {
                    p0[e] = low;
                    for (int k = 0; k < 2; k++) {
                        if (same(edges[e], ce[k])) {
                            p0[e] = pc[k];
                        }
                    }
                }
                System.arraycopy(pc, 2, p0, 3, 2 * m - 1);
                out.add(p0);
            }
        }
        return out;
    }

    private static boolean same(int[] a, int[] b) {
        return a[0] == b[0] && a[1] == b[1] || a[0] == b[1] && a[1] == b[0];
    }

    private static TracerExchangeFitter.Fit fitPools(TracerExchangeData data, int[][] edges, List<double[]> starts) {
        int m = data.components().size();
        double[] t = data.timesS();
        double[] y = observed(data);
        TracerExchangeFitter.Model model = p -> flatten(predictPools(p, m, edges, t));
        TracerExchangeFitter.Fit best = null;
        for (double[] p0 : starts) {
            TracerExchangeFitter.Fit fit = TracerExchangeFitter.fit(model, y, p0, "tracer-exchange");
            if (best == null || fit.rss() < best.rss()) {
                best = fit;
            }
        }
        return best;
    }

    /** Amount fractions from the softmax parameters. */
    private static double[] amounts(double[] p, int m, int offset) {
        double[] w = new double[m];
        double sum = 0;
        for (int j = 0; j < m; j++) {
            // clamped so that a trial step of the optimiser cannot overflow the exponential
            w[j] = j < m - 1 ? Math.exp(clamp(p[offset + j], 30)) : 1;
            sum += w[j];
        }
        for (int j = 0; j < m; j++) {
            w[j] /= sum;
        }
        return w;
    }

    private static double[][] predictPools(double[] p, int m, int[][] edges, double[] t) {
        double[][] r = new double[m][m];
        for (int e = 0; e < edges.length; e++) {
            double v = Math.exp(clamp(p[e], 60));
            r[edges[e][0]][edges[e][1]] = v;
            r[edges[e][1]][edges[e][0]] = v;
        }
        double[] w = amounts(p, m, edges.length);
        double[] x0 = new double[m];
        System.arraycopy(p, edges.length + m - 1, x0, 0, m);
        return TracerExchangeKinetics.pools(w, r, x0, t);
    }

    private static TracerExchangeResult poolResult(TracerExchangeData data, TracerExchangeSettings settings,
                                                   TracerExchangeFitter.Fit fit, int[][] edges, String name,
                                                   List<TracerExchangeCandidate> candidates) {
        int m = data.components().size();
        int ne = edges.length;
        List<TracerExchangePool> pools = new ArrayList<>();
        double tEnd = data.timesS()[data.rows() - 1];
        double[] grid = new double[CURVE_POINTS];
        for (int k = 0; k < CURVE_POINTS; k++) {
            grid[k] = 1.05 * tEnd * k / (CURVE_POINTS - 1);
        }
        double[][] curves = predictPools(fit.p(), m, edges, grid);
        // a long fine grid for the rise times: 20 times the slowest time constant or the data span
        double[] fine = new double[20_001];
        double slowest = 1 / Math.exp(minOf(fit.p(), ne));
        for (int k = 0; k < fine.length; k++) {
            fine[k] = Math.max(tEnd, 20 * slowest) * k / (fine.length - 1);
        }
        double[][] fineCurves = predictPools(fit.p(), m, edges, fine);
        for (int j = 0; j < m; j++) {
            final int jj = j;
            Measured w = fit.derived(p -> amounts(p, m, ne)[jj]);
            Measured x0 = fit.derived(p -> p[ne + m - 1 + jj]);
            Measured xInf = fit.derived(p -> {
                double[] ww = amounts(p, m, ne);
                double s = 0;
                for (int i = 0; i < m; i++) {
                    s += ww[i] * p[ne + m - 1 + i];
                }
                return s;
            });
            pools.add(new TracerExchangePool(data.components().get(j), w, x0, xInf,
                    riseTime(fine, fineCurves[j], x0.value(), xInf.value()), Measured.undetermined(Double.NaN)));
        }
        List<TracerExchangeRate> rates = new ArrayList<>();
        for (int e = 0; e < ne; e++) {
            final int ee = e;
            int a = edges[e][0];
            int b = edges[e][1];
            Measured r = fit.derived(p -> Math.exp(p[ee]));
            Measured kab = fit.derived(p -> Math.exp(p[ee]) / amounts(p, m, ne)[a]);
            Measured kba = fit.derived(p -> Math.exp(p[ee]) / amounts(p, m, ne)[b]);
            rates.add(new TracerExchangeRate(data.components().get(a), data.components().get(b), r, kab, kba));
        }
        String[] roles = roles(pools);
        return new TracerExchangeResult(data.source(), settings.model(), name, pools, rates, candidates, roles[0],
                roles[1], fit.n(), fit.p().length, fit.chi2Reduced(), fit.bic(), grid, curves, settings);
    }

    private static TracerExchangeResult spheres(TracerExchangeData data, TracerExchangeSettings settings) {
        int m = data.components().size();
        double[] t = data.timesS();
        double tEnd = t[t.length - 1];
        double aCm = settings.radiusUm() * 1e-4;
        List<TracerExchangePool> pools = new ArrayList<>();
        double rss = 0;
        double[] grid = new double[CURVE_POINTS];
        for (int k = 0; k < CURVE_POINTS; k++) {
            grid[k] = 1.05 * tEnd * k / (CURVE_POINTS - 1);
        }
        double[][] curves = new double[m][];
        for (int j = 0; j < m; j++) {
            double[] y = data.fraction(j);
            TracerExchangeFitter.Model model = p -> sphereCurve(p, t);
            TracerExchangeFitter.Fit best = null;
            for (double scale : new double[] {0.01, 0.1, 1, 10}) {
                double[] p0 = {Math.log(scale / tEnd), y[0], y[y.length - 1]};
                TracerExchangeFitter.Fit fit = TracerExchangeFitter.fit(model, y, p0, "sphere-diffusion");
                if (best == null || fit.rss() < best.rss()) {
                    best = fit;
                }
            }
            rss += best.rss();
            Measured d = best.derived(p -> Math.exp(p[0]) * aCm * aCm);
            double rate = Math.exp(best.p()[0]);
            // tau at 10 % uptake, by bisection of Crank's series
            double lo = 0;
            double hi = 1;
            for (int it = 0; it < 200; it++) {
                double mid = 0.5 * (lo + hi);
                if (TracerExchangeKinetics.sphereUptake(mid) < RISE) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            curves[j] = sphereCurve(best.p(), grid);
            pools.add(new TracerExchangePool(data.components().get(j), Measured.undetermined(Double.NaN),
                    best.derived(p -> p[1]), best.derived(p -> p[2]), 0.5 * (lo + hi) / rate, d));
        }
        int n = m * t.length;
        int k = 3 * m;
        double bic = n * Math.log(rss / n) + k * Math.log(n);
        double chi2 = rss / (n - k);
        String[] roles = roles(pools);
        List<TracerExchangeCandidate> candidates = List.of(new TracerExchangeCandidate("spheres", k, chi2, bic));
        return new TracerExchangeResult(data.source(), settings.model(), "spheres", pools, List.of(), candidates,
                roles[0], roles[1], n, k, chi2, bic, grid, curves, settings);
    }

    private static double[] sphereCurve(double[] p, double[] t) {
        double rate = Math.exp(p[0]);
        double[] f = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            f[i] = p[1] + (p[2] - p[1]) * TracerExchangeKinetics.sphereUptake(rate * t[i]);
        }
        return f;
    }

    /** Donor (richest at t = 0) and the first receiver (shortest rise time among the others). */
    private static String[] roles(List<TracerExchangePool> pools) {
        int donor = 0;
        for (int j = 1; j < pools.size(); j++) {
            if (pools.get(j).initialFraction().value() > pools.get(donor).initialFraction().value()) {
                donor = j;
            }
        }
        int first = -1;
        for (int j = 0; j < pools.size(); j++) {
            if (j != donor && (first < 0 || pools.get(j).riseTimeS() < pools.get(first).riseTimeS())) {
                first = j;
            }
        }
        return new String[] {pools.get(donor).name(), first < 0 ? "" : pools.get(first).name()};
    }

    /** First time at which |x - x0| reaches 10 % of |x_inf - x0| (linear interpolation on the grid). */
    private static double riseTime(double[] t, double[] x, double x0, double xInf) {
        double target = RISE * Math.abs(xInf - x0);
        if (!(target > 0)) {
            return Double.NaN;
        }
        for (int k = 1; k < t.length; k++) {
            double d = Math.abs(x[k] - x0);
            if (d >= target) {
                double prev = Math.abs(x[k - 1] - x0);
                return t[k - 1] + (t[k] - t[k - 1]) * (target - prev) / (d - prev);
            }
        }
        return Double.NaN;
    }

    private static double clamp(double x, double limit) {
        return Math.max(-limit, Math.min(limit, x));
    }

    private static double minOf(double[] p, int n) {
        double v = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            v = Math.min(v, p[i]);
        }
        return v;
    }

    private static double[] observed(TracerExchangeData data) {
        return flatten(data.fractions());
    }

    private static double[] flatten(double[][] a) {
        int n = 0;
        for (double[] r : a) {
            n += r.length;
        }
        double[] out = new double[n];
        int k = 0;
        for (double[] r : a) {
            System.arraycopy(r, 0, out, k, r.length);
            k += r.length;
        }
        return out;
    }

    private static String topologyName(List<String> names, int[][] edges) {
        if (edges.length == 1) {
            return names.get(edges[0][0]) + "-" + names.get(edges[0][1]);
        }
        if (edges.length == 3) {
            return names.get(0) + "-" + names.get(1) + "-" + names.get(2) + "-" + names.get(0);
        }
        int mid = edges[0][1];
        return names.get(edges[0][0]) + "-" + names.get(mid) + "-" + names.get(edges[1][1]);
    }
}
