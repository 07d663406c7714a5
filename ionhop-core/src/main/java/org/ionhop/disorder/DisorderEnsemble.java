package org.ionhop.disorder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

import org.ionhop.io.ProgressListener;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSource;
import org.ionhop.kmc.KmcStudy;
import org.ionhop.landscape.BvseSettings;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.landscape.LandscapeResult;
import org.ionhop.network.NetworkHop;
import org.ionhop.network.NetworkSite;
import org.ionhop.network.SiteNetwork;
import org.ionhop.network.StructureNetwork;
import org.ionhop.screen.ScreenColumn;
import org.ionhop.screen.ScreenInput;
import org.ionhop.screen.ScreenRow;
import org.ionhop.screen.ScreenSettings;
import org.ionhop.screen.ScreenTask;
import org.ionhop.structure.CifWriter;
import org.ionhop.structure.Structure;
import org.ionhop.transport.ArrheniusFit;

/**
 * An ensemble of orderings through the screen's per-structure function ({@link ScreenTask#run}): BVSE landscape,
 * descriptors and kMC estimate of each ordering, then the mean, spread and standard error of each descriptor with
 * its convergence in the number of orderings, the pooled hop-barrier distribution, and the site-energy-disorder
 * control on the ordered parent (definitions in docs/disorder.md). Orderings run in parallel, each single-threaded
 * with the screen's fixed kMC seed, so the result does not depend on the thread count.
 */
public final class DisorderEnsemble {
    /** The descriptors summarised, by their screen column names (sigma is averaged as log10). */
    public static final List<String> DESCRIPTORS = List.of("barrier_1d_eV", "barrier_3d_eV", "site_energy_spread_eV",
            "sites_within_kT300", "anion_balance", "mean_hop_barrier_eV", "log10_sigma_300K_S_cm", "Ea_eV");

    private DisorderEnsemble() {
    }

    /**
     * Screens the orderings and the parent control.
     *
     * @param parent    the ordered parent (its landscape network carries the control kMC); null to skip the control
     * @param orderings the ordered structures
     * @param s         screen settings (grid, kMC temperatures and steps, seed)
     * @param progress  progress listener
     */
    public static EnsembleResult run(Structure parent, List<Structure> orderings, ScreenSettings s,
                                     ProgressListener progress) {
        long t0 = System.nanoTime();
        int n = orderings.size();
        AtomicReferenceArray<ScreenRow> rows = new AtomicReferenceArray<>(n);
        AtomicReferenceArray<double[]> barriers = new AtomicReferenceArray<>(n);
        IntStream.range(0, n).parallel().forEach(i -> {
            Structure st = orderings.get(i);
            String text = CifWriter.toCif(st);
            String name = st.source().isEmpty() ? "ordering" + i : st.source();
            ScreenInput in = new ScreenInput(name, "", false, text,
                    ScreenInput.sha256(text.getBytes(StandardCharsets.UTF_8)), null);
            double[][] hop = new double[1][];
            rows.set(i, ScreenTask.run(in, s, progress, land -> hop[0] = hopBarriers(land.network())));
            barriers.set(i, hop[0] == null ? new double[0] : hop[0]);
        });
        List<ScreenRow> list = new ArrayList<>();
        List<double[]> hops = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(rows.get(i));
            hops.add(barriers.get(i));
        }
        List<EnsembleResult.DescriptorStats> stats = new ArrayList<>();
        for (String d : DESCRIPTORS) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = value(list.get(i), hops.get(i), d);
            }
            stats.add(stats(d, v));
        }
        EnsembleResult.HopBarriers pooled = pool(hops);
        EnsembleResult.Control control = parent == null ? new EnsembleResult.Control(Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN)
                : control(parent, s, stats.get(DESCRIPTORS.indexOf("site_energy_spread_eV")).mean(), progress);
        return new EnsembleResult(list, stats, pooled, control, (System.nanoTime() - t0) * 1e-9);
    }

    private static double value(ScreenRow r, double[] hops, String d) {
        if (!"ok".equals(r.status())) {
            return Double.NaN;
        }
        return switch (d) {
            case "barrier_1d_eV" -> r.number(ScreenColumn.BARRIER_1D_EV);
            case "barrier_3d_eV" -> r.number(ScreenColumn.BARRIER_3D_EV);
            case "site_energy_spread_eV" -> r.number(ScreenColumn.SITE_ENERGY_SPREAD_EV);
            case "sites_within_kT300" -> r.number(ScreenColumn.SITES_WITHIN_KT300);
            case "anion_balance" -> r.number(ScreenColumn.ANION_BALANCE);
            case "mean_hop_barrier_eV" -> hops.length == 0 ? Double.NaN : Arrays.stream(hops).average().orElse(Double.NaN);
            case "log10_sigma_300K_S_cm" -> {
                double sigma = r.number(ScreenColumn.SIGMA_300K_S_CM);
                yield sigma > 0 ? Math.log10(sigma) : Double.NaN;
            }
            case "Ea_eV" -> r.number(ScreenColumn.EA_EV);
            default -> throw new IllegalArgumentException(d);
        };
    }

    /** Directed hop barriers of a network: saddle minus start-site energy, each hop both ways. */
    static double[] hopBarriers(SiteNetwork net) {
        double[] out = new double[2 * net.hops().size()];
        int k = 0;
        for (NetworkHop h : net.hops()) {
            NetworkSite a = net.sites().get(h.from());
            NetworkSite b = net.sites().get(h.to());
            out[k++] = h.saddleEnergyEv() - a.energyEv();
            out[k++] = h.saddleEnergyEv() - b.energyEv();
        }
        return out;
    }

    /** Mean, sample standard deviation, standard error and running convergence of the finite values, in order. */
    static EnsembleResult.DescriptorStats stats(String name, double[] v) {
        List<EnsembleResult.ConvergencePoint> conv = new ArrayList<>();
        double sum = 0;
        double sum2 = 0;
        int m = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        for (double x : v) {
            if (!Double.isFinite(x)) {
                continue;
            }
            m++;
            sum += x;
            sum2 += x * x;
            min = Double.isNaN(min) ? x : Math.min(min, x);
            max = Double.isNaN(max) ? x : Math.max(max, x);
            double mean = sum / m;
            double sd = m > 1 ? Math.sqrt(Math.max(0, (sum2 - m * mean * mean) / (m - 1))) : Double.NaN;
            conv.add(new EnsembleResult.ConvergencePoint(m, mean, sd / Math.sqrt(m)));
        }
        if (m == 0) {
            return new EnsembleResult.DescriptorStats(name, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN,
                    conv);
        }
        double mean = sum / m;
        // two-pass variance for accuracy
        double ss = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                ss += (x - mean) * (x - mean);
            }
        }
        double sd = m > 1 ? Math.sqrt(ss / (m - 1)) : Double.NaN;
        return new EnsembleResult.DescriptorStats(name, mean, sd, sd / Math.sqrt(m), m, min, max, conv);
    }

    private static EnsembleResult.HopBarriers pool(List<double[]> hops) {
        double[] all = hops.stream().flatMapToDouble(Arrays::stream).filter(Double::isFinite).sorted().toArray();
        if (all.length == 0) {
            return new EnsembleResult.HopBarriers(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(all).average().orElse(Double.NaN);
        double ss = 0;
        for (double x : all) {
            ss += (x - mean) * (x - mean);
        }
        return new EnsembleResult.HopBarriers(all.length, mean, Math.sqrt(ss / all.length), quantile(all, 0.1),
                quantile(all, 0.5), quantile(all, 0.9));
    }

    /** Linear-interpolation quantile of sorted values (type 7 of Hyndman and Fan). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** kMC on the parent's network without and with Gaussian site-energy disorder of width sigma. */
    private static EnsembleResult.Control control(Structure parent, ScreenSettings s, double sigmaEv,
                                                  ProgressListener progress) {
        LandscapeResult land = LandscapeAnalysis.run(parent, BvseSettings.of(s.ion()).withGridSpacingA(s.gridSpacingA())
                .withCutoffA(s.cutoffA()).withThreads(1), progress);
        double b1 = land.barriers().barrier(1);
        if (!s.kmc() || land.network().hops().isEmpty()) {
            return new EnsembleResult.Control(sigmaEv, Double.NaN, Double.NaN, Double.NaN, Double.NaN, b1);
        }
        double[] plain = log10Sigma(parent, land.network(), s, 0, progress);
        double[] dis = Double.isFinite(sigmaEv) && sigmaEv > 0 ? log10Sigma(parent, land.network(), s, sigmaEv, progress)
                : new double[] {Double.NaN, Double.NaN};
        return new EnsembleResult.Control(sigmaEv, plain[0], plain[1], dis[0], dis[1], b1);
    }

    /** The screen's kMC estimate (same source, temperatures, steps, replicas and seed) with site-energy disorder. */
    private static double[] log10Sigma(Structure parent, SiteNetwork net, ScreenSettings s, double sigmaEv,
                                       ProgressListener progress) {
        KmcSource source = KmcSource.Network.of(net).withMinSites(64)
                .withIonsPerCell(StructureNetwork.ionsFromOccupancy(parent, s.ion()));
        KmcSettings ks = KmcSettings.of(source).withIon(s.ion()).withTemperaturesK(s.kmcTemperaturesK())
                .withSteps(s.kmcSteps()).withReplicas(2).withSeed(s.seed()).withThreads(1).withDisorderSigmaEv(sigmaEv);
        ArrheniusFit fit = KmcStudy.run(ks, progress).conductivityFit().orElse(null);
        if (fit == null) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {Math.log10(fit.valueAt(300.0)), fit.lnValueErrAt(300.0) / Math.log(10)};
    }
}
