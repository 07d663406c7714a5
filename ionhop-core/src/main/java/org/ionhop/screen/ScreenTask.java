package org.ionhop.screen;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.ionhop.Version;
import org.ionhop.io.InputFormatException;
import org.ionhop.io.NumericalFailureException;
import org.ionhop.io.ProgressListener;
import org.ionhop.io.TextSource;
import org.ionhop.kmc.KmcSettings;
import org.ionhop.kmc.KmcSource;
import org.ionhop.kmc.KmcStudy;
import org.ionhop.kmc.KmcStudyResult;
import org.ionhop.landscape.BvseSettings;
import org.ionhop.landscape.LandscapeAnalysis;
import org.ionhop.landscape.LandscapeResult;
import org.ionhop.landscape.PercolationBarriers;
import org.ionhop.network.SiteNetwork;
import org.ionhop.network.StructureNetwork;
import org.ionhop.structure.CifReader;
import org.ionhop.structure.PoscarReader;
import org.ionhop.structure.Site;
import org.ionhop.structure.SpaceGroupFinder;
import org.ionhop.structure.Structure;
import org.ionhop.structure.SymmetryDataset;
import org.ionhop.transport.ArrheniusFit;

/**
 * The per-structure step of a screen: one input in, one row out. A pure function of the input and the settings
 * (no shared state; the kMC seed is fixed by the settings), so that the local runner, a rerun, another thread count
 * and the Spark runner make identical rows. It never throws for a bad structure: every failure becomes a row with
 * status {@code error} and the one-line message the command line would print. Only cancellation (the runner's time
 * limit, signalled through the progress listener) escapes, as a {@link CancellationException}.
 */
public final class ScreenTask {
    /** Fewest sites a kMC cell should have; smaller networks are repeated. */
    static final int MIN_KMC_SITES = 64;
    /** Replicas of each kMC estimate. */
    static final int KMC_REPLICAS = 2;

    private ScreenTask() {
    }

    /**
     * Screens one input.
     *
     * @param in       the input structure
     * @param s        the settings
     * @param progress called during long work; may throw {@link CancellationException} to stop it
     * @return the row (status ok or error)
     */
    public static ScreenRow run(ScreenInput in, ScreenSettings s, ProgressListener progress) {
        return run(in, s, progress, land -> { });
    }

    /**
     * Screens one input and hands the landscape of an analysed structure to {@code landscape} (for callers that need
     * more of it than the row holds, such as the frustration metrics of {@code org.ionhop.disorder}); the row is the
     * same as {@link #run(ScreenInput, ScreenSettings, ProgressListener)} gives.
     *
     * @param in        the input structure
     * @param s         the settings
     * @param progress  called during long work; may throw {@link CancellationException} to stop it
     * @param landscape receives the landscape once it is computed (not called when the input fails before)
     * @return the row (status ok or error)
     */
    public static ScreenRow run(ScreenInput in, ScreenSettings s, ProgressListener progress,
                                Consumer<LandscapeResult> landscape) {
        long t0 = System.nanoTime();
        ScreenRow.Builder row = identity(in, s);
        try {
            if (!in.readable()) {
                throw new InputFormatException(in.file(), 0, in.problem());
            }
            analyse(in, s, progress, row, landscape);
            row.set(ScreenColumn.STATUS, "ok");
        } catch (CancellationException e) {
            throw e;
        } catch (InputFormatException | IllegalArgumentException | NumericalFailureException e) {
            row.set(ScreenColumn.STATUS, "error").set(ScreenColumn.MESSAGE, oneLine(e.getMessage()));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            if (cancelled(e)) {
                // the time limit fired in a worker thread of the analysis and came back wrapped
                throw new CancellationException("time limit");
            }
            row.set(ScreenColumn.STATUS, "error").set(ScreenColumn.MESSAGE, "internal error: " + oneLine(e.toString()));
        }
        row.set(ScreenColumn.SECONDS, (System.nanoTime() - t0) * 1e-9);
        return row.build();
    }

    /** A row for an input that ran out of time. */
    public static ScreenRow timeout(ScreenInput in, ScreenSettings s, double seconds) {
        return identity(in, s).set(ScreenColumn.STATUS, "timeout")
                .set(ScreenColumn.MESSAGE, "stopped after the time limit of " + s.timeoutSeconds() + " s")
                .set(ScreenColumn.SECONDS, seconds).build();
    }

    private static ScreenRow.Builder identity(ScreenInput in, ScreenSettings s) {
        return new ScreenRow.Builder().set(ScreenColumn.INPUT_SHA256, in.sha256()).set(ScreenColumn.FILE, in.file())
                .set(ScreenColumn.BLOCK, in.block()).set(ScreenColumn.SETTINGS_HASH, s.hash())
                .set(ScreenColumn.IONHOP_VERSION, Version.get()).set(ScreenColumn.MOBILE_ION, s.ion().symbol());
    }

    private static void analyse(ScreenInput in, ScreenSettings s, ProgressListener progress, ScreenRow.Builder row,
                                Consumer<LandscapeResult> landscape) {
        Structure raw = read(in);
        structureColumns(raw, s, row);
        if (raw.sitesOf(s.ion()).isEmpty()) {
            throw new IllegalArgumentException(in.file() + ": no " + s.ion().symbol() + " in the structure");
        }
        // each structure single-threaded: the runner parallelises over structures
        BvseSettings bs = BvseSettings.of(s.ion()).withGridSpacingA(s.gridSpacingA()).withCutoffA(s.cutoffA())
                .withThreads(1);
        LandscapeResult land = LandscapeAnalysis.run(raw, bs, progress);
        landscape.accept(land);
        Structure charged = land.structure();
        row.set(ScreenColumn.OXIDATION_SOURCE, land.oxidationSource().toString().toLowerCase(java.util.Locale.ROOT))
                .set(ScreenColumn.OXIDATION_RESIDUAL_E, residual(charged))
                .set(ScreenColumn.VOLUME_PER_ANION_A3, charged.volume() / anions(charged));
        PercolationBarriers b = land.barriers();
        row.set(ScreenColumn.BARRIER_1D_EV, b.barrier(1)).set(ScreenColumn.BARRIER_2D_EV, b.barrier(2))
                .set(ScreenColumn.BARRIER_3D_EV, b.barrier(3))
                .set(ScreenColumn.DIMENSIONALITY, b.conductionDimensionality())
                .set(ScreenColumn.LANDSCAPE_SITES, land.network().sites().size())
                .set(ScreenColumn.LANDSCAPE_HOPS, land.network().hops().size());
        Descriptors d = Descriptors.of(charged, s.ion(), land.network());
        row.set(ScreenColumn.SITE_ENERGY_SPREAD_EV, d.siteEnergySpreadEv())
                .set(ScreenColumn.SITES_WITHIN_KT300, d.withinKt300())
                .set(ScreenColumn.ANION_ENVIRONMENTS, d.anionEnvironments())
                .set(ScreenColumn.ANION_SPECIES, d.anionSpecies()).set(ScreenColumn.ANION_BALANCE, d.anionBalance());
        if (s.kmc()) {
            kmcEstimate(raw, land.network(), s, progress, row);
        }
    }

    private static Structure read(ScreenInput in) {
        TextSource src = TextSource.fromString(in.file(), in.text());
        return in.poscar() ? PoscarReader.read(src) : CifReader.read(src, CifReader.DEFAULT_MERGE_TOLERANCE_A);
    }

    private static void structureColumns(Structure st, ScreenSettings s, ScreenRow.Builder row) {
        double count = st.sitesOf(s.ion()).stream().mapToDouble(Site::occupancy).sum();
        row.set(ScreenColumn.FORMULA, st.reducedFormula()).set(ScreenColumn.FORMULA_UNITS_Z, st.formulaUnits())
                .set(ScreenColumn.SPACE_GROUP, st.spaceGroup()).set(ScreenColumn.VOLUME_A3, st.volume())
                .set(ScreenColumn.DENSITY_G_CM3, st.densityGPerCm3()).set(ScreenColumn.NUM_SITES, st.numSites())
                .set(ScreenColumn.MOBILE_ION_COUNT, count)
                .set(ScreenColumn.MOBILE_ION_DENSITY_CM3, count / st.volume() * 1e24)
                .set(ScreenColumn.PARTIAL_OCCUPANCY, !st.partialSites().isEmpty())
                .set(ScreenColumn.SPACE_GROUP_DETECTED, detectedSpaceGroup(st));
    }

    /**
     * The space group of the atoms as read (before oxidation states), as {@code info} finds it: default tolerance,
     * cells above {@link SpaceGroupFinder#MAX_SITES_FOR_SUMMARY} sites not searched; null when none is found.
     */
    static String detectedSpaceGroup(Structure st) {
        if (st.numSites() == 0 || st.numSites() > SpaceGroupFinder.MAX_SITES_FOR_SUMMARY) {
            return null;
        }
        return SpaceGroupFinder.find(st).map(SymmetryDataset::toString).orElse(null);
    }

    private static double residual(Structure s) {
        return s.sites().stream().filter(Site::hasOxidationState)
                .mapToDouble(x -> x.occupancy() * x.oxidationState()).sum();
    }

    private static double anions(Structure s) {
        return s.sites().stream().filter(x -> x.hasOxidationState() && x.oxidationState() < 0)
                .mapToDouble(Site::occupancy).sum();
    }

    /**
     * Kinetic Monte Carlo (the kMC facade) on the landscape's network at the settings' temperatures, with the
     * structure's number of mobile ions, one thread and two replicas; sigma at 300 K from the Arrhenius fit of
     * sigma T (an extrapolation: the message says so).
     */
    private static void kmcEstimate(Structure raw, SiteNetwork landscapeNet, ScreenSettings s,
                                    ProgressListener progress, ScreenRow.Builder row) {
        if (landscapeNet.hops().isEmpty()) {
            return;
        }
        KmcSource source = KmcSource.Network.of(landscapeNet).withMinSites(MIN_KMC_SITES)
                .withIonsPerCell(StructureNetwork.ionsFromOccupancy(raw, s.ion()));
        KmcSettings ks = KmcSettings.of(source).withIon(s.ion()).withTemperaturesK(s.kmcTemperaturesK())
                .withSteps(s.kmcSteps()).withReplicas(KMC_REPLICAS).withSeed(s.seed()).withThreads(1);
        KmcStudyResult kmc = KmcStudy.run(ks, progress);
        ArrheniusFit fit = kmc.conductivityFit().orElse(null);
        if (fit == null) {
            return;
        }
        // first-order: the standard error of ln sigma is the relative error of sigma
        double sigma = fit.valueAt(300.0);
        row.set(ScreenColumn.SIGMA_300K_S_CM, sigma).set(ScreenColumn.SIGMA_300K_ERR_S_CM, sigma * fit.lnValueErrAt(300.0))
                .set(ScreenColumn.EA_EV, fit.activationEnergyEv()).set(ScreenColumn.EA_ERR_EV, fit.activationEnergyErrEv());
        List<Double> t = s.kmcTemperaturesK();
        row.set(ScreenColumn.MESSAGE, String.format(java.util.Locale.ROOT,
                "kMC estimate from a static bond-valence landscape (%d ions on %d sites, %.0f-%.0f K, extrapolated to "
                        + "300 K)", kmc.ions(), kmc.sites(), t.get(0), t.get(t.size() - 1)));
    }

    private static boolean cancelled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }

    /** Line breaks and the indentation after them become single spaces. */
    static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
