package org.ionhop.landscape;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ionhop.io.InvalidSettingException;
import org.ionhop.structure.Element;

/**
 * Settings of a bond-valence site energy run ({@link LandscapeAnalysis}), every default in one place.
 *
 * @param ion              the mobile element (default Li)
 * @param gridSpacingA     target grid spacing (Å), between 0.01 and 2; the grid has ceil(|a_i| / spacing) points per
 *                         axis (default 0.1)
 * @param cutoffA          interaction cut-off (Å) (default 10: both terms decay exponentially, Morse as
 *                         exp(-alpha R), the screened Coulomb as erfc(R / (0.74 (r_A + r_M))) / R; at 10 Å the
 *                         omitted tail changes energy differences on the grid by less than 1 meV, tested in
 *                         {@code BvseModelTest}, as in ccnb and BVlain, which use 10 Å)
 * @param oxidationStates  oxidation states set by the user, element to charge (e); empty (the default) takes those of
 *                         the structure file, else guesses them ({@link OxidationStates}); elements left out of a
 *                         non-empty map keep the file's states or are guessed
 * @param barrierCapEv     percolation search cap above the minimum (eV): no threshold above it is reported (default 5)
 * @param networkCapEv     sites and saddles more than this above the minimum are left out of the network (eV)
 *                         (default 2)
 * @param mergeEnergyEv    basins whose pass is less than this above the higher minimum are merged (eV) (default 0.02)
 * @param mergeDistanceA   basins whose minima are closer than this are merged (Å) (default 0.5)
 * @param threads          threads of the grid evaluation, 0 for every available core (default 0)
 */
public record BvseSettings(Element ion, double gridSpacingA, double cutoffA, Map<Element, Integer> oxidationStates,
                           double barrierCapEv, double networkCapEv, double mergeEnergyEv, double mergeDistanceA,
                           int threads) {
    /** Default mobile ion. */
    public static final Element DEFAULT_ION = Element.Li;
    /** Default grid spacing (Å). */
    public static final double DEFAULT_SPACING_A = 0.1;
    /** Default cut-off (Å); see the record comment. */
    public static final double DEFAULT_CUTOFF_A = 10.0;

    /** Validates and copies the map (unmodifiable, in the order given). */
    public BvseSettings {
        InvalidSettingException.require(ion != null, "ion", "expected a chemical element, got none");
        InvalidSettingException.require(gridSpacingA > 0.01 && gridSpacingA <= 2, "gridSpacingA",
                "expected a grid spacing between 0.01 and 2 Å, got " + gridSpacingA);
        InvalidSettingException.positive("cutoffA", cutoffA);
        InvalidSettingException.require(oxidationStates != null, "oxidationStates", "expected a map, got none");
        oxidationStates = Collections.unmodifiableMap(new LinkedHashMap<>(oxidationStates));
        InvalidSettingException.positive("barrierCapEv", barrierCapEv);
        InvalidSettingException.positive("networkCapEv", networkCapEv);
        InvalidSettingException.nonNegative("mergeEnergyEv", mergeEnergyEv);
        InvalidSettingException.nonNegative("mergeDistanceA", mergeDistanceA);
        InvalidSettingException.require(threads >= 0, "threads", "expected 0 (all cores) or more, got " + threads);
    }

    /**
     * The defaults: Li, 0.1 Å grid, 10 Å cut-off, oxidation states from the file or guessed, 5 eV search cap,
     * 2 eV network cap, basins merged within 0.02 eV or 0.5 Å, every core.
     */
    public static BvseSettings defaults() {
        return of(DEFAULT_ION);
    }

    /** The defaults for another mobile ion. */
    public static BvseSettings of(Element ion) {
        return new BvseSettings(ion, DEFAULT_SPACING_A, DEFAULT_CUTOFF_A, Map.of(), 5.0, 2.0, 0.02, 0.5, 0);
    }

    /** A copy with another mobile ion. */
    public BvseSettings withIon(Element v) {
        return new BvseSettings(v, gridSpacingA, cutoffA, oxidationStates, barrierCapEv, networkCapEv, mergeEnergyEv,
                mergeDistanceA, threads);
    }

    /** A copy with another grid spacing (Å). */
    public BvseSettings withGridSpacingA(double v) {
        return new BvseSettings(ion, v, cutoffA, oxidationStates, barrierCapEv, networkCapEv, mergeEnergyEv,
                mergeDistanceA, threads);
    }

    /** A copy with another cut-off (Å). */
    public BvseSettings withCutoffA(double v) {
        return new BvseSettings(ion, gridSpacingA, v, oxidationStates, barrierCapEv, networkCapEv, mergeEnergyEv,
                mergeDistanceA, threads);
    }

    /** A copy with the user's oxidation states (element to charge). */
    public BvseSettings withOxidationStates(Map<Element, Integer> v) {
        return new BvseSettings(ion, gridSpacingA, cutoffA, v, barrierCapEv, networkCapEv, mergeEnergyEv,
                mergeDistanceA, threads);
    }

    /** A copy with another percolation search cap (eV). */
    public BvseSettings withBarrierCapEv(double v) {
        return new BvseSettings(ion, gridSpacingA, cutoffA, oxidationStates, v, networkCapEv, mergeEnergyEv,
                mergeDistanceA, threads);
    }

    /** A copy with another network cap (eV). */
    public BvseSettings withNetworkCapEv(double v) {
        return new BvseSettings(ion, gridSpacingA, cutoffA, oxidationStates, barrierCapEv, v, mergeEnergyEv,
                mergeDistanceA, threads);
    }

    /** A copy with another basin-merging energy (eV). */
    public BvseSettings withMergeEnergyEv(double v) {
        return new BvseSettings(ion, gridSpacingA, cutoffA, oxidationStates, barrierCapEv, networkCapEv, v,
                mergeDistanceA, threads);
    }

    /** A copy with another basin-merging distance (Å). */
    public BvseSettings withMergeDistanceA(double v) {
        return new BvseSettings(ion, gridSpacingA, cutoffA, oxidationStates, barrierCapEv, networkCapEv, mergeEnergyEv,
                v, threads);
    }

    /** A copy with another thread count (0 for every core). */
    public BvseSettings withThreads(int v) {
        return new BvseSettings(ion, gridSpacingA, cutoffA, oxidationStates, barrierCapEv, networkCapEv, mergeEnergyEv,
                mergeDistanceA, v);
    }
}
