package org.ionhop.kmc;

import java.util.List;
import java.util.Optional;

import org.ionhop.transport.ArrheniusFit;

/**
 * The outcome of a kinetic Monte Carlo study ({@link KmcStudy#run}): the system as it was run, the estimates of
 * every temperature and the raw sweep (MSD curves, per-replica data) for figures.
 *
 * @param settings      the settings the study ran with
 * @param source        where the network came from ({@link org.ionhop.network.SiteNetwork#source})
 * @param sites         sites of the simulated cell
 * @param hops          undirected hops of the simulated cell
 * @param dimension     d of D = MSD / (2 d t)
 * @param supercell     repetitions of the source's cell along each axis (supercell option times the repetition
 *                      that reached the minimum number of sites)
 * @param ions          mobile ions
 * @param isotopeLabels labels of the isotope mixture, empty without one
 * @param temperatures  the estimates at each temperature, in the order of the settings
 * @param sweep         the raw runs
 * @param singleFile    whether the ions move in single file on this network ({@link KmcSystem#singleFile})
 */
public record KmcStudyResult(KmcSettings settings, String source, int sites, int hops, int dimension, int supercell,
                             int ions, List<String> isotopeLabels, List<KmcEstimates> temperatures, KmcSweep sweep,
                             boolean singleFile) {
    /** Copies. */
    public KmcStudyResult {
        isotopeLabels = List.copyOf(isotopeLabels);
        temperatures = List.copyOf(temperatures);
    }

    /** The estimates at the first temperature. */
    public KmcEstimates first() {
        return temperatures.get(0);
    }

    /** The rate law of the run. */
    public RateLaw rateLaw() {
        return settings.rateLaw();
    }

    /** The pair interaction eps (eV). */
    public double interactionEv() {
        return settings.interactionEv();
    }

    /** The width of the site disorder (eV). */
    public double disorderSigmaEv() {
        return settings.disorderSigmaEv();
    }

    /** Arrhenius fit of sigma T, with two or more temperatures. */
    public Optional<ArrheniusFit> conductivityFit() {
        return sweep.conductivityFit();
    }

    /** Arrhenius fit of D*, with two or more temperatures. */
    public Optional<ArrheniusFit> tracerFit() {
        return sweep.tracerFit();
    }

    /**
     * The temperatures whose blocks hold too few hops per ion for the f and D* they report
     * ({@link KmcResult#shortBlocks}).
     */
    public List<KmcResult> shortBlocks() {
        return sweep.results().stream().filter(KmcResult::shortBlocks).toList();
    }

    /**
     * The runs (temperatures) whose D_sigma, sigma and H_R the run does not resolve
     * ({@link KmcResult#collectiveUnresolved}).
     */
    public List<KmcResult> collectiveUnresolved() {
        return sweep.results().stream().filter(KmcResult::collectiveUnresolved).toList();
    }

    /** The temperatures whose tracer MSD is sub-diffusive at the end of the run (D*, f, H_R not converged). */
    public List<KmcEstimates> subdiffusive() {
        return temperatures.stream().filter(KmcEstimates::tracerSubdiffusive).toList();
    }
}
