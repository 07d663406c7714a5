package org.ionhop.disorder;

import java.util.List;

import org.ionhop.screen.ScreenRow;

/**
 * The screen of an ensemble of orderings with its frustration metrics ({@link DisorderEnsemble#run}); definitions
 * in docs/disorder.md.
 *
 * @param rows         the screen row of each ordering, in ordering order
 * @param descriptors  mean, spread and standard error of each descriptor over the orderings, with convergence
 * @param hopBarriers  the distribution of hop barriers pooled over all orderings
 * @param control      the kMC control on the ordered parent's network
 * @param seconds      wall time (s)
 */
public record EnsembleResult(List<ScreenRow> rows, List<DescriptorStats> descriptors, HopBarriers hopBarriers,
                             Control control, double seconds) {
    /** Copies. */
    public EnsembleResult {
        rows = List.copyOf(rows);
        descriptors = List.copyOf(descriptors);
    }

    /** The statistics of one descriptor by name. */
    public DescriptorStats descriptor(String name) {
        return descriptors.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no descriptor " + name));
    }

    /**
     * One descriptor over the orderings.
     *
     * @param name        the screen column name ({@code log10_sigma_300K_S_cm} for the kMC sigma, averaged in log10)
     * @param mean        mean over the orderings that gave a value
     * @param sd          sample standard deviation (spread between orderings)
     * @param se          standard error of the mean, sd / sqrt(n)
     * @param n           orderings that gave a value
     * @param min         smallest value
     * @param max         largest value
     * @param convergence running mean and standard error after the first 1, 2, ..., n orderings
     */
    public record DescriptorStats(String name, double mean, double sd, double se, int n, double min, double max,
                                  List<ConvergencePoint> convergence) {
        /** Copies. */
        public DescriptorStats {
            convergence = List.copyOf(convergence);
        }
    }

    /**
     * The running mean after n orderings.
     *
     * @param n    orderings included
     * @param mean their mean
     * @param se   its standard error (NaN for n = 1)
     */
    public record ConvergencePoint(int n, double mean, double se) {
    }

    /**
     * Barriers of every hop of every ordering's landscape network, both directions (saddle energy minus the energy
     * of the site the hop starts from).
     *
     * @param count  number of directed hops pooled
     * @param meanEv mean barrier (eV)
     * @param sdEv   standard deviation (eV)
     * @param p10Ev  10th percentile (eV)
     * @param p50Ev  median (eV)
     * @param p90Ev  90th percentile (eV)
     */
    public record HopBarriers(int count, double meanEv, double sdEv, double p10Ev, double p50Ev, double p90Ev) {
    }

    /**
     * The control: kMC on the ordered parent's landscape network, without and with Gaussian site-energy disorder of
     * the width the ensemble's landscapes show (their mean site-energy spread). If the orderings change sigma
     * the way random site energies alone do, the disorder acts through the spread of site energies; if not,
     * through the network's connectivity and saddles.
     *
     * @param disorderSigmaEv            width of the site-energy disorder added (eV)
     * @param log10SigmaParent           log10 of sigma(300 K) of the parent, S/cm (NaN without a kMC estimate)
     * @param log10SigmaParentErr        its standard error
     * @param log10SigmaParentDisordered log10 sigma(300 K) of the parent with the site-energy disorder
     * @param log10SigmaParentDisorderedErr its standard error
     * @param parentBarrier1dEv          1D percolation barrier of the parent (eV)
     */
    public record Control(double disorderSigmaEv, double log10SigmaParent, double log10SigmaParentErr,
                          double log10SigmaParentDisordered, double log10SigmaParentDisorderedErr,
                          double parentBarrier1dEv) {
    }
}
