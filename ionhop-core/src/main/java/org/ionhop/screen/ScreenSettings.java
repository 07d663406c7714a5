package org.ionhop.screen;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.structure.Element;

/**
 * Everything that decides a screen's rows, with every default in one place. Two runs with equal settings
 * produce equal rows for equal inputs; {@link #hash()} names the settings in the store, so that rows computed with
 * other settings are kept apart instead of overwritten.
 *
 * @param ion               the mobile element
 * @param gridSpacingA      bond-valence grid spacing in Å (0.2: screening resolution; 0.1 for final numbers)
 * @param cutoffA           bond-valence cut-off in Å
 * @param kmc               whether to run the kinetic Monte Carlo transport estimate
 * @param kmcTemperaturesK  temperatures of the kMC estimate in K (two or more: an Arrhenius fit to 300 K)
 * @param kmcSteps          measured kMC events per temperature
 * @param seed              seed of the kMC estimate (fixed, so that a row does not depend on when it ran)
 * @param timeoutSeconds    wall-time limit per structure in s (0: none)
 * @param threads           structures analysed in parallel (each single-threaded)
 */
public record ScreenSettings(Element ion, double gridSpacingA, double cutoffA, boolean kmc, List<Double> kmcTemperaturesK,
                             long kmcSteps, long seed, double timeoutSeconds, int threads) {

    /** Validates and copies. */
    public ScreenSettings {
        InvalidSettingException.require(ion != null, "ion", "a mobile element is needed");
        InvalidSettingException.require(Double.isFinite(gridSpacingA) && gridSpacingA >= 0.02 && gridSpacingA <= 1.0,
                "gridSpacingA", "expected a grid spacing between 0.02 and 1 Å, got " + gridSpacingA);
        InvalidSettingException.require(Double.isFinite(cutoffA) && cutoffA >= 4 && cutoffA <= 30, "cutoffA",
                "expected a cut-off between 4 and 30 Å, got " + cutoffA);
        kmcTemperaturesK = List.copyOf(kmcTemperaturesK);
        InvalidSettingException.require(!kmc || kmcTemperaturesK.size() >= 2, "kmcTemperaturesK",
                "expected two or more temperatures for the Arrhenius estimate, got " + kmcTemperaturesK.size());
        for (double t : kmcTemperaturesK) {
            InvalidSettingException.require(Double.isFinite(t) && t > 0, "kmcTemperaturesK",
                    "expected temperatures > 0 K, got " + t);
        }
        InvalidSettingException.require(kmcSteps >= 1000, "kmcSteps", "expected at least 1000 events, got " + kmcSteps);
        InvalidSettingException.require(Double.isFinite(timeoutSeconds) && timeoutSeconds >= 0, "timeoutSeconds",
                "expected a time limit >= 0 s, got " + timeoutSeconds);
        InvalidSettingException.require(threads >= 1, "threads", "expected at least 1 thread, got " + threads);
    }

    /** The defaults for a mobile ion: 0.2 Å grid, 10 Å cut-off, kMC at 500-800 K, 60 s per structure, all cores. */
    public static ScreenSettings of(Element ion) {
        return new ScreenSettings(ion, 0.2, 10.0, true, List.of(500.0, 600.0, 700.0, 800.0), 200_000L, 1L, 300.0,
                Runtime.getRuntime().availableProcessors());
    }

    /** Copy with another grid spacing. */
    public ScreenSettings withGridSpacingA(double a) {
        return new ScreenSettings(ion, a, cutoffA, kmc, kmcTemperaturesK, kmcSteps, seed, timeoutSeconds, threads);
    }

    /** Copy with the kMC estimate on or off. */
    public ScreenSettings withKmc(boolean on) {
        return new ScreenSettings(ion, gridSpacingA, cutoffA, on, kmcTemperaturesK, kmcSteps, seed, timeoutSeconds,
                threads);
    }

    /** Copy with another time limit per structure. */
    public ScreenSettings withTimeoutSeconds(double s) {
        return new ScreenSettings(ion, gridSpacingA, cutoffA, kmc, kmcTemperaturesK, kmcSteps, seed, s, threads);
    }

    /** Copy with another number of worker threads. */
    public ScreenSettings withThreads(int n) {
        return new ScreenSettings(ion, gridSpacingA, cutoffA, kmc, kmcTemperaturesK, kmcSteps, seed, timeoutSeconds, n);
    }

    /** Copy with other kMC temperatures and steps. */
    public ScreenSettings withKmcRun(List<Double> temperaturesK, long steps) {
        return new ScreenSettings(ion, gridSpacingA, cutoffA, kmc, temperaturesK, steps, seed, timeoutSeconds, threads);
    }

    /**
     * Hash of the settings that decide a row's numbers (not the thread count or the time limit, which decide only
     * whether and how fast a row is made): the first 16 hex digits of SHA-256 of their canonical text.
     */
    public String hash() {
        String canonical = String.format(Locale.ROOT, "ion=%s;grid=%.6f;cutoff=%.6f;kmc=%b;T=%s;steps=%d;seed=%d",
                ion.symbol(), gridSpacingA, cutoffA, kmc, kmcTemperaturesK, kmcSteps, seed);
        return ScreenInput.sha256(canonical.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
